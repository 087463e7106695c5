namespace Wengao.Render.Pdf.Compose;

/// <summary>Character classes for line composition (clreq, GB/T 15834 house practice).</summary>
internal static class CjkChars
{
    /// <summary>Full-width closing marks: ink in the left half of the em, never at a line start, squeezable.</summary>
    private const string Closing = "，。、；：？！）》」』】〕〉”’〗〙〛．］｝｠〞〟";

    /// <summary>Full-width opening marks: ink in the right half of the em, never at a line end, squeezable.</summary>
    private const string Opening = "（《「『【〔〈“‘〖〘〚［｛｟〝";

    /// <summary>Other marks that never start a line (not squeezable).</summary>
    private const string NoStartOther = "—…―‥％‰,.;:?!)]}%";

    /// <summary>Other marks that never end a line (not squeezable).</summary>
    private const string NoEndOther = "([{￥＄";

    /// <summary>The calendar's day marks, which stay with their number (10月27日) but are no unit a figure is written in.</summary>
    private static readonly string[] DayMarks = ["日", "号"];

    /// <summary>
    /// What stays with a preceding number: every unit of the one table (<see cref="Text.Units"/>: 5388万元, 5户, 3台, 1万亩,
    /// 8个月), the day marks, and the approximations after a number (<see cref="Model.Figure.NumberQualifiers"/>: 500多万元),
    /// which a further unit may follow. Longest first, so the longest matches.
    /// </summary>
    internal static readonly string[] Units =
        [.. Text.Units.Names.Concat(DayMarks).Concat(Model.Figure.NumberQualifiers).Distinct().OrderByDescending(u => u.Length)];

    /// <summary>True for 多, 余 and 几 after a number, after which a unit may still follow (500多万元).</summary>
    internal static bool IsNumberQualifier(char c) => Array.Exists(Model.Figure.NumberQualifiers, q => q.Length == 1 && q[0] == c);

    /// <summary>True for a character set on the CJK grid: ideographs, kana, hangul, full-width forms and Chinese punctuation.</summary>
    public static bool IsGrid(int cp)
    {
        if (cp < 0x2014) return false;
        if (cp <= 0x203B)
            return cp is 0x2014 or 0x2015 or 0x2018 or 0x2019 or 0x201C or 0x201D or 0x2025 or 0x2026 or 0x203B;
        if (cp < 0x2460) return false;
        if (cp <= 0x24FF) return true;                      // ①②③ enclosed alphanumerics
        if (cp >= 0x25A0 && cp <= 0x25FF) return true;      // ■□▲△◆◇○●
        if (cp is 0x2605 or 0x2606) return true;            // ★☆
        if (cp >= 0x2E80 && cp <= 0x9FFF) return true;      // radicals, CJK symbols and punctuation, kana, ext A, unified
        if (cp >= 0xAC00 && cp <= 0xD7AF) return true;      // hangul
        if (cp >= 0xF900 && cp <= 0xFAFF) return true;      // compatibility ideographs
        if (cp >= 0xFE10 && cp <= 0xFE1F) return true;      // vertical forms
        if (cp >= 0xFE30 && cp <= 0xFE4F) return true;      // compatibility forms
        if (cp >= 0xFF01 && cp <= 0xFF60) return true;      // full-width forms
        if (cp >= 0xFFE0 && cp <= 0xFFE6) return true;      // full-width signs
        return cp >= 0x20000 && cp <= 0x3FFFF;              // ext B and beyond
    }

    public static bool IsClosing(int cp) => cp < 0x10000 && Closing.Contains((char)cp);

    public static bool IsOpening(int cp) => cp < 0x10000 && Opening.Contains((char)cp);

    /// <summary>Never at the start of a line (straight double quotes are decided by their parity elsewhere).</summary>
    public static bool IsNoStart(int cp) => IsClosing(cp) || (cp < 0x10000 && NoStartOther.Contains((char)cp));

    /// <summary>Never at the end of a line (straight double quotes are decided by their parity elsewhere).</summary>
    public static bool IsNoEnd(int cp) => IsOpening(cp) || (cp < 0x10000 && NoEndOther.Contains((char)cp));

    /// <summary>White space that separates words and may hang at a line end (not the ideographic space, nor no-break spaces).</summary>
    public static bool IsBreakingSpace(char c) =>
        c is not ('\u3000' or '\u00A0' or '\u2007' or '\u202F') && char.IsWhiteSpace(c);

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsFullWidthDigit(int cp) => cp is >= 0xFF10 and <= 0xFF19;

    public static bool IsPercent(char c) => c is '%' or '％' or '‰';
}
