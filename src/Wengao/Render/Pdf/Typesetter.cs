using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using Wengao.Model;

namespace Wengao.Render.Pdf;

/// <summary>
/// Draws the rows of one document onto its pages, tagged for the structure tree (each group of rows one element;
/// page numbers, margin notes and a draft's mark artifacts); keeps that document's XFonts.
/// </summary>
/// <param name="draft">a draft (built with --drafts): every page says 草稿 above the type area, so no copy passes for final</param>
internal sealed class Typesetter(FontCache fonts, PageLayout layout, StructureBuilder structure, bool draft = false)
{
    private const double NoteSize = 10.5; // 五号

    /// <summary>The draft mark: 3号 黑体, as GB/T 9704 §7.2.3 sets 密级 and 紧急程度 in the same top corner's region.</summary>
    private const double DraftMarkSize = 16;
    private const string DraftMark = "草稿";

    /// <summary>The linked text drawn so far: page number, where (in PDF coordinates), and the link.</summary>
    public List<(int Page, PdfSharp.Pdf.PdfRectangle Area, string Link)> Links { get; } = [];
    private int _page;

    /// <summary>The characters drawn that no face of the book has: the PDF shows a gap where each stands.</summary>
    public SortedSet<int> Missing { get; } = [];

    /// <summary>True while the folio and margin notes are drawn: not part of the text that reads on from page to page.</summary>
    public bool DrawingArtifacts { get; private set; }

    public void DrawPage(XGraphics graphics, Row?[] slots, int number)
    {
        _page = number;
        var open = -1;
        for (var slot = 0; slot < slots.Length; slot++)
        {
            if (slots[slot] is not { } row) continue;
            if (row.Group != open)
            {
                if (open >= 0) structure.End();
                structure.BeginElement(row.Tag);
                open = row.Group;
            }
            DrawText(graphics, row, layout.Baseline(slot, row.Size));
            row.Drawing?.Invoke(graphics, layout.Baseline(slot, layout.BodySize) - layout.BodySize * PageGrid.BaselineInEm);
        }
        if (open >= 0) structure.End();

        structure.BeginArtifact();
        DrawingArtifacts = true;
        for (var slot = 0; slot < slots.Length; slot++)
            if (slots[slot] is { MarginNote: { } note } row) DrawMarginNote(graphics, note, layout.Baseline(slot, row.Size));
        DrawFolio(graphics, number);
        if (draft) DrawDraftMark(graphics);
        DrawingArtifacts = false;
        structure.End();
    }

    private void DrawText(XGraphics graphics, Row row, double baseline)
    {
        foreach (var item in row.Items)
        {
            if (item.IsWhiteSpace) continue;
            var codepoint = char.ConvertToUtf32(item.Text, 0);
            var face = fonts.Book.For(item.Role, codepoint);
            if (!face.Face.HasGlyph(codepoint)) Missing.Add(codepoint); // the face falls back through the roles; none has it
            var font = fonts.Get(face, row.Size, item.Bold);
            graphics.DrawString(item.Text, font, XBrushes.Black, PageGrid.Left + item.X + item.InkOffset, baseline, XStringFormats.Default);
        }
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

    // In the left margin, ending 3 mm before the type area: a glance tells the speaker where they should be.
    private void DrawMarginNote(XGraphics graphics, string note, double baseline)
    {
        var font = fonts.Get(FontRole.KaiTi, NoteSize);
        var width = graphics.MeasureString(note, font).Width;
        graphics.DrawString(note, font, XBrushes.DimGray, PageGrid.Left - 3 * PageGrid.Mm - width, baseline, XStringFormats.Default);
    }

    // In the top margin, its right edge on the type area's, 8 mm above it: outside the grid, so the text sets as it will.
    private void DrawDraftMark(XGraphics graphics)
    {
        var font = fonts.Get(FontRole.HeiTi, DraftMarkSize);
        var width = graphics.MeasureString(DraftMark, font).Width;
        var (right, baseline) = (PageGrid.Left + PageGrid.Width, PageGrid.Top - 8 * PageGrid.Mm);
        var red = XColor.FromArgb(0xE6, 0x00, 0x12);
        graphics.DrawRectangle(new XPen(red, 1), right - width - 6, baseline - DraftMarkSize * PageGrid.BaselineInEm - 3, width + 6, DraftMarkSize + 4);
        graphics.DrawString(DraftMark, font, new XSolidBrush(red), right - width - 3, baseline, XStringFormats.Default);
    }

    /// <summary>
    /// "— N —" in 14 pt Song, one character in from the outer edge of the type area (GB/T 9704 §7.5):
    /// odd pages at the right, even pages at the left; a one-sided copy always at the right.
    /// </summary>
    private void DrawFolio(XGraphics graphics, int number)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"— {number} —");
        var font = fonts.Get(FontRole.SongTi, PageGrid.FolioSize);
        var width = graphics.MeasureString(text, font).Width;
        var x = !layout.FoliosAlternate || number % 2 == 1
            ? PageGrid.Left + PageGrid.Width - PageGrid.FolioSize - width
            : PageGrid.Left + PageGrid.FolioSize;
        graphics.DrawString(text, font, XBrushes.Black, x, PageGrid.FolioBaseline, XStringFormats.Default);
    }
}
