using System.Text;

namespace Wengao.Render.Pdf.Fonts;

/// <summary>Reads family names (IDs 1 and 16) from a 'name' table, in every platform/language that decodes.</summary>
internal static class NameTable
{
    private const int FamilyId = 1;
    private const int TypographicFamilyId = 16;
    private const int EnglishUs = 0x0409;

    /// <summary>
    /// Windows US-English names come first so the display name is the one users see in font menus;
    /// the rest (e.g. 文鼎ＰＬ简报宋) follow in table order. Duplicates are dropped.
    /// </summary>
    public static IReadOnlyList<string> FamilyNames(ReadOnlySpan<byte> name)
    {
        int count = BigEndian.U16(name, 2);
        int stringBase = BigEndian.U16(name, 4);
        var first = new List<string>();
        var rest = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int at = 6 + 12 * i;
            int platform = BigEndian.U16(name, at);
            int encoding = BigEndian.U16(name, at + 2);
            int language = BigEndian.U16(name, at + 4);
            int nameId = BigEndian.U16(name, at + 6);
            int length = BigEndian.U16(name, at + 8);
            int offset = stringBase + BigEndian.U16(name, at + 10);
            if (nameId is not (FamilyId or TypographicFamilyId) || offset + length > name.Length)
                continue;
            string? text = Decode(platform, encoding, name.Slice(offset, length));
            if (string.IsNullOrWhiteSpace(text))
                continue;
            text = text.Trim();
            bool preferred = platform == 3 && language == EnglishUs;
            (preferred ? first : rest).Add(text);
            if (preferred && nameId == TypographicFamilyId)
                first.Insert(0, first[^1]); // typographic family beats the legacy 4-style family
        }
        return first.Concat(rest).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string? Decode(int platform, int encoding, ReadOnlySpan<byte> bytes) => platform switch
    {
        0 => Encoding.BigEndianUnicode.GetString(bytes),
        3 when encoding is 0 or 1 or 10 => Encoding.BigEndianUnicode.GetString(bytes),
        1 when encoding == 0 => MacRoman.Decode(bytes),
        _ => null, // Mac CJK and legacy Windows code pages: their Windows UTF-16 twins cover them
    };
}
