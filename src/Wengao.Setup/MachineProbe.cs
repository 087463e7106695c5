using System.Diagnostics;
using System.Text.Json;
using Wengao.Load;
using Wengao.Model;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Setup;

/// <summary>Reads the <see cref="MachineState"/> of this machine: fonts as the build resolves them, PATH, dpkg, privileges.</summary>
internal static class MachineProbe
{
    private const string AptGet = "apt-get";
    private const string DpkgQuery = "dpkg-query";
    private const string Sudo = "sudo";
    // dpkg's status of a package that is fully installed (not merely unpacked, half-configured or removed with its config).
    private const string InstalledStatus = "install ok installed";

    /// <param name="contentDirectory">the content folder whose site.yml may set the font chains</param>
    /// <param name="browserToolsDirectory">the npm project of the browser tests (tests/browser)</param>
    /// <remarks><see cref="MachineState.PasswordlessSudo"/> is left false: <see cref="PasswordlessSudo"/> asks sudo, when it matters.</remarks>
    public static MachineState Read(string contentDirectory, string browserToolsDirectory)
    {
        var platform = OperatingSystem.IsWindows() ? Platform.Windows : OperatingSystem.IsMacOS() ? Platform.MacOS : Platform.Linux;
        bool hasApt = platform == Platform.Linux && OnPath(AptGet) && OnPath(DpkgQuery);
        return new MachineState(
            platform,
            Environment.IsPrivilegedProcess,
            PasswordlessSudo: false,
            hasApt,
            hasApt ? InstalledPackages(Requirements.KnownPackages) : new HashSet<string>(),
            Requirements.TestTools.Select(t => t.Command).Where(OnPath).ToHashSet(StringComparer.Ordinal),
            UnresolvedFonts(contentDirectory),
            BrowserToolsPresent(browserToolsDirectory));
    }

    /// <summary>Whether sudo runs a command without asking for a password (`-n`: fail rather than prompt).</summary>
    public static bool PasswordlessSudo() => OnPath(Sudo) && Run(Sudo, ["-n", "true"]).ExitCode == 0;

    /// <summary>The roles the build could not set, through site.yml's chains and a fresh scan of the font folders (fonts installed a moment ago count).</summary>
    private static IReadOnlyDictionary<FontRole, IReadOnlyList<string>> UnresolvedFonts(string contentDirectory)
    {
        var site = SiteLoader.Load(contentDirectory);
        var chains = site.FontChains.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value);
        return FontBook.Unresolvable(new FontCatalog(FontDirectories.ForCurrentOs()), chains, site.ContentDirectory);
    }

    private static HashSet<string> InstalledPackages(IEnumerable<string> packages)
    {
        // Exit code 1 only says some package is unknown to dpkg; the known ones are still listed.
        var (_, output) = Run(DpkgQuery, ["-W", "-f", "${Package}\t${Status}\n", .. packages]);
        return output.Split('\n')
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 2 && fields[1] == InstalledStatus)
            .Select(fields => fields[0])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every package tests/browser/package.json pins is in its node_modules at that version (a changed pin runs `npm ci` again).</summary>
    private static bool BrowserToolsPresent(string directory)
    {
        var manifest = Path.Combine(directory, "package.json");
        if (!File.Exists(manifest))
            return true; // no browser tests in this tree: nothing to install for them
        using var pins = JsonDocument.Parse(File.ReadAllText(manifest));
        if (!pins.RootElement.TryGetProperty("devDependencies", out var dependencies))
            return true;
        return dependencies.EnumerateObject().All(pin => InstalledVersion(directory, pin.Name) == pin.Value.GetString());
    }

    private static string? InstalledVersion(string directory, string package)
    {
        var path = Path.Combine(directory, "node_modules", package, "package.json");
        if (!File.Exists(path))
            return null;
        using var installed = JsonDocument.Parse(File.ReadAllText(path));
        return installed.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }

    /// <summary>Whether <paramref name="command"/> is an executable file in a folder of PATH (with PATHEXT's extensions on Windows).</summary>
    public static bool OnPath(string command)
    {
        string[] extensions = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';')
            : [""];
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => extensions.Select(ext => Path.Combine(dir, command + ext)))
            .Any(IsExecutable);
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);

    private static (int ExitCode, string Output) Run(string command, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start");
        var error = process.StandardError.ReadToEndAsync(); // drained alongside, so a full pipe cannot block the child
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = error.Result;
        return (process.ExitCode, output);
    }
}
