// Wengao build script: `dotnet cake` builds the sample site and PDFs, `dotnet cake --target=Test` runs the tests.
// Each first installs what it needs and is missing (src/Wengao.Setup: fonts for the PDFs; for the tests also poppler-utils,
// chromium, Java, npm, LibreOffice Writer and tests/browser's npm tools); `dotnet cake --no-pdf` builds the site alone, needing no font.
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var noPdf = HasArgument("no-pdf");
var solution = "./Wengao.sln";

// Installs what `purpose` (build or test) needs, saying what it installs; where it cannot (no apt-get, not root and no
// password-less sudo, Windows, macOS) the set-up prints the one message that names what to install, and the script stops.
void SetUp(string purpose)
{
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"run --no-build --configuration {configuration} --project src/Wengao.Setup -- --for {purpose} --content content",
    });
    if (exitCode != 0) throw new Exception($"set-up ({purpose}) stopped with exit code {exitCode}: see its message above");
}

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./src/**/bin/" + configuration);
    CleanDirectories("./tests/**/bin/" + configuration);
    CleanDirectories("./tests/**/TestResults");
    if (DirectoryExists("./output")) DeleteDirectory("./output", new DeleteDirectorySettings { Recursive = true });
});

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("SetUpBuild")
    .IsDependentOn("Build")
    .WithCriteria(!noPdf) // the site alone needs no font
    .Does(() => SetUp("build"));

Task("SetUpTest")
    .IsDependentOn("Build")
    .Does(() => SetUp("test"));

Task("Test")
    .IsDependentOn("SetUpTest")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Loggers = { "trx;LogFileName=results.trx", "console;verbosity=normal" },
        ResultsDirectory = "./tests/TestResults",
    });
});

Task("Site")
    .IsDependentOn("SetUpBuild")
    .Does(() =>
{
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"run --no-build --configuration {configuration} --project src/Wengao.Cli -- build --content content --templates templates --output output"
            + (noPdf ? " --no-pdf" : ""),
    });
    if (exitCode != 0) throw new Exception($"wengao build failed (exit code {exitCode})");
});

// dotnet cake --target=Publish --to=/srv/www/wengao [--edition=public]: the built site, swapped in whole.
Task("Publish")
    .IsDependentOn("Site")
    .Does(() =>
{
    var to = Argument<string>("to");
    var edition = Argument("edition", "");
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"run --no-build --configuration {configuration} --project src/Wengao.Cli -- publish --to \"{to}\""
            + (edition.Length > 0 ? $" --edition {edition}" : ""),
    });
    if (exitCode != 0) throw new Exception($"wengao publish failed (exit code {exitCode})");
});

// dotnet cake --target=Pack [--to=DIR]: the .NET tool `wengao` (README, "The `wengao` command"), platform-specific: `wengao`
// names the platforms; `wengao.linux-x64` is compiled ahead of time (Native AOT, so it can only be made on Linux x64, with
// gcc or clang); `wengao.any` is framework-dependent, for every other platform. `dotnet tool install` picks the right one.
Task("Pack")
    .Does(() =>
{
    var to = MakeAbsolute(Directory(Argument("to", "./output/packages"))).FullPath;
    // --package-version: the benchmark packs a version of its own each run, so that no cached package stands in for it.
    var version = Argument("package-version", "");
    var linuxX64 = IsRunningOnLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture
        == System.Runtime.InteropServices.Architecture.X64;
    foreach (var rid in linuxX64 ? new[] { "", "linux-x64", "any" } : new[] { "", "any" })
    {
        DotNetPack("./src/Wengao.Cli/Wengao.Cli.csproj", new DotNetPackSettings
        {
            Configuration = configuration,
            OutputDirectory = to,
            Runtime = rid == "" ? null : rid,
            MSBuildSettings = version == "" ? null : new DotNetMSBuildSettings().WithProperty("PackageVersion", version),
        });
    }
    if (!linuxX64) Information("wengao.linux-x64 (Native AOT) is made on Linux x64 only: this platform's package is wengao.any");
    Information($"packed wengao into {to}: `dotnet tool install --global wengao --add-source {to}`");
});

Task("Default").IsDependentOn("Site");

RunTarget(target);
