namespace Wengao.Render.Pdf.Fonts;

/// <summary>
/// One TrueType/OpenType face: a .ttf, or one face of a .ttc. Names and outline kind come from the table
/// directory read at scan time; cmap, metrics and the standalone bytes load on first use, once.
/// </summary>
public sealed class SfntFace
{
    private readonly TableDirectory _directory;
    private readonly Lazy<FaceTables> _tables;
    private readonly bool _inCollection;
    private readonly Lazy<byte[]> _forPdfSharp;

    internal SfntFace(string sourcePath, int faceIndex, bool inCollection, TableDirectory directory,
        IReadOnlyList<string> familyNames, Func<byte[]> loadContainer)
    {
        SourcePath = sourcePath;
        FaceIndex = faceIndex;
        _inCollection = inCollection;
        _directory = directory;
        FamilyNames = familyNames;
        _tables = new Lazy<FaceTables>(() =>
        {
            byte[] container = loadContainer();
            // A .ttf is already standalone; keep its exact bytes.
            byte[] data = inCollection ? FaceExtractor.Extract(container, directory) : container;
            return new FaceTables(data);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        _forPdfSharp = new(() => BlockCharacterMap.For(Data), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string SourcePath { get; }

    public int FaceIndex { get; }

    /// <summary>Every family name (name IDs 1 and 16) in every language that decodes; US-English first.</summary>
    public IReadOnlyList<string> FamilyNames { get; }

    /// <summary>The first family name, or the file name for a font without usable names.</summary>
    public string DisplayName => FamilyNames.Count > 0 ? FamilyNames[0] : Path.GetFileNameWithoutExtension(SourcePath);

    /// <summary>True for glyf outlines; false for OpenType/CFF, which PDFsharp cannot subset.</summary>
    public bool HasTrueTypeOutlines => _directory.HasTrueTypeOutlines;

    public int UnitsPerEm => _tables.Value.UnitsPerEm;

    /// <summary>Ascender as a fraction of the em (positive).</summary>
    public double AscenderEm => _tables.Value.AscenderEm;

    /// <summary>Descender as a fraction of the em, negative below the baseline as stored in the font.</summary>
    public double DescenderEm => _tables.Value.DescenderEm;

    /// <summary>Standalone sfnt bytes; for a collection face, the extracted face.</summary>
    public byte[] Data => _tables.Value.Data;

    /// <summary>The bytes PDFsharp is given: <see cref="Data"/>, with a character map it walks quickly (<see cref="BlockCharacterMap"/>).</summary>
    internal byte[] PdfSharpData => _forPdfSharp.Value;

    public bool HasGlyph(int codepoint) => _tables.Value.GlyphFor(codepoint) != 0;

    /// <summary>Horizontal advance in ems; a missing character measures as .notdef, which is what gets drawn.</summary>
    public double AdvanceEm(int codepoint)
    {
        var t = _tables.Value;
        return t.AdvanceEm(t.GlyphFor(codepoint));
    }

    /// <summary>A glyph's width in a PDF's /W array (thousandths of the em), as PDFsharp writes it.</summary>
    internal int PdfWidth(int glyph) => _tables.Value.PdfWidth(glyph);

    /// <summary>The glyph id for a codepoint (0 = .notdef).</summary>
    public int GlyphId(int codepoint) => _tables.Value.GlyphFor(codepoint);

    /// <summary>The face as a user would name it in site.yml: path, plus #N inside a collection.</summary>
    public string Location => _inCollection ? $"{SourcePath}#{FaceIndex}" : SourcePath;

    public override string ToString() => $"{DisplayName} ({Location})";
}
