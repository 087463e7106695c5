using UglyToad.PdfPig;
using Wengao.Tests.Support;

namespace Wengao.Tests.Ofd;

/// <summary>
/// Every sample OFD of both editions drawn by an independent reader, ofd.js in Chromium (Support/OfdJs): as many
/// pages as its PDF, each page's text the text PdfPig reads from the same PDF page, every glyph where the PDF's letter
/// stands (within 0.5 mm) at its size, the 公文's masthead and rule in their red.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class OfdRenderTests(SampleBuild sample, OfdJs ofdJs) : IClassFixture<OfdJs>
{
    private const double Mm = 72 / 25.4;

    /// <summary>How far a glyph ofd.js draws may stand from the PDF's: the 0.5 mm.</summary>
    private const double Tolerance = 0.5;

    public static TheoryData<string, string> Documents() => new()
    {
        { "internal", "bangfu-gongzuodui-zuotanhui" }, { "internal", "bangfu-zuotanhui-jianbao" }, { "internal", "bangfu-yinian-baogao" }, { "internal", "zuotanhui-tongzhi" },
        { "public", "bangfu-gongzuodui-zuotanhui" }, { "public", "bangfu-zuotanhui-jianbao" }, { "public", "bangfu-yinian-baogao" }, { "public", "zuotanhui-tongzhi" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Ofdjs_draws_every_page_with_the_pdfs_text_each_glyph_where_the_pdf_sets_it(string edition, string slug)
    {
        var rendering = await ofdJs.RenderAsync(Path.Combine(sample.Output, edition, "ofd", slug + ".ofd"));
        using var pdf = PdfDocument.Open(Path.Combine(sample.Output, edition, "pdf", slug + ".pdf"));
        Assert.Equal(pdf.NumberOfPages, rendering.Pages.Count);
        foreach (var page in pdf.GetPages())
        {
            var drawn = rendering.Pages[page.Number - 1];
            Assert.Equal(210, drawn.Width, 0.01);
            Assert.Equal(297, drawn.Height, 0.01);
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var glyphs = drawn.Glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Text)).ToList();
            Assert.Equal(string.Concat(letters.Select(l => l.Value)), string.Concat(glyphs.Select(g => g.Text)));
            foreach (var (letter, glyph) in letters.Zip(glyphs))
            {
                var (x, y) = (letter.StartBaseLine.X / Mm, (page.Height - letter.StartBaseLine.Y) / Mm);
                Assert.True(Math.Abs(glyph.X - x) < Tolerance && Math.Abs(glyph.Y - y) < Tolerance,
                    $"{edition} {slug} page {page.Number}: ofd.js draws {glyph.Text} at ({glyph.X:0.00}, {glyph.Y:0.00}) mm, the PDF at ({x:0.00}, {y:0.00})");
                Assert.True(Math.Abs(glyph.Size - letter.PointSize / Mm) < 0.05, $"{slug}: {glyph.Text} of {glyph.Size:0.000} mm, the PDF's {letter.PointSize} pt");
            }
        }
    }

    [Fact]
    public async Task Ofdjs_draws_the_gongwens_masthead_and_its_rule_in_red_across_the_type_area()
    {
        var page = (await ofdJs.RenderAsync(Path.Combine(sample.Output, "internal", "ofd", "bangfu-yinian-baogao.ofd"))).Pages[0];
        var mark = page.Lines.First();
        Assert.Equal("中共xxx县委员会文件", mark.Text);
        Assert.All(mark.Glyphs, g => Assert.Equal("rgb(230, 0, 18)", g.Fill));
        var rule = Assert.Single(page.Paths, p => p.Stroke == "rgb(230, 0, 18)");
        Assert.Equal(28, rule.Left, 0.1);
        Assert.Equal(184, rule.Right, 0.1);
        Assert.True(rule.Top > mark.Y, "the red rule stands under the masthead");
    }
}
