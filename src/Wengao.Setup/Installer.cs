using System.Diagnostics;

namespace Wengao.Setup;

/// <summary>Carries out a <see cref="SetupPlan"/>: apt-get (as root, or through `sudo -n`), then `npm ci` for the browser tests.</summary>
internal static class Installer
{
    // No debconf question may wait for an answer nobody gives; sudo resets the environment, so `env` passes it on.
    private static readonly string[] NonInteractive = ["env", "DEBIAN_FRONTEND=noninteractive"];
    // Recommends would add a desktop's worth of packages to chromium and the Java runtime; the tests need none of them.
    private static readonly string[] InstallOptions = ["install", "-y", "-qq", "--no-install-recommends"];
    // --ignore-scripts: vnu-jar's postinstall would download a Java runtime; the machine's Java is used.
    private static readonly string[] NpmCi = ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix"];

    /// <returns>null when done, else what failed</returns>
    public static string? Run(SetupPlan plan, bool asRoot, string browserToolsDirectory, TextWriter log)
    {
        if (plan.Packages.Count > 0)
        {
            log.WriteLine($"Set-up: installing {plan.Packages.Count} Debian package(s) with apt-get{(asRoot ? "" : " through sudo")}:");
            foreach (var package in plan.Packages)
                log.WriteLine($"  {package.Package} — {package.Reason}");
            string[] prefix = asRoot ? NonInteractive : ["sudo", "-n", .. NonInteractive];
            // The package lists of a fresh image are empty: read them once, just before installing.
            if (Execute([.. prefix, "apt-get", "update", "-qq"]) is { } update)
                return update;
            string[] reinstall = plan.Packages.Any(p => p.Reinstall) ? ["--reinstall"] : [];
            if (Execute([.. prefix, "apt-get", .. InstallOptions, .. reinstall, .. plan.Packages.Select(p => p.Package)]) is { } install)
                return install;
        }
        if (plan.InstallBrowserTools)
        {
            log.WriteLine($"Set-up: installing the browser tests' npm tools (npm ci in {browserToolsDirectory})");
            if (Execute(["npm", .. NpmCi, browserToolsDirectory]) is { } npm)
                return npm;
        }
        return null;
    }

    /// <summary>Runs a command with this console's output, so apt-get's and npm's own messages show; null on success.</summary>
    private static string? Execute(string[] command)
    {
        string line = string.Join(' ', command);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command[0], command[1..])) ?? throw new InvalidOperationException();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"`{line}` failed (exit code {process.ExitCode})";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"`{line}` could not be started: {e.Message}";
        }
    }
}
