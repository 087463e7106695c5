using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Wengao.Render.Pdf;

/// <summary>
/// What the typesetter and the drawings among its rows draw a page with: text at a baseline, lines, rectangles,
/// turns and squeezes about a point, and the structure element each thing drawn belongs to. One page of the setter's
/// pages is drawn once onto a PDF page (<see cref="PdfCanvas"/>) and once, the same calls in the same order, into an
/// OFD page's objects (Render/Ofd), so the two lay out to the glyph alike. Points, y down from the page's top.
/// </summary>
internal interface IPageCanvas
{
    /// <summary>The advance of <paramref name="text"/> in <paramref name="font"/>, as PDFsharp lays it out.</summary>
    double Measure(string text, XFont font);

    /// <summary><paramref name="text"/> from <paramref name="x"/> on <paramref name="baseline"/>, each glyph at its font's advance.</summary>
    void Text(string text, XFont font, XBrush brush, double x, double baseline);

    /// <summary>
    /// Pieces of text in one font on <paramref name="baseline"/>, in order, each from its own x (a line's characters on the
    /// grid), each piece's glyphs at the font's advances: as <see cref="Text(string, XFont, XBrush, double, double)"/> of each piece.
    /// </summary>
    void Text(IReadOnlyList<(string Text, double X)> pieces, XFont font, XBrush brush, double baseline);

    void Line(XPen pen, double x1, double y1, double x2, double y2);

    /// <summary>A rectangle's outline.</summary>
    void Rectangle(XPen pen, double x, double y, double width, double height);

    /// <summary>A filled rectangle.</summary>
    void Rectangle(XBrush brush, double x, double y, double width, double height);

    /// <summary>Keeps the transform, to be restored by the next <see cref="Restore"/>.</summary>
    void Save();

    void Restore();

    /// <summary>Turns what follows by <paramref name="degrees"/> (clockwise, y running down) about <paramref name="centre"/>.</summary>
    void RotateAt(double degrees, XPoint centre);

    /// <summary>Scales what follows about <paramref name="at"/> (a masthead narrowed to its fit).</summary>
    void ScaleAt(double x, double y, XPoint at);

    /// <summary>What follows, to <see cref="End"/>, is one element of the document's structure (a heading, a paragraph).</summary>
    void BeginElement(PdfBlockLevelElementTag tag);

    /// <summary>What follows, to <see cref="End"/>, is not the document's text (folios, margin notes, a watermark).</summary>
    void BeginArtifact();

    void End();
}

/// <summary>The canvas of a PDF page: PDFsharp's graphics, tagged through the document's structure builder.</summary>
/// <param name="fonts">the document's fonts, whose faces give the widths a run of pieces is placed by</param>
internal sealed class PdfCanvas(XGraphics graphics, StructureBuilder structure, FontCache fonts) : IPageCanvas
{
    private readonly Stack<XGraphicsState> _states = [];

    public double Measure(string text, XFont font) => graphics.MeasureString(text, font).Width;

    public void Text(string text, XFont font, XBrush brush, double x, double baseline) =>
        graphics.DrawString(text, font, brush, x, baseline, XStringFormats.Default);

    public void Text(IReadOnlyList<(string Text, double X)> pieces, XFont font, XBrush brush, double baseline) =>
        PdfTextRun.Draw(graphics, pieces, font, fonts.FaceOf(font).Face, brush, baseline);

    public void Line(XPen pen, double x1, double y1, double x2, double y2) => graphics.DrawLine(pen, x1, y1, x2, y2);

    public void Rectangle(XPen pen, double x, double y, double width, double height) => graphics.DrawRectangle(pen, x, y, width, height);

    public void Rectangle(XBrush brush, double x, double y, double width, double height) => graphics.DrawRectangle(brush, x, y, width, height);

    public void Save() => _states.Push(graphics.Save());

    public void Restore() => graphics.Restore(_states.Pop());

    public void RotateAt(double degrees, XPoint centre) => graphics.RotateAtTransform(degrees, centre);

    public void ScaleAt(double x, double y, XPoint at) => graphics.ScaleAtTransform(x, y, at);

    public void BeginElement(PdfBlockLevelElementTag tag) => structure.BeginElement(tag);

    public void BeginArtifact() => structure.BeginArtifact();

    public void End() => structure.End();
}
