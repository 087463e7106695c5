namespace Wengao.Tests.Support;

/// <summary>Debian's Chromium, headless and offline: opens a page, runs its scripts and returns the DOM they leave.</summary>
public static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string DumpDom(string url)
    {
        var executable = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "chromium")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "chromium is not on PATH: the browser tests need Debian's chromium (`apt-get install chromium`; `dotnet cake --target=Test` installs it)");
        using var profile = new TempDir();
        var (exit, dom, log) = ChildProcess.Run(executable, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={profile.Path}", "--virtual-time-budget=5000", "--dump-dom", url], deadline: Timeout);
        if (exit != 0)
            throw new InvalidOperationException($"chromium exited with {exit} on {url}:\n{log}");
        return dom;
    }
}
