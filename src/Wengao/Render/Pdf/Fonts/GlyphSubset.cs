namespace Wengao.Render.Pdf.Fonts;

/// <summary>
/// A TrueType subset of a face holding only the glyphs some characters draw (and the glyphs those are composed of),
/// renumbered from 1 in the face's order after .notdef: glyf, loca, hmtx and a cmap of those characters alone (format 4,
/// and format 12 where one lies beyond the BMP), hinting kept; tables indexed by the old glyph ids (kerning, bitmaps,
/// vertical metrics, layout) left out, and post reduced to version 3 (no glyph names). What the OFD embeds, as the
/// PDF embeds PDFsharp's subset of the same glyphs.
/// </summary>
internal static class GlyphSubset
{
    /// <summary>Tables copied as they are: they do not index glyphs (head, hhea, maxp are patched below).</summary>
    private static readonly string[] Kept = ["OS/2", "cvt ", "fpgm", "gasp", "head", "hhea", "maxp", "name", "prep"];

    // Composite glyph flags (OpenType glyf table): what follows each component's glyph index.
    private const int ArgsAreWords = 0x0001, HaveScale = 0x0008, MoreComponents = 0x0020, HaveXyScale = 0x0040, HaveTwoByTwo = 0x0080;

    public static byte[] Of(SfntFace face, IEnumerable<int> characters)
    {
        ReadOnlySpan<byte> file = face.Data;
        var dir = TableDirectory.Parse(file);
        if (!dir.HasTrueTypeOutlines) throw new InvalidDataException($"{face} has no TrueType outlines to subset");
        var head = dir.Slice(file, "head");
        var longLoca = BigEndian.S16(head, 50) == 1;
        var glyphCount = BigEndian.U16(dir.Slice(file, "maxp"), 4);
        var loca = dir.Slice(file, "loca").ToArray();
        var glyf = dir.Slice(file, "glyf");
        int Offset(int g) => longLoca ? (int)BigEndian.U32(loca, 4 * g) : 2 * BigEndian.U16(loca, 2 * g);

        var map = characters.Select(c => (Char: c, Glyph: face.GlyphId(c))).Where(m => m.Glyph != 0).ToList();
        var keep = new SortedSet<int>();
        var pending = new Stack<int>([0, .. map.Select(m => m.Glyph)]);
        while (pending.TryPop(out var g))
        {
            if (g >= glyphCount || !keep.Add(g)) continue;
            foreach (var (component, _) in Components(glyf, Offset(g), Offset(g + 1))) pending.Push(component);
        }
        var renumber = keep.Select((old, i) => (old, i)).ToDictionary(p => p.old, p => p.i);

        // glyf and loca (long offsets, 4-byte aligned glyphs), components pointed at their new numbers.
        using var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (keep.Count + 1)];
        var index = 0;
        foreach (var old in keep)
        {
            BigEndian.WriteU32(newLoca, 4 * index++, (uint)newGlyf.Length);
            var glyph = glyf[Offset(old)..Offset(old + 1)].ToArray();
            foreach (var (component, at) in Components(glyf, Offset(old), Offset(old + 1)))
                BigEndian.WriteU16(glyph, at, renumber.GetValueOrDefault(component)); // a component past the face's glyphs: .notdef
            newGlyf.Write(glyph);
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        BigEndian.WriteU32(newLoca, 4 * index, (uint)newGlyf.Length);

        // hmtx: every kept glyph a full metric; past numberOfHMetrics the face's glyphs share its last advance.
        var hhea = dir.Slice(file, "hhea");
        var metrics = BigEndian.U16(hhea, 34);
        var hmtx = dir.Slice(file, "hmtx");
        var newHmtx = new byte[4 * keep.Count];
        index = 0;
        foreach (var old in keep)
        {
            var advance = BigEndian.U16(hmtx, 4 * Math.Min(old, metrics - 1));
            var bearing = old < metrics ? BigEndian.U16(hmtx, 4 * old + 2) : BigEndian.U16(hmtx, 4 * metrics + 2 * (old - metrics));
            BigEndian.WriteU16(newHmtx, 4 * index, advance);
            BigEndian.WriteU16(newHmtx, 4 * index++ + 2, bearing);
        }

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = newGlyf.ToArray(), ["loca"] = newLoca, ["hmtx"] = newHmtx,
            ["cmap"] = CharacterMaps([.. map.Select(m => (m.Char, renumber[m.Glyph])).Distinct().OrderBy(m => m.Char)]),
            ["post"] = Post(dir.Slice(file, "post")),
        };
        foreach (var tag in Kept)
            if (dir.TryGet(tag, out var record)) tables[tag] = TableDirectory.Slice(file, record).ToArray();
        BigEndian.WriteU16(tables["head"], 50, 1); // long loca offsets
        BigEndian.WriteU16(tables["maxp"], 4, keep.Count);
        BigEndian.WriteU16(tables["hhea"], 34, keep.Count);
        return Sfnt(tables);
    }

    /// <summary>The components of a composite glyph (between <paramref name="start"/> and <paramref name="end"/> of glyf), with where each one's index stands in the glyph.</summary>
    private static List<(int Glyph, int At)> Components(ReadOnlySpan<byte> glyf, int start, int end)
    {
        var found = new List<(int, int)>();
        if (end - start < 10 || BigEndian.S16(glyf, start) >= 0) return found;
        var at = 10;
        int flags;
        do
        {
            flags = BigEndian.U16(glyf, start + at);
            found.Add((BigEndian.U16(glyf, start + at + 2), at + 2));
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2)
                + ((flags & HaveScale) != 0 ? 2 : (flags & HaveXyScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0);
        }
        while ((flags & MoreComponents) != 0 && start + at + 4 <= end);
        return found;
    }

    /// <summary>post version 3.0: the face's italic angle, underline and pitch kept, no glyph names.</summary>
    private static byte[] Post(ReadOnlySpan<byte> post)
    {
        var table = post[..32].ToArray();
        BigEndian.WriteU32(table, 0, 0x00030000);
        return table;
    }

    /// <summary>cmap with Windows Unicode subtables: format 4 for the BMP (one segment a character), format 12 for all where any lies beyond it.</summary>
    private static byte[] CharacterMaps(IReadOnlyList<(int Char, int Glyph)> map)
    {
        var bmp = map.Where(m => m.Char <= 0xFFFE).ToList();
        var format4 = Format4([.. bmp.Take(Format4Most)]);
        var wide = map.Any(m => m.Char > 0xFFFF) || bmp.Count > Format4Most;
        var format12 = wide ? Format12(map) : [];
        var count = wide ? 2 : 1;
        var table = new byte[4 + 8 * count + format4.Length + format12.Length];
        BigEndian.WriteU16(table, 2, count);
        BigEndian.WriteU16(table, 4, 3); BigEndian.WriteU16(table, 6, 1); BigEndian.WriteU32(table, 8, (uint)(4 + 8 * count));
        if (wide) { BigEndian.WriteU16(table, 12, 3); BigEndian.WriteU16(table, 14, 10); BigEndian.WriteU32(table, 16, (uint)(4 + 8 * count + format4.Length)); }
        format4.CopyTo(table, 4 + 8 * count);
        format12.CopyTo(table, 4 + 8 * count + format4.Length);
        return table;
    }

    /// <summary>Format 4's length is 16 bits: at 8 bytes a segment it holds this many characters; format 12 holds them all.</summary>
    private const int Format4Most = 8000;

    private static byte[] Format4(IReadOnlyList<(int Char, int Glyph)> map)
    {
        var segments = map.Count + 1; // and the final 0xFFFF segment
        var table = new byte[16 + 8 * segments];
        BigEndian.WriteU16(table, 0, 4);
        BigEndian.WriteU16(table, 2, table.Length);
        BigEndian.WriteU16(table, 6, 2 * segments);
        var selector = (int)Math.Log2(segments);
        BigEndian.WriteU16(table, 8, 2 << selector);
        BigEndian.WriteU16(table, 10, selector);
        BigEndian.WriteU16(table, 12, 2 * segments - (2 << selector));
        var (ends, starts, deltas) = (14, 16 + 2 * segments, 16 + 4 * segments);
        for (var i = 0; i < segments; i++)
        {
            var (c, g) = i < map.Count ? map[i] : (0xFFFF, 0); // the last segment maps 0xFFFF to .notdef
            BigEndian.WriteU16(table, ends + 2 * i, c);
            BigEndian.WriteU16(table, starts + 2 * i, c);
            BigEndian.WriteU16(table, deltas + 2 * i, (g - c) & 0xFFFF); // idRangeOffset stays 0: glyph = char + delta
        }
        return table;
    }

    private static byte[] Format12(IReadOnlyList<(int Char, int Glyph)> map)
    {
        var table = new byte[16 + 12 * map.Count];
        BigEndian.WriteU16(table, 0, 12);
        BigEndian.WriteU32(table, 4, (uint)table.Length);
        BigEndian.WriteU32(table, 12, (uint)map.Count);
        for (var i = 0; i < map.Count; i++)
        {
            BigEndian.WriteU32(table, 16 + 12 * i, (uint)map[i].Char);
            BigEndian.WriteU32(table, 20 + 12 * i, (uint)map[i].Char);
            BigEndian.WriteU32(table, 24 + 12 * i, (uint)map[i].Glyph);
        }
        return table;
    }

    /// <summary>The tables as one sfnt, in tag order, each 4-byte aligned with its checksum, head's checkSumAdjustment set.</summary>
    private static byte[] Sfnt(SortedDictionary<string, byte[]> tables)
    {
        var n = tables.Count;
        var size = TableDirectory.SizeFor(n) + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var output = new byte[size];
        var selector = (int)Math.Log2(n);
        BigEndian.WriteU32(output, 0, TableDirectory.TrueTypeVersion);
        BigEndian.WriteU16(output, 4, n);
        BigEndian.WriteU16(output, 6, 16 << selector);
        BigEndian.WriteU16(output, 8, selector);
        BigEndian.WriteU16(output, 10, 16 * n - (16 << selector));
        BigEndian.WriteU32(tables["head"], 8, 0);
        var (offset, i, headAt) = (TableDirectory.SizeFor(n), 0, 0);
        foreach (var (tag, data) in tables)
        {
            var at = 12 + 16 * i++;
            for (var k = 0; k < 4; k++) output[at + k] = (byte)tag[k];
            BigEndian.WriteU32(output, at + 4, Checksum(data));
            BigEndian.WriteU32(output, at + 8, (uint)offset);
            BigEndian.WriteU32(output, at + 12, (uint)data.Length);
            if (tag == "head") headAt = offset;
            data.CopyTo(output, offset);
            offset += (data.Length + 3) & ~3;
        }
        BigEndian.WriteU32(output, headAt + 8, WholeFont - Checksum(output));
        return output;
    }

    /// <summary>What a whole font's checksum comes to with head's checkSumAdjustment in it (OpenType, head).</summary>
    internal const uint WholeFont = 0xB1B0AFBA;

    /// <summary>An sfnt checksum: the sum of the big-endian 32-bit words, the last padded with zeros (OpenType, table directory).</summary>
    internal static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4) sum += System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        if (i < data.Length)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++) word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            sum += word;
        }
        return sum;
    }
}
