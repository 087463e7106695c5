namespace Wengao.Render.Pdf.Fonts;

/// <summary>One entry of an sfnt table directory. Offsets are absolute within the containing file.</summary>
internal readonly record struct TableRecord(string Tag, uint Checksum, uint Offset, uint Length);

/// <summary>The offset table of one sfnt face: its version tag and where each table lives.</summary>
internal sealed class TableDirectory
{
    public const uint TrueTypeVersion = 0x00010000;
    public const uint OttoVersion = 0x4F54544F; // 'OTTO': CFF outlines

    private readonly Dictionary<string, TableRecord> _byTag;

    private TableDirectory(uint sfntVersion, IReadOnlyList<TableRecord> tables)
    {
        SfntVersion = sfntVersion;
        Tables = tables;
        _byTag = new Dictionary<string, TableRecord>(StringComparer.Ordinal);
        foreach (var t in tables)
            _byTag.TryAdd(t.Tag, t);
    }

    public uint SfntVersion { get; }

    public IReadOnlyList<TableRecord> Tables { get; }

    /// <summary>Only glyf outlines can be subset by PDFsharp; CFF would be embedded whole or fail.</summary>
    public bool HasTrueTypeOutlines =>
        SfntVersion != OttoVersion && Has("glyf") && Has("loca") && !Has("CFF ") && !Has("CFF2");

    public bool Has(string tag) => _byTag.ContainsKey(tag);

    public bool TryGet(string tag, out TableRecord record) => _byTag.TryGetValue(tag, out record);

    /// <summary>Length in bytes of the offset table with <paramref name="numTables"/> records.</summary>
    public static int SizeFor(int numTables) => 12 + 16 * numTables;

    /// <summary>Parses the offset table at the start of <paramref name="header"/> (which must hold <see cref="SizeFor"/> bytes).</summary>
    public static TableDirectory Parse(ReadOnlySpan<byte> header)
    {
        uint version = BigEndian.U32(header, 0);
        if (version != TrueTypeVersion && version != OttoVersion && version != 0x74727565 /* 'true' (old Apple) */)
            throw new InvalidDataException($"not an sfnt font (version 0x{version:X8})");
        int numTables = BigEndian.U16(header, 4);
        var tables = new TableRecord[numTables];
        for (int i = 0; i < numTables; i++)
        {
            int at = 12 + 16 * i;
            tables[i] = new TableRecord(BigEndian.Tag(header, at), BigEndian.U32(header, at + 4), BigEndian.U32(header, at + 8), BigEndian.U32(header, at + 12));
        }
        return new TableDirectory(version, tables);
    }

    /// <summary>The bytes of a table inside the whole file <paramref name="file"/>.</summary>
    public ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> file, string tag)
    {
        if (!TryGet(tag, out var r))
            throw new InvalidDataException($"font has no '{tag.TrimEnd()}' table");
        return Slice(file, r);
    }

    public static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> file, TableRecord r)
    {
        if (r.Offset > (uint)file.Length || r.Length > (uint)file.Length - r.Offset)
            throw new InvalidDataException($"font table '{r.Tag.TrimEnd()}' lies outside the file");
        return file.Slice((int)r.Offset, (int)r.Length);
    }
}
