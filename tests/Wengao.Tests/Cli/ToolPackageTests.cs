using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Wengao.Tests.Support;

namespace Wengao.Tests.Cli;

/// <summary>
/// The packs `dotnet cake --target=Pack` makes of the CLI (build.cake) give the platform-specific .NET tool `wengao`: the package
/// that names the platforms, `wengao.linux-x64` compiled ahead of time and `wengao.any` for the rest. Installed from them (into a
/// folder of the test's, from a package source holding only them), the tool is the native program on Linux x64; it answers
/// --version and help and builds a content folder that has no templates of its own.
/// </summary>
public sealed class ToolPackageTests : IClassFixture<ToolPackageTests.InstalledTool>
{
    private readonly InstalledTool _tool;

    public ToolPackageTests(InstalledTool tool) => _tool = tool;

    /// <summary>The version the repository declares (Directory.Build.props), which the package and --version must carry.</summary>
    private static string DeclaredVersion =>
        XDocument.Load(Path.Combine(Repo.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

    public sealed class InstalledTool : IDisposable
    {
        // Native AOT compiles the whole program and its libraries: 2–3 minutes on a quiet 2-core machine, 15 on a loaded one.
        private static readonly TimeSpan NativeCompile = TimeSpan.FromMinutes(30);

        private readonly TempDir _dir = new();

        public InstalledTool()
        {
            // The configuration these tests were built in, whose CLI build the package is made from.
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
            // As build.cake's Pack: the package naming the platforms, then each platform's (each its own build: a RID's output).
            var project = Path.Combine(Repo.Root, "src", "Wengao.Cli", "Wengao.Cli.csproj");
            Pack = ChildProcess.Run("dotnet", ["pack", project, "-c", configuration, "--no-build", "-o", _dir["packages"]]);
            // The project's machines are Linux x64 (the native package can be made only there).
            foreach (var rid in new[] { "linux-x64", "any" })
            {
                var packed = ChildProcess.Run("dotnet", ["pack", project, "-c", configuration, "-r", rid, "-o", _dir["packages"]],
                    deadline: NativeCompile);
                if (packed.Exit != 0) Pack = packed;
            }
            File.WriteAllText(_dir["nuget.config"], $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration><packageSources><clear /><add key="wengao" value="{_dir["packages"]}" /></packageSources></configuration>
                """);
            // A package cache of its own: the machine's may hold an older wengao of the same version.
            Install = ChildProcess.Run("dotnet", ["tool", "install", "wengao", "--tool-path", _dir["tools"], "--configfile", _dir["nuget.config"]],
                environment: new Dictionary<string, string> { ["NUGET_PACKAGES"] = _dir["cache"] });
        }

        public ChildProcess.Result Pack { get; }
        public ChildProcess.Result Install { get; }
        public string Packages => _dir["packages"];
        public string Program => _dir["tools/wengao"];
        public string Scratch(string name) => _dir[name];

        public ChildProcess.Result Run(string directory, params string[] args) =>
            ChildProcess.Run(_dir["tools/wengao"], args, directory, new Dictionary<string, string> { ["CI"] = "true" });

        public void Dispose() => _dir.Dispose();
    }

    [Fact]
    public void Pack_makes_the_tool_package_wengao_and_one_a_platform()
    {
        Assert.True(_tool.Pack.Exit == 0, _tool.Pack.Out + _tool.Pack.Err);
        Assert.Equal([$"wengao.{DeclaredVersion}.nupkg", $"wengao.any.{DeclaredVersion}.nupkg", $"wengao.linux-x64.{DeclaredVersion}.nupkg"],
            Directory.GetFiles(_tool.Packages).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(_tool.Install.Exit == 0, _tool.Install.Out + _tool.Install.Err);
    }

    [Fact]
    public void The_tool_package_names_its_platform_packages()
    {
        var settings = ToolSettings($"wengao.{DeclaredVersion}.nupkg");
        Assert.Equal([("linux-x64", "wengao.linux-x64"), ("any", "wengao.any")],
            settings.Descendants("RuntimeIdentifierPackage").Select(p => ((string?)p.Attribute("RuntimeIdentifier"), (string?)p.Attribute("Id"))));
        Assert.Equal("executable", (string?)ToolSettings($"wengao.linux-x64.{DeclaredVersion}.nupkg").Descendants("Command").Single().Attribute("Runner"));
        Assert.Equal("dotnet", (string?)ToolSettings($"wengao.any.{DeclaredVersion}.nupkg").Descendants("Command").Single().Attribute("Runner"));
    }

    [Fact]
    public void The_installed_tool_is_the_native_program_without_its_debug_symbols()
    {
        var program = new FileInfo(_tool.Program).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? _tool.Program;
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(program)[..4]);
        var files = Directory.GetFiles(Path.GetDirectoryName(program)!);
        Assert.DoesNotContain(files, f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal) || f.EndsWith(".pdb", StringComparison.Ordinal));
    }

    private XDocument ToolSettings(string package)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_tool.Packages, package));
        using var stream = zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open();
        return XDocument.Load(stream);
    }

    [Fact]
    public void The_installed_tool_prints_its_version()
    {
        var (exit, stdout, stderr) = _tool.Run(Repo.Root, "--version");
        Assert.True(exit == 0, stderr);
        Assert.Matches($@"^{Regex.Escape(DeclaredVersion)}(\+[0-9a-f]+)?$", stdout.Trim());
    }

    [Fact]
    public void The_installed_tool_shows_build_help()
    {
        var (exit, stdout, stderr) = _tool.Run(Repo.Root, "build", "--help");
        Assert.True(exit == 0, stderr);
        Assert.Contains("wengao build [options]", stdout);
        Assert.Contains("--no-pdf", stdout);
    }

    [Fact]
    public void The_installed_tool_builds_a_content_folder_with_the_templates_it_carries()
    {
        var site = _tool.Scratch("site");
        TempDir.Copy(Repo.Content, Path.Combine(site, "content"));

        var (exit, stdout, stderr) = _tool.Run(site, "build", "--no-pdf");

        Assert.True(exit == 0, stdout + stderr);
        var index = Html.Load(Path.Combine(site, "output", "internal", "site", "index.html"));
        Assert.Contains(index.All("a"), a => a.Text().Contains("帮扶工作队慰问座谈会", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site, "templates")));
    }

    /// <summary>
    /// The linux-x64 program needs AVX2 (Wengao.Cli.csproj); on a CPU without it README has `wengao.any` installed by
    /// its own name: the framework-dependent program, which runs on any x64 CPU.
    /// </summary>
    [Fact]
    public void The_any_package_installs_by_its_own_name_as_the_framework_dependent_program()
    {
        var tools = _tool.Scratch("tools-any");
        var install = ChildProcess.Run("dotnet", ["tool", "install", "wengao.any", "--tool-path", tools, "--configfile", _tool.Scratch("nuget.config")],
            environment: new Dictionary<string, string> { ["NUGET_PACKAGES"] = _tool.Scratch("cache-any") });
        Assert.True(install.Exit == 0, install.Out + install.Err);
        Assert.Single(Directory.GetFiles(tools, "Wengao.Cli.dll", SearchOption.AllDirectories));

        var (exit, stdout, stderr) = ChildProcess.Run(Path.Combine(tools, "wengao"), ["--version"], Repo.Root);
        Assert.True(exit == 0, stderr);
        Assert.Matches($@"^{Regex.Escape(DeclaredVersion)}(\+[0-9a-f]+)?$", stdout.Trim());
    }

    [Fact]
    public void The_installed_tool_reports_a_mistake_as_one_line_and_exit_2()
    {
        var (exit, _, stderr) = _tool.Run(Repo.Root, "buidl");
        Assert.Equal(2, exit);
        Assert.Equal("wengao: unknown command `buidl`; did you mean `build`?\nsee `wengao --help`", stderr.Trim().ReplaceLineEndings("\n"));
    }
}
