using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Wengao.Tests.Support;

namespace Wengao.Tests.Docx;

/// <summary>
/// The .docx as an independent renderer lays it out: LibreOffice Writer converts each sample to PDF, and the GB/T 9704
/// measurements of the manuscript tests run on that PDF with PdfPig — the type area within 1 mm, 22 lines to a full
/// page, 28 characters to a full line, each heading level in its face, the page numbers odd at the right and even at
/// the left. The expected figures are the standard's (docs/gbt9704.md), not the exporter's.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class DocxGeometryTests(SampleBuild sample)
{
    private const double Mm = 72 / 25.4;

    /// <summary>§5.2.1: the type area, in PDF coordinates (from the page's foot).</summary>
    private const double Left = 28 * Mm, Right = (28 + 156) * Mm, Top = (297 - 37) * Mm, Bottom = (297 - 37 - 225) * Mm;

    private const double Tolerance = 1 * Mm;

    private static readonly string[] Slugs = ["bangfu-gongzuodui-zuotanhui", "bangfu-zuotanhui-jianbao", "bangfu-yinian-baogao", "zuotanhui-tongzhi"];

    private sealed record Line(int Page, double Baseline, IReadOnlyList<Letter> Letters)
    {
        public string Text => string.Concat(Letters.Select(l => l.Value));
        public double Start => Letters.Min(l => l.StartBaseLine.X);
        public double End => Letters.Max(l => l.EndBaseLine.X);
        public double Size => Letters.Max(l => l.PointSize);
    }

    private sealed record Rendered(IReadOnlyList<Line> Lines, int Pages);

    private static readonly Dictionary<string, Rendered> Cache = [];

    private Rendered Render(string slug)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(slug, out var done)) return done;
            var pdf = LibreOffice.ToPdf(Path.Combine(sample.Output, "internal", "docx", slug + ".docx"));
            using var document = PdfDocument.Open(pdf);
            var lines = new List<Line>();
            foreach (var page in document.GetPages())
                lines.AddRange(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).GroupBy(l => Math.Round(l.StartBaseLine.Y, 0))
                    .OrderByDescending(g => g.Key).Select(g => new Line(page.Number, g.Key, [.. g.OrderBy(l => l.StartBaseLine.X)])));
            return Cache[slug] = new Rendered(lines, document.NumberOfPages);
        }
    }

    /// <summary>The page number: "— N —" under the type area.</summary>
    private static bool IsFolio(Line line) => line.Baseline < Bottom && line.Text.Contains('—');

    [Theory]
    [InlineData("bangfu-gongzuodui-zuotanhui")]
    [InlineData("bangfu-zuotanhui-jianbao")]
    [InlineData("bangfu-yinian-baogao")]
    [InlineData("zuotanhui-tongzhi")]
    public void Every_line_but_the_page_number_is_inside_the_type_area(string slug)
    {
        foreach (var line in Render(slug).Lines.Where(l => !IsFolio(l)))
        {
            Assert.True(line.Start >= Left - Tolerance && line.End <= Right + Tolerance, $"{slug} p{line.Page} “{line.Text}” runs {line.Start / Mm:F1}–{line.End / Mm:F1} mm");
            // A line stands on the grid: its em box's foot no higher than the first grid line's (a 二号 title rises
            // above 37 mm as in the PDF, its foot on the line's), none lower than the type area's foot.
            var emFoot = line.Baseline - line.Size * 0.12;
            Assert.True(emFoot <= Top - 16 + Tolerance && emFoot >= Bottom - Tolerance, $"{slug} p{line.Page} “{line.Text}” stands on {(297 * Mm - emFoot) / Mm:F1} mm down");
        }
    }

    [Fact]
    public void The_text_of_a_full_page_fills_the_type_area_156_by_225_mm_at_37_and_28_mm_within_1_mm()
    {
        var speech = Render(Slugs[0]);
        for (var page = 2; page < speech.Pages; page++)
        {
            var lines = speech.Lines.Where(l => l.Page == page && !IsFolio(l)).ToList();
            var top = lines[0].Baseline + lines[0].Size * 0.88; // the first line's em top
            var foot = lines[^1].Baseline - lines[^1].Size * 0.12; // the last line's em foot
            var left = lines.Min(l => l.Start);
            var right = lines.Max(l => l.End);
            var where = $"page {page}: {(297 * Mm - top) / Mm:F2} mm to {(297 * Mm - foot) / Mm:F2} mm down, {left / Mm:F2} to {right / Mm:F2} mm across";
            Assert.True(Math.Abs(top - Top) <= Tolerance && Math.Abs(foot - Bottom) <= Tolerance, where);
            Assert.True(Math.Abs(left - Left) <= Tolerance && Math.Abs(right - Right) <= Tolerance, where);
        }
    }

    [Fact]
    public void A_full_page_holds_22_lines_on_a_pitch_that_fills_225_mm()
    {
        var speech = Render(Slugs[0]);
        Assert.True(speech.Pages >= 3, "the speech runs over several pages");
        // Every page but the first (its title) and the last (the text ends on it) is full.
        for (var page = 2; page < speech.Pages; page++)
        {
            var lines = speech.Lines.Where(l => l.Page == page && !IsFolio(l)).ToList();
            Assert.True(lines.Count == 22, $"page {page} has {lines.Count} lines");
            var pitch = (lines[0].Baseline - lines[^1].Baseline) / 21;
            Assert.InRange(pitch, 29.61 - 0.1, 29.61 + 0.1); // (225 mm − a 16 pt line) / 21
        }
    }

    [Fact]
    public void A_full_line_of_body_text_holds_28_characters()
    {
        // Lines of the body's size made of full-width characters only: the full ones hold 28, none holds more.
        var chinese = Slugs.SelectMany(s => Render(s).Lines).Where(l => !IsFolio(l) && l.Size is > 15.5 and < 16.5
            && l.Letters.All(c => c.Value.Length == 1 && c.Value[0] >= 0x2E80)).ToList();
        // The samples' text is full of figures and Latin names: a handful of its full lines are of Chinese alone.
        Assert.True(chinese.Count(l => l.Letters.Count == 28) >= 5, $"only {chinese.Count(l => l.Letters.Count == 28)} lines hold 28 characters");
        Assert.All(chinese, line => Assert.True(line.Letters.Count <= 28, $"“{line.Text}” has {line.Letters.Count} characters"));
        // And a line of 28 starts at the type area's left edge and fills its 156 mm: justified, or as a paragraph's last
        // line set tight at its natural width (28 characters a little under the 5.57 mm pitch, 153 mm).
        Assert.All(chinese.Where(l => l.Letters.Count == 28), line =>
        {
            Assert.InRange((line.End - line.Start) / Mm, 153, 156 + 1);
            Assert.InRange((line.Start - Left) / Mm, -1, 1);
        });
    }

    [Theory]
    [InlineData("一、主要工作及成效", "ZenHei", false)] // 黑体
    [InlineData("（一）帮扶资金足额到位", "Kai", false)] // 楷体
    [InlineData("1.选派挂职干部", "Sung", true)] // 仿宋 (here 宋, as the PDF borrows it) bold
    [InlineData("（1）规划建设", "Sung", false)] // 仿宋
    public void Each_heading_level_is_set_in_its_face(string heading, string face, bool bold)
    {
        var line = Render(Slugs[2]).Lines.First(l => l.Text.StartsWith(heading, StringComparison.Ordinal));
        var letter = line.Letters.First(l => l.Value[0] >= 0x4E00);
        Assert.Contains(face, letter.FontName ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(bold, IsBold(letter));
        var body = Render(Slugs[2]).Lines.First(l => l.Text.StartsWith("两地坚持", StringComparison.Ordinal)).Letters[0];
        Assert.Contains("Sung", body.FontName ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.False(IsBold(body));
    }

    // LibreOffice sets a face without a bold cut bold by stroking its outline as well as filling it.
    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true || (letter.FontName ?? "").Contains("Bold", StringComparison.OrdinalIgnoreCase) || letter.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.FillThenStroke;

    [Theory]
    [InlineData("bangfu-yinian-baogao")]
    [InlineData("zuotanhui-tongzhi")]
    public void The_banji_stands_at_the_foot_of_the_last_page(string slug)
    {
        // §7.4: the 版记 at the foot of the last page, its last line (the 印发机关 and 印发日期) on the type area's foot,
        // the 抄送 line one grid line above it.
        var rendered = Render(slug);
        var last = rendered.Lines.Where(l => l.Page == rendered.Pages && !IsFolio(l)).ToList();
        var printed = Assert.Single(last, l => l.Text.EndsWith("印发", StringComparison.Ordinal));
        var copies = Assert.Single(last, l => l.Text.StartsWith("抄送：", StringComparison.Ordinal));
        var foot = printed.Baseline - printed.Size * 0.12;
        Assert.InRange((foot - Bottom) / Mm, 0, 3);
        Assert.InRange(copies.Baseline - printed.Baseline, 29.61 - 1, 29.61 + 1);
        Assert.Same(printed, last[^1]); // nothing under it
    }

    [Theory]
    [InlineData("bangfu-gongzuodui-zuotanhui")]
    [InlineData("bangfu-yinian-baogao")]
    public void Page_numbers_stand_7_mm_under_the_type_area_odd_at_the_right_even_at_the_left(string slug)
    {
        var rendered = Render(slug);
        for (var page = 1; page <= rendered.Pages; page++)
        {
            var folio = Assert.Single(rendered.Lines, l => l.Page == page && IsFolio(l));
            Assert.Equal($"—{page}—", folio.Text.Replace(" ", ""));
            // §7.5: 一字线 line 7 mm under the type area, 4号 (14 pt), one character in from the outer edge.
            Assert.InRange(folio.Size, 13.5, 14.5);
            var emTop = folio.Baseline + folio.Size * 0.88;
            Assert.InRange((Bottom - emTop) / Mm, 7 - 1.5, 7 + 1.5);
            if (page % 2 == 1) Assert.InRange((Right - folio.End) / Mm, 4.9 - 1.5, 4.9 + 1.5);
            else Assert.InRange((folio.Start - Left) / Mm, 4.9 - 1.5, 4.9 + 1.5);
        }
    }
}
