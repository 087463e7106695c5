using System.Buffers;

namespace Wengao.Load;

/// <summary>
/// The characters no source may hold: the C0 controls but tab, line feed and carriage return, DEL, the C1 controls, and
/// U+FFFE/U+FFFF. They are invisible in an editor, XML (the Atom feed, the polyglot pages) forbids most of them outright
/// (XML 1.0 §2.2), and a PDF viewer draws them as boxes. They come from pasting out of Word or a terminal.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c)) + "\uFFFE\uFFFF");

    public const string Hint = "delete it (it is invisible in most editors: search for it by its code), or retype the text around it";

    /// <summary>The index of the first forbidden character, or −1: one vectorised search, for whole files.</summary>
    public static int IndexIn(ReadOnlySpan<char> text) => text.IndexOfAny(Forbidden);

    /// <summary>As <see cref="IndexIn"/>, and lone surrogates too, which a YAML escape ("\ud800") can make but strict UTF-8 cannot.</summary>
    public static int IndexInDecoded(ReadOnlySpan<char> text)
    {
        var at = IndexIn(text);
        var end = at < 0 ? text.Length : at;
        for (var i = text[..end].IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < end; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i])) return i;
        }
        return at;
    }

    /// <summary>How the character is named in a message: its code point, since it cannot be shown.</summary>
    public static string Name(char c) => $"U+{(int)c:X4}";
}
