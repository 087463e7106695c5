using Wengao.Tests.Support;

namespace Wengao.Tests.Setup;

/// <summary>
/// The set-up run as build.cake runs it, on a PATH of stand-ins: an apt-get and a sudo that only record what they are
/// asked, a dpkg-query that lists chromium as installed, and none of the test tools. Nothing is installed.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the stand-ins are shell scripts
public sealed class SetupCommandTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Log => _dir["apt-get.log"];

    private void StandIn(string name, string script)
    {
        string path = _dir[Path.Combine("bin", name)];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private (int Exit, string Out, string Err) Setup(params string[] args)
    {
        StandIn("apt-get", $"echo \"$DEBIAN_FRONTEND: $*\" >> '{Log}'");
        StandIn("dpkg-query", "printf 'chromium\\tinstall ok installed\\n'");
        StandIn("sudo", "[ \"$1\" = -n ] && shift; exec \"$@\""); // as a password-less sudo would, without the privilege
        File.CreateSymbolicLink(_dir["bin/env"], "/usr/bin/env"); // the installer passes DEBIAN_FRONTEND through env
        File.CreateSymbolicLink(_dir["bin/true"], "/usr/bin/true"); // `sudo -n true`: asked when not run as root
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "/usr/share/dotnet/dotnet";
        // No tests/browser in the working folder: no npm tools to install.
        var (exit, stdout, stderr) = ChildProcess.Run(dotnet, [Path.Combine(AppContext.BaseDirectory, "Wengao.Setup.dll"), .. args], _dir.Path,
            new Dictionary<string, string> { ["PATH"] = _dir["bin"] }, Deadline);
        return (exit, stdout, stderr);
    }

    [Fact]
    public void Missing_test_tools_are_installed_with_one_update_then_one_install_and_each_is_named()
    {
        var (exit, stdout, stderr) = Setup("--for", "test", "--content", Repo.Content);

        Assert.Equal(
        [
            "noninteractive: update -qq",
            "noninteractive: install -y -qq --no-install-recommends --reinstall poppler-utils chromium default-jre-headless npm libreoffice-writer-nogui",
        ], File.ReadAllLines(Log));
        Assert.Contains("  poppler-utils — `pdftotext` is not on PATH: the tests cross-check the PDFs' text with it\n", stdout);
        Assert.Contains("  chromium — `chromium` is not on PATH although dpkg lists chromium as installed: the browser tests open the site in it\n", stdout);
        Assert.Contains("  libreoffice-writer-nogui — `soffice` is not on PATH: the .docx tests render each .docx to PDF with it\n", stdout);
        // The stand-in installed nothing, so the look afterwards still misses every tool, and says so.
        Assert.Equal(1, exit);
        Assert.StartsWith("Set-up: installed, yet the tests still miss:\n  poppler-utils — ", stderr);
    }

    [Fact]
    public void Missing_browser_tools_are_installed_with_npm_ci_and_no_apt_get()
    {
        foreach (string command in new[] { "pdftotext", "chromium", "java", "soffice" })
            StandIn(command, "exit 0");
        StandIn("npm", $"echo \"npm $*\" >> '{Log}'");
        Directory.CreateDirectory(_dir["tests/browser"]);
        File.WriteAllText(_dir["tests/browser/package.json"], """{ "devDependencies": { "axe-core": "4.14.1" } }""");

        var (exit, stdout, stderr) = Setup("--for", "test", "--content", Repo.Content);

        Assert.Equal(["npm ci --ignore-scripts --no-audit --no-fund --prefix tests/browser"], File.ReadAllLines(Log));
        Assert.Equal("Set-up: installing the browser tests' npm tools (npm ci in tests/browser)\n", stdout);
        Assert.Equal(1, exit); // the stand-in wrote no node_modules
        Assert.Equal("Set-up: installed, yet the tests still miss:\n  the npm packages pinned in tests/browser/package.json\n", stderr);
    }

    [Fact]
    public void The_build_with_its_fonts_there_installs_nothing()
    {
        var (exit, stdout, stderr) = Setup("--for", "build", "--content", Repo.Content);
        Assert.True(exit == 0, stderr);
        Assert.Equal("Set-up: nothing to install for the PDFs.\n", stdout);
        Assert.False(File.Exists(Log));
    }

    [Theory]
    [InlineData("--for", "nonsense")]
    [InlineData("--content", "content")]
    public void Bad_usage_exits_2_before_looking_at_the_machine(params string[] args)
    {
        var (exit, _, stderr) = Setup(args);
        Assert.Equal(2, exit);
        Assert.Contains("usage: Wengao.Setup --for build|test [--content DIR]", stderr);
        Assert.False(File.Exists(Log));
    }

    [Fact]
    public void A_content_folder_without_site_yml_stops_with_the_located_error()
    {
        var (exit, _, stderr) = Setup("--for", "build", "--content", _dir["nothing"]);
        Assert.Equal(1, exit);
        Assert.Contains("site.yml:1:1: error: site.yml is missing", stderr);
        Assert.False(File.Exists(Log));
    }
}
