using System.Xml.Linq;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using Wengao.Model;
using Wengao.Render.Ofd;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Fonts;
using Wengao.Tests.Fonts;

namespace Wengao.Tests.Ofd;

/// <summary>
/// What no sample OFD draws, drawn onto both canvases alike: a text turned about a point (a watermark: the OFD's CTM)
/// and a text squeezed (HScale), each OFD glyph where PdfPig reads the PDF's, and a filled rectangle in its colour.
/// </summary>
public sealed class OfdCanvasTests
{
    private const double Mm = 72 / 25.4;

    private static void Draw(IPageCanvas canvas, FontCache fonts)
    {
        var font = fonts.Get(FontRole.HeiTi, 42);
        var centre = new XPoint(PageGrid.Left + PageGrid.Width / 2, PageGrid.Top + PageGrid.Height / 2);
        canvas.BeginArtifact();
        canvas.Save();
        canvas.RotateAt(-30, centre);
        canvas.Text("内部资料", font, new XSolidBrush(XColor.FromArgb(255, 200, 0, 0)), centre.X - 84, centre.Y);
        canvas.Restore();
        canvas.End();
        canvas.BeginElement(PdfBlockLevelElementTag.Paragraph);
        canvas.Save();
        canvas.ScaleAt(0.75, 1, new XPoint(PageGrid.Left, 200));
        canvas.Text("联合发文机关", fonts.Get(FontRole.SongTi, 32), XBrushes.Black, PageGrid.Left, 200);
        canvas.Restore();
        canvas.Rectangle(new XSolidBrush(XColor.FromArgb(255, 0, 0x55, 0xAA)), 100, 300, 50, 20);
        canvas.End();
    }

    [Fact]
    public void A_turned_and_a_squeezed_text_stand_glyph_for_glyph_where_the_pdf_draws_them()
    {
        var book = FontBook.Resolve(SystemFonts.Catalog.Value, null, "/");
        var fonts = new FontCache(book);
        using var pdf = new PdfSharp.Pdf.PdfDocument();
        var tagging = UAManager.ForDocument(pdf); // before the page, as DocumentSetter tags it
        var page = pdf.AddPage();
        page.Width = XUnit.FromPoint(PageGrid.PageWidth);
        page.Height = XUnit.FromPoint(PageGrid.PageHeight);
        using (var graphics = XGraphics.FromPdfPage(page)) Draw(new PdfCanvas(graphics, tagging.StructureBuilder, fonts), fonts);
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);

        using var measure = XGraphics.CreateMeasureContext(new XSize(PageGrid.PageWidth, PageGrid.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        var ofd = new OfdCanvas(new OfdResources(), fonts, measure);
        Draw(ofd, fonts);
        var content = XDocument.Parse($"<ofd:Layer xmlns:ofd=\"{OfdFile.Ns.NamespaceName}\">{ofd.Objects}</ofd:Layer>");
        var glyphs = OfdFile.GlyphsOf(content);

        using var read = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        var pdfPage = read.GetPage(1);
        var letters = pdfPage.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.Equal("内部资料联合发文机关", string.Concat(letters.Select(l => l.Value)));
        Assert.Equal(string.Concat(letters.Select(l => l.Value)), string.Concat(glyphs.Select(g => g.Text)));
        foreach (var (letter, glyph) in letters.Zip(glyphs))
        {
            var (x, y) = (letter.StartBaseLine.X / Mm, (pdfPage.Height - letter.StartBaseLine.Y) / Mm);
            Assert.True(Math.Abs(glyph.X - x) < 0.5 && Math.Abs(glyph.Y - y) < 0.5, $"{glyph.Text} at ({glyph.X:0.00}, {glyph.Y:0.00}) mm, in the PDF ({x:0.00}, {y:0.00})");
        }
        var turned = content.Descendants(OfdFile.Ns + "TextObject").First();
        Assert.Equal("200 0 0", (string?)turned.Element(OfdFile.Ns + "FillColor")?.Attribute("Value"));
        Assert.NotNull(turned.Attribute("CTM"));
        Assert.Equal("0.75", (string?)content.Descendants(OfdFile.Ns + "TextObject").Last().Attribute("HScale"));
        var fill = content.Descendants(OfdFile.Ns + "PathObject").Single();
        Assert.Equal("0 85 170", (string?)fill.Element(OfdFile.Ns + "FillColor")?.Attribute("Value"));
        Assert.Equal("false", (string?)fill.Attribute("Stroke"));
        Assert.Equal($"{100 / Mm:0.###} {300 / Mm:0.###} {50 / Mm:0.###} {20 / Mm:0.###}", (string?)fill.Attribute("Boundary"));
    }
}
