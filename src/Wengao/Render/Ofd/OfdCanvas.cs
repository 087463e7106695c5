using System.Text;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using Wengao.Render.Pdf;

namespace Wengao.Render.Ofd;

/// <summary>
/// One OFD page drawn by the typesetter: each call becomes a page object of its layer (GB/T 33190: 图元, 文字, 图形) — text as
/// a TextObject whose TextCode puts every glyph where PDFsharp puts it (X, Y at the first glyph's baseline; DeltaX the
/// advances: 文字定位), rules and frames as PathObjects with their colours. Consecutive glyphs of one face, size, colour
/// and baseline within one structure element join one TextCode, as a line of text is one in an OFD made by an office.
/// </summary>
/// <param name="measure">PDFsharp's measuring graphics, so that runs are placed as on the PDF page</param>
internal sealed class OfdCanvas(OfdResources resources, FontCache fonts, XGraphics measure) : IPageCanvas
{
    private readonly StringBuilder _objects = new();
    private readonly Stack<Affine> _saved = [];
    private readonly Stack<int> _open = [];
    private Affine _matrix = Affine.Identity;
    private PendingText? _pending;

    /// <summary>Each structure element drawn on the page, in order, with the ids of its objects.</summary>
    public List<(PdfBlockLevelElementTag Tag, List<int> Objects)> Elements { get; } = [];

    /// <summary>The page's objects, written.</summary>
    public string Objects
    {
        get
        {
            Flush();
            return _objects.ToString();
        }
    }

    public double Measure(string text, XFont font) => measure.MeasureString(text, font).Width;

    public void Text(string text, XFont font, XBrush brush, double x, double baseline)
    {
        var face = fonts.FaceOf(font);
        var colour = ((XSolidBrush)brush).Color;
        var at = x;
        foreach (var rune in text.EnumerateRunes())
        {
            var advance = face.Face.AdvanceEm(rune.Value) * font.Size;
            if (!Rune.IsWhiteSpace(rune)) Glyph(face, font, colour, rune, at, baseline, advance);
            at += advance;
        }
    }

    public void Text(IReadOnlyList<(string Text, double X)> pieces, XFont font, XBrush brush, double baseline)
    {
        foreach (var (text, x) in pieces) Text(text, font, brush, x, baseline);
    }

    private void Glyph(Wengao.Render.Pdf.Fonts.ResolvedFont face, XFont font, XColor colour, Rune rune, double x, double baseline, double advance)
    {
        var element = _open.Count > 0 ? _open.Peek() : -1;
        if (_pending is not { } run || !run.Continues(face, font.Size, font.Bold, colour, baseline, _matrix, element, x))
        {
            Flush();
            _pending = run = new PendingText(face, font.Size, font.Bold, colour, baseline, _matrix, element);
        }
        run.Glyphs.Add((rune, x, advance));
        resources.Use(face, rune.Value);
    }

    public void Line(XPen pen, double x1, double y1, double x2, double y2) => Path(pen, null, [(x1, y1), (x2, y2)], closed: false);

    public void Rectangle(XPen pen, double x, double y, double width, double height) =>
        Path(pen, null, [(x, y), (x + width, y), (x + width, y + height), (x, y + height)], closed: true);

    public void Rectangle(XBrush brush, double x, double y, double width, double height) =>
        Path(null, ((XSolidBrush)brush).Color, [(x, y), (x + width, y), (x + width, y + height), (x, y + height)], closed: true);

    public void Save() => _saved.Push(_matrix);

    public void Restore() => _matrix = _saved.Pop();

    public void RotateAt(double degrees, XPoint centre)
    {
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        _matrix = _matrix.After(Affine.About(centre, cos, sin, -sin, cos));
    }

    public void ScaleAt(double x, double y, XPoint at) => _matrix = _matrix.After(Affine.About(at, x, 0, 0, y));

    public void BeginElement(PdfBlockLevelElementTag tag)
    {
        Elements.Add((tag, []));
        _open.Push(Elements.Count - 1);
    }

    public void BeginArtifact() => _open.Push(-1);

    public void End() => _open.Pop();

    /// <summary>
    /// A path in page coordinates, its points turned and scaled as the page is (a path has no glyphs to keep upright):
    /// its Boundary the points' box grown by half the line, the points relative to it (图元: Boundary, 外接矩形).
    /// </summary>
    private void Path(XPen? pen, XColor? fill, (double X, double Y)[] points, bool closed)
    {
        Flush();
        var placed = points.Select(p => _matrix.Apply(p.X, p.Y)).Select(p => (X: OfdUnits.Mm(p.X), Y: OfdUnits.Mm(p.Y))).ToList();
        var scale = Math.Sqrt(Math.Abs(_matrix.A * _matrix.D - _matrix.B * _matrix.C));
        var width = pen is null ? 0 : OfdUnits.Mm(pen.Width * scale);
        var (left, top) = (placed.Min(p => p.X) - width / 2, placed.Min(p => p.Y) - width / 2);
        var (right, bottom) = (placed.Max(p => p.X) + width / 2, placed.Max(p => p.Y) + width / 2);
        var id = resources.NextId();
        Record(id);
        var data = string.Join(" ", placed.Select((p, i) => $"{(i == 0 ? "M" : "L")} {OfdUnits.Number(p.X - left)} {OfdUnits.Number(p.Y - top)}"));
        _objects.Append($"<ofd:PathObject ID=\"{id}\" Boundary=\"{OfdUnits.Box(left, top, right - left, bottom - top)}\"")
            .Append(pen is null ? " Stroke=\"false\" Fill=\"true\">" : $" LineWidth=\"{OfdUnits.Number(width)}\" Stroke=\"true\" Fill=\"false\">");
        if (pen is not null) _objects.Append($"<ofd:StrokeColor Value=\"{OfdUnits.Colour(pen.Color)}\"{OfdUnits.Alpha(pen.Color)}/>");
        if (fill is { } colour) _objects.Append($"<ofd:FillColor Value=\"{OfdUnits.Colour(colour)}\"{OfdUnits.Alpha(colour)}/>");
        _objects.Append($"<ofd:AbbreviatedData>{data}{(closed ? " C" : "")}</ofd:AbbreviatedData></ofd:PathObject>");
    }

    private void Record(int id)
    {
        if (_open.Count > 0 && _open.Peek() >= 0) Elements[_open.Peek()].Objects.Add(id);
    }

    /// <summary>Writes the text run being gathered as one TextObject.</summary>
    private void Flush()
    {
        if (_pending is not { } run) return;
        _pending = null;
        var id = resources.NextId();
        if (run.Element >= 0) Elements[run.Element].Objects.Add(id);
        _objects.Append(OfdText.Object(id, resources.FontId(run.Face), run));
    }
}

/// <summary>Glyphs gathered for one TextObject: one face, size, weight, colour, baseline and transform, in one element.</summary>
internal sealed record PendingText(Wengao.Render.Pdf.Fonts.ResolvedFont Face, double Size, bool Bold, XColor Colour, double Baseline, Affine Matrix, int Element)
{
    public List<(Rune Rune, double X, double Advance)> Glyphs { get; } = [];

    /// <summary>Whether a glyph drawn at <paramref name="x"/> goes on with this run: the same of everything, and further right.</summary>
    public bool Continues(Wengao.Render.Pdf.Fonts.ResolvedFont face, double size, bool bold, XColor colour, double baseline, Affine matrix, int element, double x) =>
        ReferenceEquals(face, Face) && size == Size && bold == Bold && colour == Colour && baseline == Baseline && matrix == Matrix
        && element == Element && x >= Glyphs[^1].X;
}
