using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using Wengao.Tests.Browser;
using Wengao.Tests.Support;
using static Wengao.Tests.Support.PdfText;

namespace Wengao.Tests.Official;

/// <summary>
/// What a secretary gets from each realistic official text (<see cref="OfficialTexts"/>), on every output: every line of
/// the original's text in the PDF but those the import listed as dropped; the PDF's ink within GB/T 9704's type area
/// (§5.2.2: 156 mm × 225 mm, 37 mm from the top edge and 28 mm from the left) but the folios below it; the same lines in
/// the .docx as LibreOffice sets it, and its title in the lines the PDF breaks it into; valid HTML (the Nu Html Checker).
/// </summary>
public sealed partial class OfficialOutputTests(OfficialTexts texts) : IClassFixture<OfficialTexts>
{
    /// <summary>GB/T 9704 §5.2.2: the type area's left and right edges, its head and foot (PDF coordinates, from the bottom).</summary>
    private const double Left = 28 * Mm, Right = (28 + 156) * Mm, Head = (297 - 37) * Mm, Foot = (297 - 37 - 225) * Mm;

    /// <summary>A glyph's ink may touch the edge it is set against: a fraction of a millimetre of the font's outline.</summary>
    private const double Touch = 0.3 * Mm;

    [GeneratedRegex(@"^    line (?<n>\d+): ", RegexOptions.Multiline)]
    private static partial Regex DroppedLine();

    // GB/T 9704 §7.5: the page number under the type area, a dash on each side.
    [GeneratedRegex(@"^—\d+—$")]
    private static partial Regex Folio();

    [Theory]
    [MemberData(nameof(OfficialTexts.Slugs), MemberType = typeof(OfficialTexts))]
    public void Every_line_of_the_original_not_listed_as_dropped_is_in_the_pdf(string slug) => AllKeptLinesIn(slug, texts.Pdf(slug));

    [Theory]
    [MemberData(nameof(OfficialTexts.Slugs), MemberType = typeof(OfficialTexts))]
    public void Every_line_of_the_original_not_listed_as_dropped_is_in_the_docx_as_libreoffice_sets_it(string slug) =>
        AllKeptLinesIn(slug, LibreOffice.ToPdf(texts.Docx(slug)));

    private void AllKeptLinesIn(string slug, string file)
    {
        var dropped = DroppedLine().Matches(texts.Report(slug)).Select(m => int.Parse(m.Groups["n"].Value)).ToHashSet();
        var pdf = Ideographs(string.Concat(Lines(file).Select(l => l.Text)));
        var lines = File.ReadAllLines(OfficialTexts.Draft(slug));
        for (var n = 1; n <= lines.Length; n++)
        {
            if (dropped.Contains(n)) continue;
            // A table's row: each cell, which the PDF may break over lines read across the other cells of its row.
            var parts = lines[n - 1].Contains('\t') ? lines[n - 1].Split('\t') : [lines[n - 1]];
            foreach (var text in parts.Select(Ideographs).Where(t => t.Length > 0))
                Assert.True(parts.Length == 1 ? pdf.Contains(text, StringComparison.Ordinal) : InRowOrder(pdf, text),
                    $"{slug}:{n}: not in {Path.GetFileName(file)}, nor listed as dropped: {lines[n - 1]}");
        }
    }

    /// <summary>A PDF row's line holds at most this many characters of the other cells between two of a cell's lines.</summary>
    private const int RowLine = 31;

    /// <summary>Whether the cell's characters are in the PDF in order, each within a row's line of the one before.</summary>
    private static bool InRowOrder(string pdf, string cell)
    {
        for (var start = pdf.IndexOf(cell[0]); start >= 0; start = pdf.IndexOf(cell[0], start + 1))
        {
            var (at, i) = (start, 1);
            while (i < cell.Length && pdf.IndexOf(cell[i], at + 1, Math.Min(RowLine, pdf.Length - at - 1)) is var next and >= 0) (at, i) = (next, i + 1);
            if (i == cell.Length) return true;
        }
        return false;
    }

    [Theory]
    [MemberData(nameof(OfficialTexts.Slugs), MemberType = typeof(OfficialTexts))]
    public void The_pdfs_ink_stays_in_the_type_area_but_the_folio_below_it(string slug)
    {
        using var pdf = PdfDocument.Open(texts.Pdf(slug));
        var pages = pdf.GetPages().ToList();
        foreach (var page in pages)
        {
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var folio = letters.Where(l => l.StartBaseLine.Y < Foot).ToList();
            // §7.5: where a blank page stands before the 版记's page, neither is numbered — and no other page goes without.
            var unnumbered = letters.Count == 0 ? page.Number == pages.Count - 1
                : page.Number == pages.Count && pages.Count > 1 && pages[^2].Letters.All(l => string.IsNullOrWhiteSpace(l.Value))
                    && Seed.Normalise(page.Text).Contains("印发", StringComparison.Ordinal);
            if (!unnumbered) Assert.Matches(Folio(), string.Concat(folio.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)));
            else Assert.Empty(folio);
            foreach (var letter in letters.Except(folio))
            {
                var ink = letter.BoundingBox;
                Assert.True(ink.Left >= Left - Touch && ink.Right <= Right + Touch && letter.StartBaseLine.Y <= Head,
                    $"{slug} p.{page.Number}: “{letter.Value}” at x {ink.Left / Mm:F1}–{ink.Right / Mm:F1} mm, baseline {letter.StartBaseLine.Y / Mm:F1} mm, outside the type area");
            }
        }
    }

    [Fact]
    public async Task Every_page_is_valid_html()
    {
        var start = new ProcessStartInfo(Tools.Java) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", Tools.VnuJar, "--errors-only", "--format", "json" }) start.ArgumentList.Add(argument);
        foreach (var (slug, _, _) in OfficialTexts.All) start.ArgumentList.Add(texts.Page(slug));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync(); // vnu writes its JSON report to stderr
        await process.WaitForExitAsync();

        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("url")}:{(m.TryGetProperty("lastLine", out var l) ? l.ToString() : "?")}: {m.GetProperty("message")}").ToList();
        Assert.True(messages.Count == 0, "vnu: " + string.Join("\n  ", messages));
        Assert.True(process.ExitCode == 0, $"vnu exited with {process.ExitCode}:\n{await stdout}\n{report}");
    }

    [Theory]
    [InlineData("plan-notice")]
    [InlineData("letter")]
    [InlineData("opinion")]
    [InlineData("printed-plan")]
    [InlineData("request")]
    [InlineData("reply")]
    [InlineData("decision")]
    [InlineData("minutes")]
    [InlineData("bulletin")]
    [InlineData("govcn-notice")]
    public void The_docx_title_has_the_lines_of_the_pdfs(string slug)
    {
        var title = Assert.Single(texts.DocxParagraphs(slug, "Title")).Split('\n');
        var body = Body(Lines(texts.Pdf(slug))).Where(l => l.Page == 1).ToList();
        var first = body.FindIndex(l => l.Text == title[0]);
        Assert.True(first >= 0, $"the PDF's first page has no line “{title[0]}”: {string.Join(" / ", body.Select(l => l.Text))}");
        Assert.Equal(title, body.Skip(first).Take(title.Length).Select(l => l.Text));
    }

    private static string Ideographs(string text) => string.Concat(text.Where(Wengao.Text.Ideographs.Is));
}
