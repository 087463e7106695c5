using Wengao.Tests.Support;

namespace Wengao.Tests.Copies;

/// <summary>
/// Numbered copies (份号) of a PDF whose kind says `copies: true`: one PDF a copy, numbered in the order of the document's
/// `issued_to`, the 份号 where GB/T 9704 §7.2.1 puts it, the recipient's name across every page of a watermarked copy
/// as an artifact, so that the copy's text reads as the document's.
/// </summary>
public sealed class NumberedCopiesTests(CopiesBuild build) : IClassFixture<CopiesBuild>
{
    private const double Mm = 72 / 25.4;

    /// <summary>
    /// The type area's first line (GB/T 9704 §5.2.3: its top 37 mm below the page's top): a 三号 (16 pt) line's baseline
    /// lies 0.88 em below it, in PDF coordinates up from the page's foot (297 mm).
    /// </summary>
    private const double FirstBaseline = (297 - 37) * Mm - 16 * 0.88;

    /// <summary>The type area's left edge (§5.2.3: 28 mm from the page's left).</summary>
    private const double TypeAreaLeft = 28 * Mm;

    [Fact]
    public void Each_recipient_gets_its_copies_numbered_in_list_order_the_number_flush_left_on_the_first_line()
    {
        Assert.Equal(["000001.pdf", "000002.pdf", "000003.pdf", "000004.pdf"], build.Copies("internal")); // 2 + 1 + 1
        foreach (var number in new[] { "000001", "000002", "000003", "000004" })
        {
            var first = PdfText.Lines(build.Copy("internal", number)).First();
            Assert.Equal((1, number), (first.Page, first.Text));
            Assert.InRange(first.Baseline, FirstBaseline - 0.5, FirstBaseline + 0.5);
            Assert.InRange(first.Letters[0].StartBaseLine.X, TypeAreaLeft - 0.3, TypeAreaLeft + 0.3);
            Assert.All(first.Letters, l => Assert.InRange(l.PointSize, 15.9, 16.1)); // 3号
        }
        // The PDF itself carries no number: its first line is the title.
        Assert.Equal("关于召开对口帮扶工作座谈会的通知", PdfText.Lines(build.Pdf("internal")).First().Text);
    }

    [Fact]
    public void A_watermarked_copy_names_its_recipient_across_every_page_as_an_artifact()
    {
        var recipients = new Dictionary<string, string>
        {
            ["000001"] = "市委办公室", ["000002"] = "市委办公室", ["000003"] = "县财政局张苇同志", ["000004"] = "县农业局",
        };
        foreach (var (number, recipient) in recipients)
        {
            var path = build.Copy("internal", number);
            var pages = CopyPdf.Pages(path);
            Assert.True(pages >= 2, $"the notice should run over pages, to show the watermark on each: {pages}");
            Assert.Equal(Enumerable.Range(1, pages).Select(p => (p, recipient, true)), CopyPdf.Slanted(path));
        }
        // Faint: a light grey, under the black text.
        var mark = CopyPdf.Letters(build.Copy("internal", "000003")).First(l => l.Letter.TextOrientation == UglyToad.PdfPig.Content.TextOrientation.Other);
        var (r, g, b) = mark.Letter.Color.ToRGBValues();
        Assert.All(new[] { r, g, b }, c => Assert.InRange(c, 0.75, 0.95));
        // Rising at 45°: each character's baseline start up and to the right of the one before by as much.
        var letters = CopyPdf.Letters(build.Copy("internal", "000003")).Where(l => l.Page == 1 && l.Letter.TextOrientation == UglyToad.PdfPig.Content.TextOrientation.Other)
            .Select(l => l.Letter.StartBaseLine).ToList();
        var (dx, dy) = (letters[1].X - letters[0].X, letters[1].Y - letters[0].Y);
        Assert.InRange(Math.Atan2(dy, dx) * 180 / Math.PI, 44.5, 45.5);
    }

    [Fact]
    public void The_pdf_itself_has_no_watermark()
    {
        Assert.Empty(CopyPdf.Slanted(build.Pdf("internal")));
    }

    [Fact]
    public void A_copys_text_extracts_as_the_documents_text_after_its_number()
    {
        var plain = CopyPdf.Content(build.Pdf("internal"));
        Assert.StartsWith("关于召开对口帮扶工作座谈会的通知", plain);
        foreach (var number in new[] { "000001", "000003" })
            Assert.Equal(number + plain, CopyPdf.Content(build.Copy("internal", number)));
    }

    [Fact]
    public void The_public_editions_copies_carry_the_masked_recipient()
    {
        Assert.Equal(build.Copies("internal"), build.Copies("public"));
        var watermarks = CopyPdf.Slanted(build.Copy("public", "000003"));
        Assert.All(watermarks, w => Assert.Equal("县财政局xxx同志", w.Text));
        foreach (var file in build.Copies("public"))
        {
            var text = string.Concat(CopyPdf.Letters(Path.Combine(Path.GetDirectoryName(build.Copy("public", "000001"))!, file)).Select(l => l.Letter.Value));
            Assert.DoesNotContain("张苇", text);
        }
    }

    [Fact]
    public void The_site_does_not_carry_the_copies()
    {
        foreach (var edition in new[] { "internal", "public" })
            Assert.Empty(Directory.GetFiles(build.Site(edition), "00000*.pdf", SearchOption.AllDirectories));
        Assert.DoesNotContain("copies/", File.ReadAllText(Path.Combine(build.Site("internal"), "notices", CopiesBuild.Slug + ".html")));
    }
}
