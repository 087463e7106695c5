using System.Globalization;
using PdfSharp.Drawing;
using Wengao.Model;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Render.Pdf;

/// <summary>Draws the rows of one document onto its pages; keeps that document's XFonts.</summary>
internal sealed class Typesetter(FontBook fonts, PageLayout layout)
{
    private const double NoteSize = 10.5; // 五号
    private readonly Dictionary<(string, double, bool), XFont> _fonts = [];

    public void Draw(XGraphics graphics, Row row, double baseline)
    {
        foreach (var item in row.Items)
        {
            if (item.IsWhiteSpace) continue;
            var font = Font(fonts.For(item.Role, char.ConvertToUtf32(item.Text, 0)), row.Size, item.Bold);
            graphics.DrawString(item.Text, font, XBrushes.Black, PageGrid.Left + item.X + item.InkOffset, baseline, XStringFormats.Default);
        }
        if (row.MarginNote is { } note)
        {
            // In the left margin, ending 3 mm before the type area: a glance tells the speaker where they should be.
            var font = Font(fonts[FontRole.KaiTi], NoteSize, bold: false);
            var width = graphics.MeasureString(note, font).Width;
            graphics.DrawString(note, font, XBrushes.DimGray, PageGrid.Left - 3 * PageGrid.Mm - width, baseline, XStringFormats.Default);
        }
    }

    /// <summary>
    /// "— N —" in 14 pt Song, one character in from the outer edge of the type area (GB/T 9704 §7.5):
    /// odd pages at the right, even pages at the left; a one-sided copy always at the right.
    /// </summary>
    public void DrawFolio(XGraphics graphics, int number)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"— {number} —");
        var font = Font(fonts[FontRole.SongTi], PageGrid.FolioSize, bold: false);
        var width = graphics.MeasureString(text, font).Width;
        var x = !layout.FoliosAlternate || number % 2 == 1
            ? PageGrid.Left + PageGrid.Width - PageGrid.FolioSize - width
            : PageGrid.Left + PageGrid.FolioSize;
        graphics.DrawString(text, font, XBrushes.Black, x, PageGrid.FolioBaseline, XStringFormats.Default);
    }

    private XFont Font(ResolvedFont resolved, double size, bool bold)
    {
        if (!_fonts.TryGetValue((resolved.FamilyKey, size, bold), out var font))
            _fonts[(resolved.FamilyKey, size, bold)] = font = resolved.Create(size, bold);
        return font;
    }
}
