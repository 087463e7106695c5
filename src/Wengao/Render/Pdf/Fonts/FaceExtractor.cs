namespace Wengao.Render.Pdf.Fonts;

/// <summary>
/// Copies one face out of a collection into a standalone sfnt: PDFsharp 6.2.4 throws
/// NullReferenceException when handed a whole .ttc.
/// </summary>
internal static class FaceExtractor
{
    public static byte[] Extract(ReadOnlySpan<byte> container, TableDirectory directory)
    {
        var tables = directory.Tables;
        int headerSize = TableDirectory.SizeFor(tables.Count);
        long total = headerSize;
        foreach (var t in tables)
            total += Align4(t.Length);
        if (total > int.MaxValue)
            throw new InvalidDataException("font face too large to extract");

        var output = new byte[total];
        var span = output.AsSpan();
        int n = tables.Count;
        int entrySelector = n == 0 ? 0 : (int)Math.Log2(n);
        int searchRange = 16 << entrySelector;
        BigEndian.WriteU32(span, 0, directory.SfntVersion);
        BigEndian.WriteU16(span, 4, n);
        BigEndian.WriteU16(span, 6, searchRange);
        BigEndian.WriteU16(span, 8, entrySelector);
        BigEndian.WriteU16(span, 10, n * 16 - searchRange);

        long offset = headerSize;
        for (int i = 0; i < n; i++)
        {
            var t = tables[i];
            int at = 12 + 16 * i;
            for (int k = 0; k < 4; k++)
                span[at + k] = (byte)t.Tag[k];
            // Checksums are per table and unchanged by the move; only head.checkSumAdjustment goes stale, which readers ignore.
            BigEndian.WriteU32(span, at + 4, t.Checksum);
            BigEndian.WriteU32(span, at + 8, (uint)offset);
            BigEndian.WriteU32(span, at + 12, t.Length);
            TableDirectory.Slice(container, t).CopyTo(span[(int)offset..]);
            offset += Align4(t.Length);
        }
        return output;
    }

    private static long Align4(uint length) => (length + 3L) & ~3L;
}
