using System.Globalization;
using PdfSharp.Drawing;
using Wengao.Model;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Render.Pdf;

/// <summary>Draws composed rows onto PDF pages; keeps the XFonts of one document.</summary>
internal sealed class Typesetter(FontBook fonts)
{
    private readonly Dictionary<(string, double), XFont> _fonts = [];

    public void Draw(XGraphics graphics, Row row, double baseline)
    {
        foreach (var item in row.Items)
        {
            if (item.IsWhiteSpace) continue;
            var font = Font(fonts.For(item.Role, char.ConvertToUtf32(item.Text, 0)), row.Size);
            graphics.DrawString(item.Text, font, XBrushes.Black,
                PageGrid.Left + item.X + item.InkOffset, baseline, XStringFormats.Default);
        }
    }

    /// <summary>"— N —" in 14 pt Song: odd pages at the right, even pages at the left, one character in (GB/T 9704 §7.5).</summary>
    public void DrawFolio(XGraphics graphics, int number)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"— {number} —");
        var font = Font(fonts[FontRole.SongTi], PageGrid.FolioSize);
        var width = graphics.MeasureString(text, font).Width;
        var x = number % 2 == 1
            ? PageGrid.Left + PageGrid.Width - PageGrid.FolioSize - width
            : PageGrid.Left + PageGrid.FolioSize;
        graphics.DrawString(text, font, XBrushes.Black, x, PageGrid.FolioBaseline, XStringFormats.Default);
    }

    private XFont Font(ResolvedFont resolved, double size)
    {
        if (!_fonts.TryGetValue((resolved.FamilyKey, size), out var font))
            _fonts[(resolved.FamilyKey, size)] = font = resolved.Create(size);
        return font;
    }
}
