// Wengao build script: `dotnet cake` builds the sample site and PDFs, `dotnet cake --target=Test` runs the tests.
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var solution = "./Wengao.sln";

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

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    // The browser tests inject axe-core and run the Nu Html Checker, pinned in tests/browser (npm).
    // --ignore-scripts: vnu-jar's postinstall would download a Java runtime; the machine's Java is used.
    if (!DirectoryExists("./tests/browser/node_modules"))
    {
        var npm = StartProcess("npm", "ci --prefix tests/browser --ignore-scripts --no-audit --no-fund");
        if (npm != 0) throw new Exception("npm ci in tests/browser failed: the browser tests need axe-core and vnu-jar");
    }
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Loggers = { "trx;LogFileName=results.trx", "console;verbosity=normal" },
        ResultsDirectory = "./tests/TestResults",
    });
});

Task("Site")
    .IsDependentOn("Build")
    .Does(() =>
{
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"run --no-build --configuration {configuration} --project src/Wengao.Cli -- build --content content --templates templates --output output",
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

Task("Default").IsDependentOn("Site");

RunTarget(target);
