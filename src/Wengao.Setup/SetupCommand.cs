using Wengao.Diagnostics;

namespace Wengao.Setup;

/// <summary>Probe, plan, install, look again: the set-up as build.cake runs it.</summary>
internal static class SetupCommand
{
    private const string BrowserToolsDirectory = "tests/browser"; // relative to the repository root, where Cake runs

    /// <returns>0 when all is there or was installed; 1 when it cannot install, installing failed, or site.yml does not load</returns>
    public static int Run(Purpose purpose, string contentDirectory, TextWriter stdout, TextWriter stderr)
    {
        string subject = purpose == Purpose.Build ? "the PDFs" : "the tests";
        try
        {
            var machine = MachineProbe.Read(contentDirectory, BrowserToolsDirectory);
            // sudo is asked only when apt-get has something to install: a refused `sudo -n` is logged on some systems.
            if (machine is { IsRoot: false, HasAptGet: true } && SetupPlanner.NeedsPackages(purpose, machine))
                machine = machine with { PasswordlessSudo = MachineProbe.PasswordlessSudo() };
            var plan = SetupPlanner.Plan(purpose, machine);
            if (plan.CannotInstall is { } message)
            {
                stderr.WriteLine(message);
                return 1;
            }
            if (plan.NothingToDo)
            {
                // "Nothing to install", not "all there": a site.yml chain of fonts no package provides is the build's error to report.
                stdout.WriteLine($"Set-up: nothing to install for {subject}.");
                return 0;
            }
            if (Installer.Run(plan, machine.IsRoot, BrowserToolsDirectory, stdout) is { } failure)
            {
                stderr.WriteLine($"Set-up: {failure}");
                return 1;
            }
            // Installed is not yet usable: a package may put its command outside PATH, or its fonts may not load. Look again.
            var after = SetupPlanner.Plan(purpose, MachineProbe.Read(contentDirectory, BrowserToolsDirectory) with { PasswordlessSudo = machine.PasswordlessSudo });
            if (after.NothingToDo)
            {
                stdout.WriteLine($"Set-up: {subject} have what they need.");
                return 0;
            }
            stderr.WriteLine($"Set-up: installed, yet {subject} still miss:");
            foreach (var package in after.Packages)
                stderr.WriteLine($"  {package.Package} — {package.Reason}");
            if (after.InstallBrowserTools)
                stderr.WriteLine($"  the npm packages pinned in {BrowserToolsDirectory}/package.json");
            if (after.CannotInstall is { } still)
                stderr.WriteLine(still);
            return 1;
        }
        catch (BuildFailedException e) // site.yml does not load: the build would stop at the same place
        {
            foreach (var error in e.Errors)
                stderr.WriteLine(error);
            return 1;
        }
    }
}
