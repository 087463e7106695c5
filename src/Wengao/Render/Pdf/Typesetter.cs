using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using Wengao.Model;
using Wengao.Render.Pdf.Layout;

namespace Wengao.Render.Pdf;

/// <summary>
/// Draws the rows of one document onto its pages, tagged for the structure tree (each group of rows one element;
/// page numbers, margin notes, the template's corner marks and watermark artifacts); keeps that document's XFonts.
/// </summary>
/// <param name="furniture">what the template has every page carry: the page number's style, marks in its corners (a draft's 草稿)</param>
internal sealed class Typesetter(FontCache fonts, PageLayout layout, PageFurniture furniture)
{
    private const double NoteSize = 10.5; // 五号

    /// <summary>A framed mark's frame stands this far from the text at the sides and top, and at the foot below its em box.</summary>
    private const double FrameSide = 3, FrameTop = 3, FrameFoot = 1;

    /// <summary>The linked text drawn so far: page number, where (in PDF coordinates), and the link.</summary>
    public List<(int Page, PdfSharp.Pdf.PdfRectangle Area, string Link)> Links { get; } = [];
    private int _page;

    /// <summary>The characters drawn that no face of the book has: the PDF shows a gap where each stands.</summary>
    public SortedSet<int> Missing { get; } = [];

    /// <summary>True while the folio and margin notes are drawn: not part of the text that reads on from page to page.</summary>
    public bool DrawingArtifacts { get; private set; }

    /// <param name="folio">whether the page carries its number (a blank page before the 版记 page, and that page, do not)</param>
    public void DrawPage(IPageCanvas canvas, Row?[] slots, int number, bool folio = true)
    {
        _page = number;
        if (furniture.Watermark is { } watermark)
        {
            // First, so that everything drawn after lies over it; an artifact, so the page's text reads as the document's.
            canvas.BeginArtifact();
            DrawingArtifacts = true;
            DrawWatermark(canvas, watermark);
            DrawingArtifacts = false;
            canvas.End();
        }
        var open = -1;
        for (var slot = 0; slot < slots.Length; slot++)
        {
            if (slots[slot] is not { } row) continue;
            if (row.Group != open)
            {
                if (open >= 0) canvas.End();
                canvas.BeginElement(row.Tag);
                open = row.Group;
            }
            DrawText(canvas, row, layout.Baseline(slot, row.Size) - row.Raise);
            row.Drawing?.Invoke(canvas, layout.Baseline(slot, layout.BodySize) - layout.BodySize * PageGrid.BaselineInEm);
        }
        if (open >= 0) canvas.End();

        canvas.BeginArtifact();
        DrawingArtifacts = true;
        for (var slot = 0; slot < slots.Length; slot++)
            if (slots[slot] is { MarginNote: { } note } row) DrawMarginNote(canvas, note, layout.Baseline(slot, row.Size));
        if (folio && furniture.Folio is { } style) DrawFolio(canvas, number, style);
        foreach (var mark in furniture.Marks) DrawMark(canvas, mark);
        DrawingArtifacts = false;
        canvas.End();
    }

    // The pieces of the line drawn so far in one font, drawn as one run when the font changes and at the line's end.
    private readonly List<(string Text, double X)> _run = [];

    private void DrawText(IPageCanvas canvas, Row row, double baseline)
    {
        var brush = row.Ink ?? XBrushes.Black;
        XFont? runFont = null;
        foreach (var item in row.Items)
        {
            if (item.IsWhiteSpace) continue; // a space between words: the next piece's x places it
            var codepoint = char.ConvertToUtf32(item.Text, 0);
            var face = fonts.Book.For(item.Role, codepoint);
            if (!face.Face.HasGlyph(codepoint)) Missing.Add(codepoint); // the face falls back through the roles; none has it
            var font = fonts.Get(face, row.Size, item.Bold);
            if (!ReferenceEquals(font, runFont)) DrawRun(canvas, runFont, brush, baseline);
            runFont = font;
            _run.Add((item.Text, PageGrid.Left + item.X + item.InkOffset));
        }
        DrawRun(canvas, runFont, brush, baseline);
        // One clickable area per run of linked items on the line; PDF coordinates run up from the page's foot.
        var top = PageGrid.PageHeight - (baseline - row.Size * PageGrid.BaselineInEm);
        for (var i = 0; i < row.Items.Count; i++)
        {
            if (row.Items[i].Link is not { } link) continue;
            var first = i;
            while (i + 1 < row.Items.Count && row.Items[i + 1].Link == link) i++;
            var (left, right) = (PageGrid.Left + row.Items[first].X, PageGrid.Left + row.Items[i].X + row.Items[i].Width);
            Links.Add((_page, new PdfSharp.Pdf.PdfRectangle(new XPoint(left, top - row.Size), new XPoint(right, top)), link));
        }
    }

    private void DrawRun(IPageCanvas canvas, XFont? font, XBrush brush, double baseline)
    {
        if (font is null || _run.Count == 0) return;
        canvas.Text(_run, font, brush, baseline);
        _run.Clear();
    }

    // In the left margin, ending 3 mm before the type area: a glance tells the speaker where they should be.
    private void DrawMarginNote(IPageCanvas canvas, string note, double baseline)
    {
        var font = fonts.Get(FontRole.KaiTi, NoteSize);
        var width = canvas.Measure(note, font);
        canvas.Text(note, font, XBrushes.DimGray, PageGrid.Left - 3 * PageGrid.Mm - width, baseline);
    }

    // In a corner outside the type area, its edge on the type area's: outside the grid, so the text sets as it will.
    private void DrawMark(IPageCanvas canvas, CornerMark mark)
    {
        var size = mark.Style.Size;
        var font = fonts.Get(mark.Style.Font, size);
        var width = canvas.Measure(mark.Text, font);
        var frame = mark.Box is null ? 0 : FrameSide;
        var left = mark.Corner is Corner.TopLeft or Corner.BottomLeft;
        var x = left ? PageGrid.Left + frame : PageGrid.Left + PageGrid.Width - width - frame;
        var baseline = mark.Corner is Corner.TopLeft or Corner.TopRight
            ? PageGrid.Top - mark.Gap
            : PageGrid.Top + PageGrid.Height + mark.Gap + size * PageGrid.BaselineInEm;
        if (mark.Box is { } line)
            canvas.Rectangle(new XPen(mark.Style.Colour, line), x - frame, baseline - size * PageGrid.BaselineInEm - FrameTop,
                width + 2 * frame, size + FrameTop + FrameFoot);
        canvas.Text(mark.Text, font, new XSolidBrush(mark.Style.Colour), x, baseline);
    }

    /// <summary>
    /// The watermark centred on the type area, rising at its angle: each run of characters that one face of its role has
    /// drawn as one string (a recipient's rare ideograph falls back as the body's does), so the leak scan reads a name whole.
    /// </summary>
    private void DrawWatermark(IPageCanvas canvas, Watermark watermark)
    {
        var runs = new List<(string Text, XFont Font)>();
        foreach (var rune in watermark.Text.EnumerateRunes())
        {
            var face = fonts.Book.For(watermark.Font, rune.Value);
            if (!face.Face.HasGlyph(rune.Value) && !Rune.IsWhiteSpace(rune)) Missing.Add(rune.Value);
            var font = fonts.Get(face, watermark.Size);
            if (runs.Count > 0 && ReferenceEquals(runs[^1].Font, font)) runs[^1] = (runs[^1].Text + rune, font);
            else runs.Add((rune.ToString(), font));
        }
        var widths = runs.Select(r => canvas.Measure(r.Text, r.Font)).ToList();
        var centre = new XPoint(PageGrid.Left + PageGrid.Width / 2, PageGrid.Top + PageGrid.Height / 2);
        canvas.Save();
        canvas.RotateAt(-watermark.Angle, centre); // y runs down the page: a negative turn rises to the right
        var brush = new XSolidBrush(watermark.Colour);
        // The em box's middle on the centre: the baseline is 0.88 em below its top.
        var (x, baseline) = (centre.X - widths.Sum() / 2, centre.Y + watermark.Size * (PageGrid.BaselineInEm - 0.5));
        foreach (var ((text, font), width) in runs.Zip(widths))
        {
            canvas.Text(text, font, brush, x, baseline);
            x += width;
        }
        canvas.Restore();
    }

    /// <summary>
    /// "— N —" in the template's face and size (四号宋体), one character in from the outer edge of the type area, its
    /// line 7 mm below it (GB/T 9704 §7.5): odd pages at the right, even pages at the left; a one-sided copy always at the right.
    /// </summary>
    private void DrawFolio(IPageCanvas canvas, int number, FolioStyle style)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"— {number} —");
        var font = fonts.Get(style.Font, style.Size);
        var width = canvas.Measure(text, font);
        var x = !layout.FoliosAlternate || number % 2 == 1
            ? PageGrid.Left + PageGrid.Width - style.Size - width
            : PageGrid.Left + style.Size;
        var baseline = PageGrid.Top + PageGrid.Height + PageGrid.FolioGap + style.Size * PageGrid.BaselineInEm;
        canvas.Text(text, font, XBrushes.Black, x, baseline);
    }
}
