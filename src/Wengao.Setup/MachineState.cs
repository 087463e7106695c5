using Wengao.Model;

namespace Wengao.Setup;

/// <summary>What the set-up is for: the sample build (its PDFs need fonts) or the tests (fonts and test tools).</summary>
public enum Purpose
{
    Build,
    Test,
}

/// <summary>The operating systems the messages tell apart: only Linux may have apt-get.</summary>
public enum Platform
{
    Linux,
    MacOS,
    Windows,
}

/// <summary>What the machine has, as <see cref="MachineProbe"/> reads it: the planner's only input, so tests can make it up.</summary>
/// <param name="PasswordlessSudo">`sudo -n true` succeeds; read only when something is to be installed and the user is not root</param>
/// <param name="InstalledPackages">the Debian packages dpkg lists as installed, among those the set-up knows</param>
/// <param name="CommandsOnPath">the commands found on PATH, among those the tests run</param>
/// <param name="UnresolvedFonts">the font roles the build could not resolve, each with the chain it tried (site.yml's or the default)</param>
/// <param name="BrowserToolsPresent">tests/browser/node_modules holds every npm package tests/browser/package.json pins, at its version</param>
public sealed record MachineState(
    Platform Platform,
    bool IsRoot,
    bool PasswordlessSudo,
    bool HasAptGet,
    IReadOnlySet<string> InstalledPackages,
    IReadOnlySet<string> CommandsOnPath,
    IReadOnlyDictionary<FontRole, IReadOnlyList<string>> UnresolvedFonts,
    bool BrowserToolsPresent);
