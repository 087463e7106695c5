namespace Wengao.Text;

/// <summary>The one test of what a Chinese character (汉字) is: the CJK Unified Ideographs and their extensions.</summary>
public static class Ideographs
{
    /// <summary>
    /// True for a CJK ideograph: Extension A (U+3400–4DBF), the unified block (U+4E00–9FFF), the compatibility
    /// ideographs (U+F900–FAFF), and Extensions B and beyond (U+20000–3FFFF).
    /// </summary>
    public static bool Is(int codepoint) =>
        codepoint is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;

    /// <summary>
    /// The same for one UTF-16 unit: either half of a surrogate pair counts, since nearly every character outside the
    /// basic plane a Chinese text holds is an ideograph of Extension B and beyond (生僻字 in names: 𠮷, 𡈼).
    /// </summary>
    public static bool Is(char c) => char.IsSurrogate(c) || Is((int)c);
}
