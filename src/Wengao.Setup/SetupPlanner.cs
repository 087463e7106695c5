namespace Wengao.Setup;

/// <summary>
/// Decides what the set-up installs, from a <see cref="MachineState"/> alone (no file, process or network), so that
/// every decision is tested without touching the machine: nothing when all is there; the missing Debian packages
/// where apt-get can run as root or through password-less sudo; else one message naming exactly what to install.
/// </summary>
public static class SetupPlanner
{
    /// <summary>The command that builds the site alone, offered when only the PDFs' fonts stand in the way.</summary>
    public const string NoPdfCommand = "dotnet cake --no-pdf";

    public static SetupPlan Plan(Purpose purpose, MachineState machine)
    {
        var missing = Requirements.Missing(purpose, machine);
        // The npm tools need npm and nothing else (no root): installed after the packages, if npm was among them.
        bool browserTools = purpose == Purpose.Test && !machine.BrowserToolsPresent;
        if (missing.Count == 0)
            return new([], browserTools, null);
        if (Obstacle(machine) is { } obstacle)
            return new([], false, Message(purpose, machine, missing, obstacle));
        return new(missing.Select(n => new PackageToInstall(n.Package, n.Reason, n.Reinstall)).ToList(), browserTools, null);
    }

    /// <summary>Whether anything is to be installed with apt-get: only then is it worth asking sudo (which may log a refusal).</summary>
    public static bool NeedsPackages(Purpose purpose, MachineState machine) => Requirements.Missing(purpose, machine).Count > 0;

    /// <summary>Why apt-get cannot be run here, or null when it can.</summary>
    private static string? Obstacle(MachineState machine) => machine switch
    {
        { Platform: Platform.Windows } => "Windows has no apt-get",
        { Platform: Platform.MacOS } => "macOS has no apt-get",
        { HasAptGet: false } => "no apt-get on this machine",
        { IsRoot: false, PasswordlessSudo: false } => "not root, and sudo asks for a password or is missing",
        _ => null,
    };

    private static string Message(Purpose purpose, MachineState machine, IReadOnlyList<Need> missing, string obstacle)
    {
        string subject = purpose == Purpose.Build ? "The PDFs need" : "The tests need";
        IEnumerable<string> items;
        string lead;
        if (machine is { Platform: Platform.Linux, HasAptGet: true })
        {
            lead = "As root, run";
            string reinstall = missing.Any(n => n.Reinstall) ? "--reinstall " : "";
            // With the update: a fresh image has no package lists, and install alone would not find the packages.
            items = [$"apt-get update && apt-get install {reinstall}{string.Join(' ', missing.Select(n => n.Package))}"];
        }
        else
        {
            lead = "Install";
            // Off Debian the package names still say exactly which fonts and tools are meant.
            items = machine.Platform == Platform.Linux
                ? missing.Select(n => $"{n.What} (Debian: {n.Package})")
                : missing.Select(n => n.What);
        }
        string tail = purpose == Purpose.Build ? $" To build the site without PDFs: {NoPdfCommand}" : "";
        return $"{subject} what the set-up cannot install here ({obstacle}). {lead}\n"
            + string.Concat(items.Select(i => $"  {i}\n"))
            + $"then run this command again.{tail}";
    }
}
