using Wengao.Diagnostics;
using Wengao.Setup;

// `dotnet run --project src/Wengao.Setup -- --for build|test [--content DIR]`, run by build.cake before it builds the
// sample (build) or runs the tests (test). Exit 0: all there or installed; 1: cannot install, or installing failed; 2: usage.
const string BrowserToolsDirectory = "tests/browser"; // relative to the repository root, where Cake runs
const string Usage = "usage: Wengao.Setup --for build|test [--content DIR]";

Purpose? purpose = null;
string content = "content";
for (int i = 0; i < args.Length; i++)
{
    string? value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--for" when value is "build" or "test":
            purpose = value == "build" ? Purpose.Build : Purpose.Test;
            i++;
            break;
        case "--content" when value is not null:
            content = value;
            i++;
            break;
        default:
            Console.Error.WriteLine($"Wengao.Setup: unknown or incomplete option `{args[i]}`; {Usage}");
            return 2;
    }
}
if (purpose is not { } what)
{
    Console.Error.WriteLine($"Wengao.Setup: --for is required; {Usage}");
    return 2;
}

try
{
    var machine = MachineProbe.Read(content, BrowserToolsDirectory);
    // sudo is asked only when there is something to install: a refused `sudo -n` is logged on some systems.
    if (!machine.IsRoot && SetupPlanner.NeedsPackages(what, machine))
        machine = MachineProbe.Read(content, BrowserToolsDirectory, passwordlessSudo: true);
    var plan = SetupPlanner.Plan(what, machine);
    if (plan.CannotInstall is { } message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
    if (plan.NothingToDo)
    {
        Console.WriteLine($"Set-up: everything {(what == Purpose.Build ? "the PDFs need" : "the tests need")} is installed.");
        return 0;
    }
    if (Installer.Run(plan, machine.IsRoot, BrowserToolsDirectory, Console.Out) is { } failure)
    {
        Console.Error.WriteLine($"Set-up: {failure}");
        return 1;
    }
    // Installed is not the same as usable (a site.yml chain may not name the installed font): look again.
    var after = SetupPlanner.Plan(what, MachineProbe.Read(content, BrowserToolsDirectory, passwordlessSudo: machine.PasswordlessSudo));
    if (!after.NothingToDo)
    {
        Console.Error.WriteLine("Set-up: still missing after installing:");
        foreach (var package in after.Packages)
            Console.Error.WriteLine($"  {package.Package} — {package.Reason}");
        if (after.InstallBrowserTools)
            Console.Error.WriteLine($"  the npm packages pinned in {BrowserToolsDirectory}/package.json");
        return 1;
    }
    return 0;
}
catch (BuildFailedException e) // site.yml does not load: the build would stop at the same place
{
    foreach (var error in e.Errors)
        Console.Error.WriteLine(error);
    return 1;
}
