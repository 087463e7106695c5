using Wengao.Tests.Support;

namespace Wengao.Tests.Browser;

/// <summary>The npm tools of tests/browser (`npm ci --prefix tests/browser`, run by `dotnet cake --target=Test` when missing); missing ones fail, never skip.</summary>
public static class Tools
{
    public static string AxeScript => Require(Path.Combine("axe-core", "axe.min.js"));

    /// <summary>ofd.js's self-contained UMD bundle, which tests/browser/ofd/render.html loads (the OFD reader of <see cref="OfdJs"/>).</summary>
    public static string OfdJsScript => Require(Path.Combine("ofd.js", "lib", "ofd.umd.min.js"));

    public static string VnuJar => Require(Path.Combine("vnu-jar", "build", "dist", "vnu.jar"));

    public static string Java => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, "java")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("java is not on PATH: the Nu Html Checker needs it (`apt-get install default-jre-headless`)");

    /// <summary>The npm project of the browser tests, tests/browser.</summary>
    public static string Folder => Path.Combine(Repo.Root, "tests", "browser");

    private static string Require(string relative)
    {
        var path = Path.Combine(Folder, "node_modules", relative);
        return File.Exists(path) ? path
            : throw new InvalidOperationException($"{path} is missing: run `npm ci --prefix tests/browser --ignore-scripts` (`dotnet cake --target=Test` does)");
    }
}
