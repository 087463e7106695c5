namespace Wengao.Render.Pdf.Fonts;

/// <summary>
/// Codepoint → glyph id, built once from the 'cmap' table. The layout asks for every character of every
/// document, so the BMP is a flat array and supplementary planes are binary-searched format-12 groups.
/// </summary>
internal sealed class CharacterMap
{
    private readonly ushort[] _bmp = new ushort[0x10000];
    private readonly List<(int Start, int End, int Glyph)> _astral = [];

    private CharacterMap() { }

    public int GlyphFor(int codepoint)
    {
        if ((uint)codepoint < 0x10000)
            return _bmp[codepoint];
        int lo = 0, hi = _astral.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var g = _astral[mid];
            if (codepoint < g.Start) hi = mid - 1;
            else if (codepoint > g.End) lo = mid + 1;
            else return (g.Glyph + codepoint - g.Start) & 0xFFFF;
        }
        return 0;
    }

    /// <summary>Uses the first supported subtable in the order 3/10, 3/1, 0/x; an unusable cmap maps nothing.</summary>
    public static CharacterMap Parse(ReadOnlySpan<byte> cmap)
    {
        var map = new CharacterMap();
        int count = BigEndian.U16(cmap, 2);
        var candidates = new List<(int Rank, int Offset)>();
        for (int i = 0; i < count; i++)
        {
            int at = 4 + 8 * i;
            int platform = BigEndian.U16(cmap, at), encoding = BigEndian.U16(cmap, at + 2);
            int rank = (platform, encoding) switch { (3, 10) => 0, (3, 1) => 1, (0, _) => 2, _ => -1 };
            if (rank >= 0)
                candidates.Add((rank, (int)BigEndian.U32(cmap, at + 4)));
        }
        foreach (var (_, offset) in candidates.OrderBy(c => c.Rank))
        {
            if (offset < 0 || offset + 2 > cmap.Length)
                continue;
            var sub = cmap[offset..];
            switch (BigEndian.U16(sub, 0))
            {
                case 4: map.ReadFormat4(sub); return map;
                case 12: map.ReadFormat12(sub); return map;
            }
        }
        return map;
    }

    /// <summary>What a format 4 subtable maps each BMP character to (0: nothing).</summary>
    public static ushort[] Format4(ReadOnlySpan<byte> sub)
    {
        var map = new CharacterMap();
        map.ReadFormat4(sub);
        return map._bmp;
    }

    private void ReadFormat4(ReadOnlySpan<byte> sub)
    {
        int segCount = BigEndian.U16(sub, 6) / 2;
        int ends = 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, ranges = deltas + 2 * segCount;
        for (int s = 0; s < segCount; s++)
        {
            int end = BigEndian.U16(sub, ends + 2 * s), start = BigEndian.U16(sub, starts + 2 * s);
            int delta = BigEndian.U16(sub, deltas + 2 * s), rangeOffset = BigEndian.U16(sub, ranges + 2 * s);
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                    glyph = (c + delta) & 0xFFFF;
                else
                {
                    // idRangeOffset is relative to its own slot in the idRangeOffset array.
                    int at = ranges + 2 * s + rangeOffset + 2 * (c - start);
                    if (at + 2 > sub.Length) break;
                    int raw = BigEndian.U16(sub, at);
                    glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF;
                }
                _bmp[c] = (ushort)glyph;
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> sub)
    {
        long groups = BigEndian.U32(sub, 12);
        for (long i = 0; i < groups && 16 + 12 * i + 12 <= sub.Length; i++)
        {
            int at = (int)(16 + 12 * i);
            int start = (int)BigEndian.U32(sub, at), end = (int)BigEndian.U32(sub, at + 4), glyph = (int)BigEndian.U32(sub, at + 8);
            if (start < 0 || end < start || end > 0x10FFFF)
                continue;
            for (int c = start; c <= Math.Min(end, 0xFFFF); c++)
                _bmp[c] = (ushort)((glyph + c - start) & 0xFFFF);
            if (end >= 0x10000)
            {
                int s = Math.Max(start, 0x10000);
                _astral.Add((s, end, glyph + s - start));
            }
        }
        _astral.Sort((a, b) => a.Start.CompareTo(b.Start));
    }
}
