namespace Wengao.Render.Pdf.Fonts;

/// <summary>Mac Roman decoding, by table: the code-pages provider is not worth a global registration for 128 characters.</summary>
internal static class MacRoman
{
    private const string High =
        "ÄÅÇÉÑÖÜáàâäãåçéè" +
        "êëíìîïñóòôöõúùûü" +
        "†°¢£§•¶ß®©™´¨≠ÆØ" +
        "∞±≤≥¥µ∂∑∏π∫ªºΩæø" +
        "¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ" +
        "–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ" +
        "‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ" +
        "\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : High[bytes[i] - 0x80];
        return new string(chars);
    }
}
