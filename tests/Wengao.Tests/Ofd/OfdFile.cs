using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Wengao.Tests.Ofd;

/// <summary>A glyph of an OFD page as GB/T 33190 places it: its text, its origin on the baseline (mm from the page's top left), its font and fill.</summary>
public sealed record PackageGlyph(string Text, double X, double Y, string Font, double Size, string Fill);

/// <summary>A path object of an OFD page: its stroke and fill colours, line width, and its points on the page (mm).</summary>
public sealed record PackagePath(string? Stroke, string? Fill, double LineWidth, IReadOnlyList<(double X, double Y)> Points);

/// <summary>
/// An OFD package read as the standard says, written for the tests apart from Wengao's writer: OFD.xml's DocRoot, the
/// document's pages in order at their BaseLoc (relative to Document.xml), each page's text objects placed by their
/// Boundary, CTM and TextCode (X, Y, DeltaX with its "g" runs), path objects by their Boundary and AbbreviatedData.
/// </summary>
public sealed class OfdFile : IDisposable
{
    public static readonly XNamespace Ns = "http://www.ofdspec.org/2016";
    private readonly ZipArchive _zip;

    public OfdFile(string path)
    {
        _zip = ZipFile.OpenRead(path);
        Entry = Part("OFD.xml");
        DocRoot = Entry.Descendants(Ns + "DocRoot").Single().Value.TrimStart('/');
        Folder = DocRoot[..(DocRoot.LastIndexOf('/') + 1)];
        Document = Part(DocRoot);
        Pages = [.. Document.Element(Ns + "Document")!.Element(Ns + "Pages")!.Elements(Ns + "Page")
            .Select(p => ((string)p.Attribute("ID")!, Folder + ((string)p.Attribute("BaseLoc")!).TrimStart('/')))];
    }

    public XDocument Entry { get; }
    public string DocRoot { get; }

    /// <summary>The document's folder in the package, with its slash (Doc_0/).</summary>
    public string Folder { get; }

    public XDocument Document { get; }
    public IReadOnlyList<(string Id, string Path)> Pages { get; }

    public IEnumerable<string> PartNames => _zip.Entries.Select(e => e.FullName);

    public bool Has(string part) => _zip.GetEntry(part) is not null;

    public XDocument Part(string part)
    {
        using var stream = (_zip.GetEntry(part) ?? throw new FileNotFoundException(part)).Open();
        return XDocument.Load(stream);
    }

    public byte[] Bytes(string part)
    {
        using var stream = _zip.GetEntry(part)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public XDocument Page(int index) => Part(Pages[index].Path);

    /// <summary>The public resources' part and folder (its BaseLoc), where the font files are.</summary>
    public (string Part, string Folder) PublicRes
    {
        get
        {
            var part = Folder + Document.Descendants(Ns + "PublicRes").Single().Value;
            var baseLoc = (string?)Part(part).Root!.Attribute("BaseLoc") ?? "";
            return (part, Folder + (baseLoc.Length > 0 ? baseLoc + "/" : ""));
        }
    }

    public static double[] Numbers(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => double.Parse(n, CultureInfo.InvariantCulture))];

    /// <summary>DeltaX written out: "g N v" is N times v.</summary>
    public static List<double> Deltas(string? text)
    {
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var deltas = new List<double>();
        for (var i = 0; i < parts.Length; i++)
            if (parts[i] == "g")
            {
                var n = int.Parse(parts[++i], CultureInfo.InvariantCulture);
                var v = double.Parse(parts[++i], CultureInfo.InvariantCulture);
                deltas.AddRange(Enumerable.Repeat(v, n));
            }
            else deltas.Add(double.Parse(parts[i], CultureInfo.InvariantCulture));
        return deltas;
    }

    public List<PackageGlyph> Glyphs(int page) => GlyphsOf(Page(page));

    /// <summary>The glyphs of a page's content: each placed by its object's Boundary and CTM, its TextCode's X, Y and DeltaX.</summary>
    public static List<PackageGlyph> GlyphsOf(XContainer content)
    {
        var glyphs = new List<PackageGlyph>();
        foreach (var text in content.Descendants(Ns + "TextObject"))
        {
            var box = Numbers((string?)text.Attribute("Boundary"));
            var ctm = Numbers((string?)text.Attribute("CTM")) is { Length: 6 } m ? m : [1, 0, 0, 1, 0, 0];
            var fill = (string?)text.Element(Ns + "FillColor")?.Attribute("Value") ?? "0 0 0";
            foreach (var code in text.Elements(Ns + "TextCode"))
            {
                var (x, y) = (double.Parse((string)code.Attribute("X")!, CultureInfo.InvariantCulture), double.Parse((string)code.Attribute("Y")!, CultureInfo.InvariantCulture));
                var deltas = Deltas((string?)code.Attribute("DeltaX"));
                var i = 0;
                foreach (var rune in code.Value.EnumerateRunes())
                {
                    if (i > 0) x += deltas[i - 1];
                    var (px, py) = (ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]);
                    glyphs.Add(new PackageGlyph(rune.ToString(), box[0] + px, box[1] + py, (string)text.Attribute("Font")!,
                        double.Parse((string)text.Attribute("Size")!, CultureInfo.InvariantCulture), fill));
                    i++;
                }
            }
        }
        return glyphs;
    }

    public List<PackagePath> Paths(int page) =>
    [
        .. Page(page).Descendants(Ns + "PathObject").Select(path =>
        {
            var box = Numbers((string?)path.Attribute("Boundary"));
            var tokens = path.Element(Ns + "AbbreviatedData")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var points = new List<(double, double)>();
            for (var i = 0; i < tokens.Length; i++)
                if (tokens[i] is "M" or "L")
                    points.Add((box[0] + double.Parse(tokens[++i], CultureInfo.InvariantCulture), box[1] + double.Parse(tokens[++i], CultureInfo.InvariantCulture)));
            return new PackagePath((string?)path.Element(Ns + "StrokeColor")?.Attribute("Value"), (string?)path.Element(Ns + "FillColor")?.Attribute("Value"),
                double.Parse((string?)path.Attribute("LineWidth") ?? "0.353", CultureInfo.InvariantCulture), points);
        }),
    ];

    public void Dispose() => _zip.Dispose();
}
