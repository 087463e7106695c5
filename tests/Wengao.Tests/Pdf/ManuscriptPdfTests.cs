using System.Diagnostics;
using UglyToad.PdfPig;
using Wengao.Tests.Support;

namespace Wengao.Tests.Pdf;

[Collection(SampleCollection.Name)]
public sealed class ManuscriptPdfTests(SampleBuild sample)
{
    private const string NoStart = "，。、；：？！）》」』”,.;:?!)";
    private const string NoEnd = "（《「『“(";

    private IReadOnlyList<PdfLine> Body => PdfText.Body(PdfText.Lines(sample.SpeechPdf));

    [Fact]
    public void Every_seed_paragraph_appears_in_order_in_the_pdf_text()
    {
        var text = Seed.Normalise(string.Concat(Body.Select(l => l.Text)));
        var at = text.IndexOf(Seed.Normalise(Seed.Title), StringComparison.Ordinal);
        Assert.True(at >= 0, "title missing");
        foreach (var paragraph in new[] { Seed.Salutation }.Concat(Seed.Paragraphs).Select(Seed.Normalise))
        {
            var next = text.IndexOf(paragraph, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"paragraph missing or out of order: {paragraph[..Math.Min(30, paragraph.Length)]}…");
            at = next + paragraph.Length;
        }
    }

    [Fact]
    public void Pdftotext_returns_the_source_characters()
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", sample.SpeechPdf, "-"]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var text = Seed.Normalise(process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        foreach (var paragraph in Seed.Paragraphs)
        {
            // A paragraph may cross a page, where the page number stands between its halves.
            var normal = Seed.Normalise(paragraph);
            Assert.Contains(normal[..Math.Min(20, normal.Length)], text);
            Assert.Contains(normal[^Math.Min(20, normal.Length)..], text);
        }
    }

    [Fact]
    public void Page_is_a4_with_the_type_area_at_28_mm_from_the_left()
    {
        using (var document = PdfDocument.Open(sample.SpeechPdf))
            foreach (var page in document.GetPages())
            {
                Assert.Equal(210 * PdfText.Mm, page.Width, 0.5);
                Assert.Equal(297 * PdfText.Mm, page.Height, 0.5);
            }
        foreach (var line in Body)
        {
            Assert.True(line.Left >= 27 * PdfText.Mm, $"line starts at {line.Left / PdfText.Mm:0.0} mm: {line.Text}");
            Assert.True(line.Right <= 185 * PdfText.Mm, $"line ends at {line.Right / PdfText.Mm:0.0} mm: {line.Text}");
        }
        // Full lines of body text fill the type area from 28 mm.
        Assert.Contains(Body, l => Math.Abs(l.Left - 28 * PdfText.Mm) < 1 * PdfText.Mm);
    }

    [Fact]
    public void No_line_starts_or_ends_with_forbidden_punctuation()
    {
        foreach (var line in Body)
        {
            Assert.DoesNotContain(line.Text[0], NoStart);
            Assert.DoesNotContain(line.Text[^1], NoEnd);
        }
    }

    [Fact]
    public void Pages_between_the_first_and_the_last_carry_22_lines_on_one_grid()
    {
        var pages = Body.GroupBy(l => l.Page).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        Assert.True(pages.Count >= 3, $"the seed speech should take at least 3 pages, took {pages.Count}");
        var full = pages.Skip(1).SkipLast(1).Where(p => p.Count == 22).ToList();
        Assert.NotEmpty(full);
        // Lines stand on one grid: the same 22 baselines on every full page, filling the type area.
        var grid = full[0].Select(l => l.Baseline).ToList();
        foreach (var page in pages.Skip(1).SkipLast(1))
            Assert.Equal(grid.Take(page.Count), page.Select(l => l.Baseline));
        Assert.InRange(grid[0] - grid[^1], 21 * 28.9, 21 * 29.8);
        for (var p = 1; p < pages.Count - 1; p++)
        {
            if (pages[p].Count == 22) continue;
            // A page ends a line early only so that a paragraph's last line does not stand alone at the next page's top:
            // the next page opens with the paragraph's last two lines, then a new (indented) paragraph.
            Assert.Equal(21, pages[p].Count);
            var next = pages[p + 1];
            Assert.False(IsParagraphStart(next[0]), $"page {p + 2} should open inside a paragraph");
            Assert.False(IsParagraphStart(next[1]));
            Assert.True(next.Count == 2 || IsParagraphStart(next[2]), $"page {p + 2}: the moved lines should end their paragraph");
        }
    }

    private static bool IsParagraphStart(PdfLine line) => line.Left > 28 * PdfText.Mm + 20;

    [Fact]
    public void Page_numbers_read_dash_n_dash_at_alternating_sides()
    {
        var folios = PdfText.Folios(PdfText.Lines(sample.SpeechPdf));
        using (var document = PdfDocument.Open(sample.SpeechPdf))
            Assert.Equal(document.NumberOfPages, folios.Select(f => f.Page).Distinct().Count());
        foreach (var folio in folios)
        {
            Assert.Equal($"—{folio.Page}—", folio.Text);
            var middle = (folio.Left + folio.Right) / 2;
            if (folio.Page % 2 == 1) Assert.True(middle > 105 * PdfText.Mm, "odd page numbers stand at the right");
            else Assert.True(middle < 105 * PdfText.Mm, "even page numbers stand at the left");
        }
    }

    [Fact]
    public void Metadata_comes_from_the_source()
    {
        using var document = PdfDocument.Open(sample.SpeechPdf);
        Assert.Equal(Seed.Title, document.Information.Title);
        Assert.Equal("xxx", document.Information.Author);
        Assert.StartsWith("D:20220701", document.Information.CreationDate);
    }

    [Fact]
    public void Fonts_are_embedded_subsets()
    {
        using var document = PdfDocument.Open(sample.SpeechPdf);
        Assert.True(new FileInfo(sample.SpeechPdf).Length < 1_000_000, "CJK fonts must be subset, not embedded whole");
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+", f));
    }
}
