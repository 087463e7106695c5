namespace Wengao.Setup;

/// <summary>One Debian package to install, and why, as the set-up prints it.</summary>
/// <param name="Reinstall">dpkg lists it as installed, yet what it provides is missing (files deleted): only `--reinstall` brings them back</param>
public sealed record PackageToInstall(string Package, string Reason, bool Reinstall = false);

/// <summary>
/// What the set-up will do: install <see cref="Packages"/> with apt-get (in this order), then run `npm ci` in
/// tests/browser if <see cref="InstallBrowserTools"/>; or, where it cannot install, stop with <see cref="CannotInstall"/>.
/// </summary>
public sealed record SetupPlan(IReadOnlyList<PackageToInstall> Packages, bool InstallBrowserTools, string? CannotInstall)
{
    public bool NothingToDo => Packages.Count == 0 && !InstallBrowserTools && CannotInstall is null;
}
