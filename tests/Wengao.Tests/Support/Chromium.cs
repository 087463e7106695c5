using System.Diagnostics;

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
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     $"--user-data-dir={profile.Path}", "--virtual-time-budget=5000", "--dump-dom", url])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish {url} within {Timeout.TotalSeconds} s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"chromium exited with {process.ExitCode} on {url}:\n{log.Result}");
        return dom.Result;
    }
}
