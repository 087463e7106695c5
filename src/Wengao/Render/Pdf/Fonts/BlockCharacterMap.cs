namespace Wengao.Render.Pdf.Fonts;

/// <summary>
/// A face's bytes as PDFsharp is given them: the same, but for a character map it looks characters up in quickly.
/// PDFsharp 6.2.4 finds each character drawn or measured by walking the format 4 subtable's segments from the first
/// (OpenTypeDescriptor.BmpCodepointToGlyphIndex): AR PL SungtiL GB and KaitiM GB have 3,641, a CJK character is past
/// most of them, and the walk was 3–5 % of a build's CPU. The faces get, appended, a format 4 subtable of one segment
/// per 256-character block that maps anything (unmapped characters in it to glyph 0 through the glyph array), which
/// maps every character as the face's own does; the (3,1) and Unicode records point at it. The tables PDFsharp
/// embeds do not include the cmap (its CID subsets have none), so the PDFs do not change.
/// </summary>
internal static class BlockCharacterMap
{
    private const int Block = 256;

    /// <summary>A subtable with no more segments than this is walked quickly enough: left as it is.</summary>
    private const int Few = 300;

    /// <summary>The bytes for PDFsharp: <paramref name="data"/> itself where its map is short, or cannot be written in blocks (format 4 holds 64 KB).</summary>
    public static byte[] For(byte[] data)
    {
        var dir = TableDirectory.Parse(data);
        if (!dir.TryGet("cmap", out var record)) return data;
        var cmap = TableDirectory.Slice(data, record);
        var records = new List<int>();
        var format4 = -1;
        for (var i = 0; i < BigEndian.U16(cmap, 2); i++)
        {
            int at = 4 + 8 * i, platform = BigEndian.U16(cmap, at), encoding = BigEndian.U16(cmap, at + 2);
            var offset = (int)BigEndian.U32(cmap, at + 4);
            if (platform is not (0 or 3) || offset + 8 > cmap.Length || BigEndian.U16(cmap, offset) != 4) continue;
            if (platform == 3 && encoding != 1 && encoding != 10) continue;
            if (format4 >= 0 && offset != format4) return data; // two different format 4 maps: not this simple case
            format4 = offset;
            records.Add(at);
        }
        if (format4 < 0 || BigEndian.U16(cmap, format4 + 6) / 2 <= Few) return data;
        if (Blocks(CharacterMap.Format4(cmap[format4..])) is not { } table) return data;

        // The new subtable after the old cmap, the cmap after the last table: nothing else moves.
        var cmapLength = (cmap.Length + 3) & ~3;
        var newCmap = new byte[cmapLength + table.Length];
        cmap.CopyTo(newCmap);
        table.CopyTo(newCmap, cmapLength);
        foreach (var at in records) BigEndian.WriteU32(newCmap, at + 4, (uint)cmapLength);
        var start = (data.Length + 3) & ~3;
        var font = new byte[start + ((newCmap.Length + 3) & ~3)];
        data.CopyTo(font, 0);
        newCmap.CopyTo(font, start);
        var index = dir.Tables.ToList().FindIndex(t => t.Tag == "cmap");
        BigEndian.WriteU32(font, 12 + 16 * index + 4, GlyphSubset.Checksum(newCmap));
        BigEndian.WriteU32(font, 12 + 16 * index + 8, (uint)start);
        BigEndian.WriteU32(font, 12 + 16 * index + 12, (uint)newCmap.Length);
        if (dir.TryGet("head", out var head))
        {
            BigEndian.WriteU32(font, (int)head.Offset + 8, 0);
            BigEndian.WriteU32(font, (int)head.Offset + 8, GlyphSubset.WholeFont - GlyphSubset.Checksum(font));
        }
        return font;
    }

    /// <summary>Format 4 with a segment for each block of <paramref name="bmp"/> that maps anything, from its first mapped character to its last; null if it would not fit.</summary>
    private static byte[]? Blocks(ushort[] bmp)
    {
        var segments = new List<(int Start, int End)>();
        for (var block = 0; block < 0x10000; block += Block)
        {
            var (first, last) = (-1, -1);
            for (var c = block; c < block + Block && c < 0xFFFF; c++)
                if (bmp[c] != 0) (first, last) = (first < 0 ? c : first, c);
            if (first >= 0) segments.Add((first, last));
        }
        var count = segments.Count + 1; // and the final 0xFFFF segment
        var glyphs = segments.Sum(s => s.End - s.Start + 1);
        var length = 16 + 8 * count + 2 * glyphs;
        if (length > ushort.MaxValue) return null;
        var table = new byte[length];
        BigEndian.WriteU16(table, 0, 4);
        BigEndian.WriteU16(table, 2, length);
        BigEndian.WriteU16(table, 6, 2 * count);
        var selector = (int)Math.Log2(count);
        BigEndian.WriteU16(table, 8, 2 << selector);
        BigEndian.WriteU16(table, 10, selector);
        BigEndian.WriteU16(table, 12, 2 * count - (2 << selector));
        int ends = 14, starts = 16 + 2 * count, deltas = starts + 2 * count, ranges = deltas + 2 * count, array = ranges + 2 * count;
        var at = array;
        for (var s = 0; s < segments.Count; s++)
        {
            var (first, last) = segments[s];
            BigEndian.WriteU16(table, ends + 2 * s, last);
            BigEndian.WriteU16(table, starts + 2 * s, first);
            // idRangeOffset: from its own slot to the segment's first glyph in the array; idDelta stays 0.
            BigEndian.WriteU16(table, ranges + 2 * s, at - (ranges + 2 * s));
            for (var c = first; c <= last; c++, at += 2) BigEndian.WriteU16(table, at, bmp[c]);
        }
        BigEndian.WriteU16(table, ends + 2 * segments.Count, 0xFFFF);
        BigEndian.WriteU16(table, starts + 2 * segments.Count, 0xFFFF);
        BigEndian.WriteU16(table, deltas + 2 * segments.Count, 1); // 0xFFFF + 1 → glyph 0
        return table; // every idRangeOffset lies within the table, which is under 64 KB
    }
}
