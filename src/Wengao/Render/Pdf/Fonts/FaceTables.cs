namespace Wengao.Render.Pdf.Fonts;

/// <summary>The parts of a face the layout needs, parsed once from standalone sfnt bytes when the face is first used.</summary>
internal sealed class FaceTables
{
    private readonly CharacterMap _cmap;
    private readonly ushort[] _advances;

    public FaceTables(byte[] data)
    {
        Data = data;
        ReadOnlySpan<byte> file = data;
        var dir = TableDirectory.Parse(file);

        UnitsPerEm = BigEndian.U16(dir.Slice(file, "head"), 18);
        if (UnitsPerEm == 0)
            throw new InvalidDataException("font head.unitsPerEm is zero");

        var hhea = dir.Slice(file, "hhea");
        double ascender = BigEndian.S16(hhea, 4), descender = BigEndian.S16(hhea, 6);
        if (dir.TryGet("OS/2", out var os2Record) && os2Record.Length >= 72)
        {
            var os2 = TableDirectory.Slice(file, os2Record);
            // USE_TYPO_METRICS (fsSelection bit 7) says the typo values are the designed ones; hhea zeros are broken fonts.
            bool useTypo = (BigEndian.U16(os2, 62) & 0x80) != 0 || (ascender == 0 && descender == 0);
            if (useTypo)
                (ascender, descender) = (BigEndian.S16(os2, 68), BigEndian.S16(os2, 70));
        }
        AscenderEm = ascender / UnitsPerEm;
        DescenderEm = descender / UnitsPerEm;

        int metricsCount = BigEndian.U16(hhea, 34);
        var hmtx = dir.Slice(file, "hmtx");
        metricsCount = Math.Min(metricsCount, hmtx.Length / 4);
        if (metricsCount == 0)
            throw new InvalidDataException("font has no horizontal metrics");
        _advances = new ushort[metricsCount];
        for (int i = 0; i < metricsCount; i++)
            _advances[i] = BigEndian.U16(hmtx, 4 * i);

        _cmap = CharacterMap.Parse(dir.Slice(file, "cmap"));
    }

    public byte[] Data { get; }

    public int UnitsPerEm { get; }

    public double AscenderEm { get; }

    public double DescenderEm { get; }

    public int GlyphFor(int codepoint) => _cmap.GlyphFor(codepoint);

    /// <summary>Glyphs past numberOfHMetrics share the last advance (monospaced tail), per the hmtx spec.</summary>
    public double AdvanceEm(int glyph) => (double)_advances[Math.Min(glyph, _advances.Length - 1)] / UnitsPerEm;

    /// <summary>
    /// A glyph's width as the PDF's /W gives it, in thousandths of the em (ISO 32000-1 §9.7.4.3), as PDFsharp 6.2.4 writes
    /// it (OpenTypeDescriptor.GlyphIndexToPdfWidth): the advance × 1000 / unitsPerEm, truncated. A reader advances by this.
    /// </summary>
    public int PdfWidth(int glyph) => _advances[Math.Min(glyph, _advances.Length - 1)] * 1000 / UnitsPerEm;
}
