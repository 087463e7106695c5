namespace Wengao.Render.Pdf.Fonts;

/// <summary>Where each OS keeps installed fonts, system-wide and per user.</summary>
internal static class FontDirectories
{
    public static IReadOnlyList<string> ForCurrentOs()
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            string windir = Environment.GetEnvironmentVariable("WINDIR") ?? @"C:\Windows";
            string local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return [Path.Combine(windir, "Fonts"), Path.Combine(local, "Microsoft", "Windows", "Fonts")];
        }
        if (OperatingSystem.IsMacOS())
            return ["/Library/Fonts", "/System/Library/Fonts", Path.Combine(home, "Library", "Fonts")];
        return ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local", "share", "fonts")];
    }
}
