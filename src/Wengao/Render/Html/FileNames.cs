using System.Security.Cryptography;
using System.Text;

namespace Wengao.Render.Html;

/// <summary>
/// File names made from names a user wrote (a tag, a speaker, a slug), distinct for distinct names and valid on every
/// file system the site may be copied to. A name that is one already is kept as it is (readable paths, readable links);
/// any other gets a short readable prefix and a hash of the whole name: `a/b`, `a:b` and `a?b` are three files, and
/// so are `AI` and `ai` on a file system that ignores case.
/// </summary>
public static class FileNames
{
    // Forbidden in names on Windows (and `/` everywhere); `+` marks a hashed name, so a name containing it is hashed
    // too and a kept name never equals a hashed one.
    private const string Forbidden = "/\\:*?\"<>|";
    private const char HashMark = '+';

    // ext4 and APFS allow 255 bytes a name, NTFS 255 UTF-16 units: 150 UTF-8 bytes leave room for "-reading.pdf" and
    // for the folder on Windows' 260-character paths. A hashed name keeps 60 bytes of the name to stay recognisable.
    private const int MaxBytes = 150, PrefixBytes = 60, HashBytes = 8;

    // Windows device names, reserved with any extension and in any case (Win32 naming rules, "Naming Files, Paths, and Namespaces").
    private static readonly HashSet<string> Devices = new(
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
         .. "0123456789¹²³".SelectMany(d => new[] { $"COM{d}", $"LPT{d}" })],
        StringComparer.OrdinalIgnoreCase);

    public static string Safe(string name) => IsSafe(name) ? name : Hashed(name);

    private static bool IsSafe(string name)
    {
        if (name.Length == 0 || name[0] == '.' || name[^1] is '.' or ' ' || Encoding.UTF8.GetByteCount(name) > MaxBytes) return false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            // Upper case is hashed too: Windows and macOS do not tell `AI.html` from `ai.html`, so only lower-case
            // names are kept as they are, and the hash (lower-case hex) tells the others apart.
            if (Forbidden.Contains(c) || c == HashMark || char.IsControl(c) || char.ToLowerInvariant(c) != c) return false;
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[++i]))) return false;
        }
        return !Devices.Contains(name.Split('.')[0].TrimEnd(' '));
    }

    private static string Hashed(string name)
    {
        var prefix = new StringBuilder();
        var bytes = 0;
        // Runes, so a pair is never cut in two; a lone surrogate comes out as U+FFFD, which every file system takes.
        foreach (var rune in name.EnumerateRunes())
        {
            var kept = rune.IsBmp && (char)rune.Value is var c && (Forbidden.Contains(c) || c is HashMark or '.' || char.IsControl(c))
                ? "-" : rune.ToString();
            if ((bytes += Encoding.UTF8.GetByteCount(kept)) > PrefixBytes) break;
            prefix.Append(kept);
        }
        // The UTF-16 units, not UTF-8: two names with different lone surrogates would be the same UTF-8 bytes.
        var hash = SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(name.AsSpan()));
        return $"{prefix.ToString().TrimEnd(' ')}{HashMark}{Convert.ToHexStringLower(hash, 0, HashBytes)}";
    }
}
