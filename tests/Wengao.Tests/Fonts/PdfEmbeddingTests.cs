using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Wengao.Model;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Tests.Fonts;

public sealed class PdfEmbeddingTests
{
    private const string Sample = "中文测试 5388万元";

    private static byte[] Draw(FontBook book, bool bold = false)
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            gfx.DrawString(Sample, book[FontRole.HeiTi].Create(16, bold), XBrushes.Black, new XPoint(72, 100));
            gfx.DrawString(Sample, book[FontRole.SongTi].Create(16, bold), XBrushes.Black, new XPoint(72, 140));
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static string PageText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
    }

    [Fact]
    public void Collection_face_and_ttf_embed_as_small_unicode_subsets()
    {
        var book = FontBook.Resolve(SystemFonts.Catalog.Value, null, "/");
        byte[] pdf = Draw(book);

        string expected = Sample.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(expected + expected, PageText(pdf).Replace(" ", "", StringComparison.Ordinal));
        Assert.True(pdf.Length < 200_000, $"PDF is {pdf.Length} bytes: fonts were not subset");
    }

    [Fact]
    public void Simulated_bold_renders()
    {
        var book = FontBook.Resolve(SystemFonts.Catalog.Value, null, "/");
        byte[] pdf = Draw(book, bold: true);
        Assert.Contains("中文测试", PageText(pdf), StringComparison.Ordinal);
    }
}
