using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using Wengao.Model;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Fonts;
using Wengao.Tests.Fonts;
using Wengao.Tests.Support;

namespace Wengao.Tests.Pdf;

/// <summary>
/// A line drawn as one run of pieces (PdfTextRun: one TJ whose numbers move each piece to its x), read back by PdfPig:
/// the source text in order, each glyph where it was asked for, to a hundredth of a point, on the manuscript's grid of
/// GB/T 9704 §5.2.1 (22 lines of 28 characters in the 156 × 225 mm type area, 28 mm from the left, 37 mm from the top).
/// </summary>
public sealed class PdfTextRunTests
{
    private const double Mm = 72 / 25.4;
    private const double Size = 16; // 三号, the body's size
    private const double Pitch = 156 * Mm / 28;
    private const double Tolerance = 0.01; // pt

    // The baseline of grid line `row`: the 22 lines' em boxes spread from the type area's top to its foot, the
    // baseline 0.88 em below a box's top.
    private static double Baseline(int row) => 37 * Mm + row * (225 * Mm - Size) / 21 + 0.88 * Size;

    private const string Ideographs = "国家发展建设工作会议人民群众经济社会改革开放创新协调绿色共享";

    private static byte[] Draw(Action<IPageCanvas, FontCache> draw)
    {
        var fonts = new FontCache(FontBook.Resolve(SystemFonts.Catalog.Value, null, "/"));
        using var pdf = new PdfSharp.Pdf.PdfDocument();
        var tagging = UAManager.ForDocument(pdf);
        var page = pdf.AddPage();
        page.Width = XUnit.FromPoint(210 * Mm);
        page.Height = XUnit.FromPoint(297 * Mm);
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var canvas = new PdfCanvas(graphics, tagging.StructureBuilder, fonts);
            canvas.BeginElement(PdfBlockLevelElementTag.Paragraph);
            draw(canvas, fonts);
            canvas.End();
        }
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static List<UglyToad.PdfPig.Content.Letter> Letters(UglyToad.PdfPig.Content.Page page) =>
        [.. page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))];

    [Fact]
    public void A_full_page_of_runs_reads_back_as_its_text_each_character_on_the_grid_one_TJ_a_line()
    {
        // 28 characters a line: 112 hex digits, which PDFsharp breaks over two lines of the content stream.
        var text = Enumerable.Range(0, 22).Select(row =>
            new string(Enumerable.Range(0, 28).Select(i => Ideographs[(row * 5 + i) % Ideographs.Length]).ToArray())).ToList();
        var pdf = Draw((canvas, fonts) =>
        {
            var font = fonts.Get(FontRole.FangSong, Size);
            for (var row = 0; row < 22; row++)
                canvas.Text([.. text[row].Select((c, i) => (c.ToString(), 28 * Mm + i * Pitch))], font, XBrushes.Black, Baseline(row));
        });

        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = read.GetPage(1);
        var letters = Letters(page);
        Assert.Equal(string.Concat(text), string.Concat(letters.Select(l => l.Value)));
        for (var row = 0; row < 22; row++)
            for (var i = 0; i < 28; i++)
            {
                var letter = letters[row * 28 + i];
                Assert.True(Math.Abs(letter.StartBaseLine.X - (28 * Mm + i * Pitch)) < Tolerance,
                    $"line {row + 1}, character {i + 1} ({letter.Value}) at x {letter.StartBaseLine.X:0.000} pt, the grid's {28 * Mm + i * Pitch:0.000}");
                Assert.True(Math.Abs(297 * Mm - letter.StartBaseLine.Y - Baseline(row)) < Tolerance,
                    $"line {row + 1} ({letter.Value}) at y {297 * Mm - letter.StartBaseLine.Y:0.000} pt from the top, the grid's {Baseline(row):0.000}");
            }
        var shows = page.Operations.Where(o => o is ShowText or ShowTextsWithPositioning).ToList();
        Assert.Equal(22, shows.Count);
        Assert.All(shows, s => Assert.IsType<ShowTextsWithPositioning>(s));
    }

    [Fact]
    public void Latin_words_bold_pieces_and_squeezed_marks_start_where_they_are_asked_to()
    {
        // A line as the composer places one: a Latin word at its own advances, a half-width mark, bold pieces (PDFsharp
        // simulates bold with a character spacing every glyph's advance takes), each piece at its own x.
        (string Text, double X)[] pieces =
        [
            ("第", 28 * Mm), ("PDF", 28 * Mm + Pitch), ("版", 28 * Mm + Pitch + 30), ("，", 28 * Mm + 2 * Pitch + 30),
            ("本", 28 * Mm + 2.5 * Pitch + 30), ("2024", 28 * Mm + 3.5 * Pitch + 30), ("年", 28 * Mm + 3.5 * Pitch + 62.4),
        ];
        foreach (var bold in new[] { false, true })
        {
            var pdf = Draw((canvas, fonts) => canvas.Text(pieces, fonts.Get(FontRole.FangSong, Size, bold), XBrushes.Black, Baseline(0)));
            using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var letters = Letters(read.GetPage(1));
            Assert.Equal(string.Concat(pieces.Select(p => p.Text)), string.Concat(letters.Select(l => l.Value)));
            var first = 0;
            foreach (var (piece, x) in pieces)
            {
                Assert.True(Math.Abs(letters[first].StartBaseLine.X - x) < Tolerance,
                    $"{(bold ? "bold" : "regular")} \"{piece}\" at x {letters[first].StartBaseLine.X:0.000} pt, asked for {x:0.000}");
                // Within a piece each glyph follows the one before at its advance (and a bold's spacing): none overlaps.
                for (var g = first + 1; g < first + piece.Length; g++) Assert.True(letters[g].StartBaseLine.X > letters[g - 1].StartBaseLine.X + 1);
                first += piece.Length;
            }
        }
    }

    [Fact]
    public void A_manuscripts_full_page_reads_back_as_the_source_paragraph_every_character_on_the_grid()
    {
        var paragraph = ScratchSpeech.Paragraph(50);
        using var speech = new ScratchSpeech("测试", paragraph);
        using var read = UglyToad.PdfPig.PdfDocument.Open(speech.Manuscript);
        var page = read.GetPage(2);
        var lines = PdfText.Body(PdfText.Lines(speech.Manuscript)).Where(l => l.Page == 2).ToList();

        Assert.Equal(22, lines.Count);
        Assert.All(lines, l => Assert.Equal(28, l.Letters.Count));
        // Page 2 goes on with the paragraph where page 1 stopped: its text is a stretch of the source, in order.
        Assert.Contains(string.Concat(lines.Select(l => l.Text)), paragraph);
        for (var row = 0; row < 22; row++)
            for (var i = 0; i < 28; i++)
            {
                var letter = lines[row].Letters[i];
                Assert.True(Math.Abs(letter.StartBaseLine.X - (28 * Mm + i * Pitch)) < Tolerance,
                    $"line {row + 1}, character {i + 1} at x {letter.StartBaseLine.X:0.000} pt, the grid's {28 * Mm + i * Pitch:0.000}");
                Assert.True(Math.Abs(297 * Mm - letter.StartBaseLine.Y - Baseline(row)) < Tolerance,
                    $"line {row + 1} at y {297 * Mm - letter.StartBaseLine.Y:0.000} pt from the top, the grid's {Baseline(row):0.000}");
            }
        Assert.Equal(22, page.Operations.Count(o => o is ShowTextsWithPositioning));
    }
}
