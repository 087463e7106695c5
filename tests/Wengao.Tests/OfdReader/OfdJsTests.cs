using System.IO.Compression;
using Wengao.Tests.Support;

namespace Wengao.Tests.OfdReader;

/// <summary>
/// The OFD reader the OFD export's tests use (issue 22), on a package written by hand (tests/fixtures/ofd/two-pages):
/// what it reports is what the XML says, each value worked out here from the fixture's Boundary, TextCode and DeltaX
/// (GB/T 33190-2016 clauses 11.2-11.3: a text object's glyphs sit at its Boundary's corner plus X/Y, each next one DeltaX on).
/// </summary>
public sealed class OfdJsTests(OfdJs ofdJs) : IClassFixture<OfdJs>
{
    // A hundredth of the 0.5 mm the export's tests allow against the PDF is lost to the browser's layout units (1/64 px).
    private const double Mm = 0.1;

    private static readonly string TwoPages = Path.Combine(Repo.Fixtures, "ofd", "two-pages");

    /// <summary>The fixture folder zipped as an .ofd (an OFD package is a ZIP, GB/T 33190-2016 clause 7.1).</summary>
    private static string Package(TempDir dir, string folder)
    {
        var ofd = dir["fixture.ofd"];
        ZipFile.CreateFromDirectory(folder, ofd);
        return ofd;
    }

    private async Task<OfdRendering> RenderFixtureAsync()
    {
        using var dir = new TempDir();
        return await ofdJs.RenderAsync(Package(dir, TwoPages));
    }

    [Fact]
    public async Task Every_page_is_drawn_at_its_own_size()
    {
        var pages = (await RenderFixtureAsync()).Pages;

        Assert.Equal(["1", "2"], pages.Select(p => p.Id));
        // Page 1 takes the document's PageArea (A4), page 2 its own Area (A5).
        Assert.Equal(210, pages[0].Width, Mm);
        Assert.Equal(297, pages[0].Height, Mm);
        Assert.Equal(148, pages[1].Width, Mm);
        Assert.Equal(210, pages[1].Height, Mm);
    }

    [Fact]
    public async Task The_text_of_each_page_is_the_text_codes_in_their_order()
    {
        var pages = (await RenderFixtureAsync()).Pages;

        Assert.Equal("一二三公文格式移", pages[0].Text);
        Assert.Equal("abcdA B", pages[1].Text);
        Assert.Equal([("一二三", 37.0), ("公文格式", 65.0), ("移", 85.0)], pages[0].Lines.Select(l => (l.Text, Math.Round(l.Y, 1))));
    }

    [Fact]
    public async Task Each_glyph_sits_at_its_boundary_plus_its_text_code_and_the_deltas_before_it()
    {
        var pages = (await RenderFixtureAsync()).Pages;

        (string Text, double X, double Y)[] first =
        [
            // Boundary 20 30, X 0 Y 7, DeltaX "6 7".
            ("一", 20, 37), ("二", 26, 37), ("三", 33, 37),
            // Boundary 25 60, X 1 Y 5, DeltaX "g 3 4.5" (three steps of 4.5).
            ("公", 26, 65), ("文", 30.5, 65), ("格", 35, 65), ("式", 39.5, 65),
            // Boundary 20 80, X 0 Y 5, moved 5 mm right by its CTM: the place is read where the browser drew it.
            ("移", 25, 85),
        ];
        (string Text, double X, double Y)[] second =
        [
            // Boundary 30 100, X 2 Y 5, DeltaX "g 3 5".
            ("a", 32, 105), ("b", 37, 105), ("c", 42, 105), ("d", 47, 105),
            // Boundary 30 120, X 0 Y 5, DeltaX "3 3 3": the space is a glyph with its own place.
            ("A", 30, 125), (" ", 33, 125), ("B", 36, 125),
        ];
        AssertGlyphs(first, pages[0].Glyphs);
        AssertGlyphs(second, pages[1].Glyphs);
    }

    private static void AssertGlyphs((string Text, double X, double Y)[] expected, IReadOnlyList<OfdGlyph> glyphs)
    {
        Assert.Equal(expected.Select(e => e.Text), glyphs.Select(g => g.Text));
        foreach (var (e, g) in expected.Zip(glyphs))
        {
            Assert.True(Math.Abs(e.X - g.X) <= Mm && Math.Abs(e.Y - g.Y) <= Mm, $"{e.Text} drawn at ({g.X}, {g.Y}) mm, written at ({e.X}, {e.Y})");
        }
    }

    [Fact]
    public async Task A_glyph_has_the_text_objects_size_and_the_font_ofd_js_asks_for()
    {
        var glyphs = (await RenderFixtureAsync()).Pages[0].Glyphs;

        var yi = glyphs[0];
        Assert.Equal(5.6444, yi.Size, Mm);
        Assert.Contains("WenQuanYi Zen Hei", yi.Font);
        // An ideograph is one em wide: Chromium found a Chinese face to set it in.
        Assert.Equal(5.6444, yi.Advance, Mm);
        Assert.Equal("rgb(0, 0, 0)", yi.Fill);
        // A FamilyName in ofd.js's own table (仿宋) is asked for by its Windows and macOS names.
        Assert.Equal("FangSong, STFangsong, simfang", glyphs[3].Font);
        Assert.Equal(4.2333, glyphs[3].Size, Mm);
    }

    [Fact]
    public async Task A_path_is_reported_with_its_box_and_red_stroke()
    {
        var path = Assert.Single((await RenderFixtureAsync()).Pages[0].Paths);

        // Boundary 20 50, AbbreviatedData "M 0 0.5 L 100 0.5", LineWidth 0.5, StrokeColor 255 0 0.
        Assert.Equal(20, path.Left, Mm);
        Assert.Equal(120, path.Right, Mm);
        Assert.Equal(50.5, path.Top, Mm);
        Assert.Equal(50.5, path.Bottom, Mm);
        Assert.Equal("rgb(255, 0, 0)", path.Stroke);
        Assert.Equal(0.5, path.StrokeWidth, Mm);
        Assert.Equal("none", path.Fill);
    }

    [Fact]
    public async Task A_file_that_is_no_zip_fails_with_ofd_js_s_message()
    {
        using var dir = new TempDir();
        var notOfd = dir["not.ofd"];
        await File.WriteAllTextAsync(notOfd, "这不是 OFD 文件");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ofdJs.RenderAsync(notOfd));
        Assert.Contains("ofd.js could not open the OFD", error.Message);
        Assert.Contains(notOfd, error.Message);
    }

    [Fact]
    public async Task A_page_ofd_js_cannot_draw_fails_with_what_went_wrong()
    {
        using var dir = new TempDir();
        var folder = dir["package"];
        TempDir.Copy(TwoPages, folder);
        // An image object whose ResourceID names no resource: ofd.js fails on it while drawing page 2.
        var content = Path.Combine(folder, "Doc_0", "Pages", "Page_1", "Content.xml");
        File.WriteAllText(content, File.ReadAllText(content).Replace("<ofd:Layer ID=\"7\">",
            "<ofd:Layer ID=\"7\"><ofd:ImageObject ID=\"12\" Boundary=\"10 10 20 20\" ResourceID=\"99\" CTM=\"20 0 0 20 0 0\"/>"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ofdJs.RenderAsync(Package(dir, folder)));
        Assert.Contains("ofd.js could not draw page 2", error.Message);
    }
}
