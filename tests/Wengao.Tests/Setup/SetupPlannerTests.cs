using Wengao.Model;
using Wengao.Setup;

namespace Wengao.Tests.Setup;

/// <summary>What the set-up installs, decided from a made-up machine: nothing here is read from or done to this one.</summary>
public sealed class SetupPlannerTests
{
    private static readonly string[] AllCommands = ["pdftotext", "chromium", "java", "npm", "soffice"];
    private static readonly string[] Sung = ["宋体", "SimSun", "AR PL SungtiL GB"];
    private static readonly string[] Hei = ["黑体", "SimHei", "WenQuanYi Zen Hei"];
    private static readonly string[] Kai = ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL KaitiM GB"];

    /// <summary>A root Debian machine with every font and tool: the planner's starting point, changed per test with `with`.</summary>
    private static MachineState Debian(string[]? commands = null, string[]? packages = null, Dictionary<FontRole, IReadOnlyList<string>>? unresolved = null) =>
        new(Platform.Linux, IsRoot: true, PasswordlessSudo: false, HasAptGet: true,
            InstalledPackages: (packages ?? []).ToHashSet(),
            CommandsOnPath: (commands ?? AllCommands).ToHashSet(),
            UnresolvedFonts: unresolved ?? [],
            BrowserToolsPresent: true);

    private static Dictionary<FontRole, IReadOnlyList<string>> NoFonts() =>
        new() { [FontRole.SongTi] = Sung, [FontRole.HeiTi] = Hei, [FontRole.KaiTi] = Kai };

    private static string[] Packages(SetupPlan plan) => plan.Packages.Select(p => p.Package).ToArray();

    [Theory]
    [InlineData(Purpose.Build)]
    [InlineData(Purpose.Test)]
    public void Everything_present_plans_nothing(Purpose purpose)
    {
        var plan = SetupPlanner.Plan(purpose, Debian());
        Assert.True(plan.NothingToDo);
        Assert.Empty(plan.Packages);
        Assert.False(plan.InstallBrowserTools);
        Assert.Null(plan.CannotInstall);
    }

    [Fact]
    public void Everything_present_needs_no_privileges_and_gives_no_message()
    {
        var plan = SetupPlanner.Plan(Purpose.Test, Debian() with { IsRoot = false, PasswordlessSudo = false });
        Assert.True(plan.NothingToDo);
    }

    [Fact]
    public void No_fonts_installs_the_three_font_packages_with_the_reason_for_each()
    {
        var plan = SetupPlanner.Plan(Purpose.Build, Debian(unresolved: NoFonts()));
        Assert.Equal(
        [
            new PackageToInstall("fonts-arphic-gbsn00lp", "宋体 for the PDFs: none of 宋体, SimSun, AR PL SungtiL GB is installed as a TrueType font"),
            new PackageToInstall("fonts-arphic-gkai00mp", "楷体 for the PDFs: none of 楷体_GB2312, KaiTi_GB2312, 楷体, KaiTi, STKaiti, AR PL KaitiM GB is installed as a TrueType font"),
            new PackageToInstall("fonts-wqy-zenhei", "黑体 for the PDFs: none of 黑体, SimHei, WenQuanYi Zen Hei is installed as a TrueType font"),
        ], plan.Packages);
        Assert.False(plan.InstallBrowserTools);
        Assert.Null(plan.CannotInstall);
    }

    [Fact]
    public void Only_hei_missing_installs_only_wqy()
    {
        var plan = SetupPlanner.Plan(Purpose.Build, Debian(unresolved: new() { [FontRole.HeiTi] = Hei }));
        Assert.Equal(["fonts-wqy-zenhei"], Packages(plan));
    }

    [Fact]
    public void The_build_does_not_install_test_tools()
    {
        var plan = SetupPlanner.Plan(Purpose.Build, Debian(commands: []) with { BrowserToolsPresent = false });
        Assert.True(plan.NothingToDo);
    }

    [Theory]
    [InlineData("chromium java npm soffice", "poppler-utils")]
    [InlineData("pdftotext npm soffice", "chromium default-jre-headless")]
    [InlineData("pdftotext chromium java soffice", "npm")]
    [InlineData("pdftotext chromium java npm", "libreoffice-writer-nogui")]
    [InlineData("", "poppler-utils chromium default-jre-headless npm libreoffice-writer-nogui")]
    public void Missing_test_commands_install_their_packages_in_a_stable_order(string present, string expected)
    {
        var plan = SetupPlanner.Plan(Purpose.Test, Debian(commands: present.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(expected.Split(' '), Packages(plan));
        Assert.Null(plan.CannotInstall);
    }

    [Fact]
    public void The_tests_install_fonts_first_then_tools()
    {
        var plan = SetupPlanner.Plan(Purpose.Test, Debian(commands: ["chromium", "npm", "soffice"], unresolved: new() { [FontRole.KaiTi] = Kai }));
        Assert.Equal(["fonts-arphic-gkai00mp", "poppler-utils", "default-jre-headless"], Packages(plan));
        Assert.Equal("`java` is not on PATH: the Nu Html Checker runs on it", plan.Packages[2].Reason);
    }

    [Fact]
    public void A_command_present_without_its_debian_package_is_enough()
    {
        // java from another package (openjdk-21-jre-headless), npm from nodesource: no default-jre-headless, no npm package.
        var plan = SetupPlanner.Plan(Purpose.Test, Debian(packages: ["poppler-utils", "chromium"]));
        Assert.True(plan.NothingToDo);
    }

    [Fact]
    public void An_installed_package_whose_command_is_missing_is_reinstalled()
    {
        var plan = SetupPlanner.Plan(Purpose.Test, Debian(commands: ["chromium", "java", "soffice"], packages: ["poppler-utils", "chromium"]));
        Assert.Equal(
        [
            new PackageToInstall("poppler-utils", "`pdftotext` is not on PATH although dpkg lists poppler-utils as installed: the tests cross-check the PDFs' text with it", Reinstall: true),
            new PackageToInstall("npm", "`npm` is not on PATH: it installs axe-core, the Nu Html Checker and ofd.js into tests/browser"),
        ], plan.Packages);
    }

    [Fact]
    public void An_installed_font_package_whose_role_does_not_resolve_is_reinstalled()
    {
        var plan = SetupPlanner.Plan(Purpose.Build, Debian(packages: ["fonts-wqy-zenhei"], unresolved: new() { [FontRole.HeiTi] = Hei }));
        Assert.Equal([new PackageToInstall("fonts-wqy-zenhei",
            "黑体 for the PDFs: none of 黑体, SimHei, WenQuanYi Zen Hei resolves although dpkg lists fonts-wqy-zenhei as installed", Reinstall: true)],
            plan.Packages);
    }

    [Fact]
    public void A_site_chain_without_the_debian_font_is_left_to_the_build()
    {
        // site.yml: `heiti: [SimHei]` on a machine without SimHei. fonts-wqy-zenhei would not be used, so it is not
        // installed; the build's own error names the chain and fonts.heiti.
        var plan = SetupPlanner.Plan(Purpose.Build, Debian(unresolved: new() { [FontRole.HeiTi] = ["SimHei"], [FontRole.KaiTi] = Kai }));
        Assert.Equal(["fonts-arphic-gkai00mp"], Packages(plan));
    }

    [Fact]
    public void Missing_browser_tools_run_npm_ci_without_any_package_or_privilege()
    {
        var plan = SetupPlanner.Plan(Purpose.Test, Debian() with { IsRoot = false, BrowserToolsPresent = false });
        Assert.Empty(plan.Packages);
        Assert.True(plan.InstallBrowserTools);
        Assert.Null(plan.CannotInstall);
    }

    [Fact]
    public void Without_npm_the_browser_tools_follow_the_npm_package()
    {
        var plan = SetupPlanner.Plan(Purpose.Test, Debian(commands: ["pdftotext", "chromium", "java", "soffice"]) with { BrowserToolsPresent = false });
        Assert.Equal(["npm"], Packages(plan));
        Assert.True(plan.InstallBrowserTools);
    }

    [Fact]
    public void Not_root_with_passwordless_sudo_installs()
    {
        var plan = SetupPlanner.Plan(Purpose.Build, Debian(unresolved: new() { [FontRole.SongTi] = Sung }) with { IsRoot = false, PasswordlessSudo = true });
        Assert.Equal(["fonts-arphic-gbsn00lp"], Packages(plan));
        Assert.Null(plan.CannotInstall);
    }

    [Fact]
    public void Not_root_without_sudo_stops_with_one_message_naming_exactly_the_packages()
    {
        var machine = Debian(unresolved: new() { [FontRole.SongTi] = Sung, [FontRole.HeiTi] = Hei }) with { IsRoot = false };
        var plan = SetupPlanner.Plan(Purpose.Build, machine);
        Assert.Empty(plan.Packages);
        Assert.False(plan.InstallBrowserTools);
        Assert.Equal(
            "The PDFs need what the set-up cannot install here (not root, and sudo asks for a password or is missing). As root, run\n" +
            "  apt-get update && apt-get install fonts-arphic-gbsn00lp fonts-wqy-zenhei\n" +
            "then run this command again. To build the site without PDFs: dotnet cake --no-pdf",
            plan.CannotInstall);
    }

    [Fact]
    public void The_tests_message_names_fonts_and_tools_and_offers_no_site_only_build()
    {
        var machine = Debian(commands: ["npm"], packages: ["poppler-utils"], unresolved: new() { [FontRole.KaiTi] = Kai })
            with { IsRoot = false, BrowserToolsPresent = false };
        var plan = SetupPlanner.Plan(Purpose.Test, machine);
        Assert.False(plan.InstallBrowserTools);
        Assert.Equal(
            "The tests need what the set-up cannot install here (not root, and sudo asks for a password or is missing). As root, run\n" +
            "  apt-get update && apt-get install --reinstall fonts-arphic-gkai00mp poppler-utils chromium default-jre-headless libreoffice-writer-nogui\n" +
            "then run this command again.",
            plan.CannotInstall);
    }

    [Fact]
    public void Linux_without_apt_names_the_fonts_and_their_debian_packages()
    {
        var machine = Debian(unresolved: new() { [FontRole.HeiTi] = Hei }) with { HasAptGet = false }; // e.g. Fedora
        Assert.Equal(
            "The PDFs need what the set-up cannot install here (no apt-get on this machine). Install\n" +
            "  a TrueType 黑体 font, one of: 黑体, SimHei, WenQuanYi Zen Hei (Debian: fonts-wqy-zenhei)\n" +
            "then run this command again. To build the site without PDFs: dotnet cake --no-pdf",
            SetupPlanner.Plan(Purpose.Build, machine).CannotInstall);
    }

    [Fact]
    public void Linux_without_apt_names_the_tools_and_their_debian_packages()
    {
        var machine = Debian(commands: ["pdftotext", "chromium"]) with { HasAptGet = false, BrowserToolsPresent = false };
        var plan = SetupPlanner.Plan(Purpose.Test, machine);
        Assert.False(plan.InstallBrowserTools);
        Assert.Equal(
            "The tests need what the set-up cannot install here (no apt-get on this machine). Install\n" +
            "  a Java runtime, as `java` on PATH (Debian: default-jre-headless)\n" +
            "  npm, from Node.js (Debian: npm)\n" +
            "  LibreOffice Writer, as `soffice` on PATH (Debian: libreoffice-writer-nogui)\n" +
            "then run this command again.",
            plan.CannotInstall);
    }

    [Fact]
    public void MacOS_names_the_fonts_and_tools_to_install()
    {
        var machine = Debian(commands: ["java", "npm"], unresolved: new() { [FontRole.SongTi] = Sung })
            with { Platform = Platform.MacOS, HasAptGet = false, IsRoot = false };
        Assert.Equal(
            "The tests need what the set-up cannot install here (macOS has no apt-get). Install\n" +
            "  a TrueType 宋体 font, one of: 宋体, SimSun, AR PL SungtiL GB\n" +
            "  pdftotext, from Poppler\n" +
            "  Chromium, as `chromium` on PATH\n" +
            "  LibreOffice Writer, as `soffice` on PATH\n" +
            "then run this command again.",
            SetupPlanner.Plan(Purpose.Test, machine).CannotInstall);
    }

    [Fact]
    public void Windows_as_administrator_still_cannot_install_and_says_what_to_install()
    {
        // Even with apt-get somewhere on PATH (a Unix toolset), Windows packages are not Debian's.
        var machine = Debian(commands: ["pdftotext", "chromium", "npm", "soffice"]) with { Platform = Platform.Windows };
        Assert.Equal(
            "The tests need what the set-up cannot install here (Windows has no apt-get). Install\n" +
            "  a Java runtime, as `java` on PATH\n" +
            "then run this command again.",
            SetupPlanner.Plan(Purpose.Test, machine).CannotInstall);
    }

    [Fact]
    public void Windows_with_its_own_fonts_builds_without_a_message()
    {
        var machine = Debian(commands: []) with { Platform = Platform.Windows, HasAptGet = false, IsRoot = false };
        Assert.True(SetupPlanner.Plan(Purpose.Build, machine).NothingToDo);
    }
}
