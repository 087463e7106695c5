using Wengao.Tests.Support;

namespace Wengao.Tests.Furniture;

/// <summary>
/// The furniture in the manuscript PDF, measured in millimetres with PdfPig: 发文字号 centred under the title (GB/T 9704
/// §7.2.5), the 附件说明 two characters in with its names aligned (§7.3.4), the 成文日期 four characters in from the type
/// area's right edge with the issuers centred over it (§7.3.5), the 附注 under it (§7.3.6), each 附件 on a new page with
/// "附件N" at the top left and its title under it (§8).
/// </summary>
public sealed class FurniturePdfTests(FurnitureKit kit) : IClassFixture<FurnitureKit>
{
    private const double Mm = PdfText.Mm;
    private const double Tolerance = 0.5 * Mm;

    /// <summary>The type area's left and right edges: 28 mm, and 28 + 156 mm.</summary>
    private const double Left = 28 * Mm, Right = (28 + 156) * Mm;

    /// <summary>One character of the 3号 body on the 28-a-line grid: 156/28 mm.</summary>
    private const double Character = 156.0 / 28 * Mm;

    /// <summary>The first line's baseline, from the page's foot: 297 − 37 mm, less 0.88 of 16 pt.</summary>
    private const double FirstBaseline = (297 - 37) * Mm - 0.88 * 16;

    /// <summary>One grid line: 22 lines filling the 225 mm type area, the last one's 16 pt inside it.</summary>
    private const double LineStep = (225 * Mm - 16) / 21;

    private static PdfLine Line(IReadOnlyList<PdfLine> lines, string text) =>
        lines.Single(l => l.Text == text);

    private static double Start(PdfLine line) => line.Letters[0].StartBaseLine.X;
    private static double End(PdfLine line) => line.Letters[^1].EndBaseLine.X;
    private static double Centre(PdfLine line) => (Start(line) + End(line)) / 2;

    [Fact]
    public void The_document_number_is_centred_under_the_title()
    {
        var lines = PdfText.Body(PdfText.Lines(kit.NoticePdf));
        var number = Line(lines, "x政办发〔2024〕18号");
        var title = Line(lines, "工作方案的通知");
        Assert.Equal(1, number.Page);
        Assert.Equal((28 + 78) * Mm, Centre(number), Tolerance);
        Assert.True(number.Baseline < title.Baseline, "the number stands under the title");
    }

    [Fact]
    public void The_date_ends_four_characters_in_and_the_issuer_is_centred_over_it()
    {
        var lines = PdfText.Body(PdfText.Lines(kit.NoticePdf));
        var date = Line(lines, "2024年4月8日");
        var issuer = Line(lines, "某县人民政府办公室");
        Assert.Equal(Right - 4 * Character, End(date), Tolerance);
        Assert.Equal(Centre(date), Centre(issuer), Tolerance);
        Assert.Equal(date.Page, issuer.Page);
        Assert.True(issuer.Baseline > date.Baseline, "the issuer stands over the date");
    }

    [Fact]
    public void The_signature_follows_one_blank_line_and_shares_its_page_with_the_text_before_it()
    {
        var lines = PdfText.Body(PdfText.Lines(kit.NoticePdf));
        var issuer = Line(lines, "某县人民政府办公室");
        var above = lines.Where(l => l.Page == issuer.Page && l.Baseline > issuer.Baseline).ToList();
        var notes = lines.Single(l => l.Text.StartsWith("附件：1.", StringComparison.Ordinal));
        Assert.Equal(issuer.Page, notes.Page); // the 附件说明 and the signature are set as one
        var text = above.Where(l => l.Baseline > notes.Baseline).ToList();
        Assert.True(text.Count >= 2, $"only {text.Count} lines of the body above the 附件说明 and signature on page {issuer.Page}");
        Assert.Equal(2 * LineStep, text[^1].Baseline - notes.Baseline, 0.5); // 正文下空一行 (§7.3.4)
        Assert.Equal(2 * LineStep, above[^1].Baseline - issuer.Baseline, 0.5);
    }

    [Fact]
    public void The_note_stands_two_characters_in_on_the_line_under_the_date()
    {
        var lines = PdfText.Body(PdfText.Lines(kit.NoticePdf));
        var date = Line(lines, "2024年4月8日");
        var note = Line(lines, "（此件公开发布）");
        var next = lines.SkipWhile(l => l != date).Skip(1).First();
        Assert.Same(note, next);
        // （ takes the third character of the line, 此 the fourth.
        Assert.Equal(Left + 3 * Character, note.Letters[1].StartBaseLine.X, Tolerance);
    }

    [Fact]
    public void The_attachment_notes_stand_two_characters_in_with_the_names_aligned()
    {
        var lines = PdfText.Body(PdfText.Lines(kit.NoticePdf));
        var first = lines.Single(l => l.Text.StartsWith("附件：1.", StringComparison.Ordinal));
        var second = lines.Single(l => l.Text.StartsWith("2.某县", StringComparison.Ordinal));
        var wrapped = lines.SkipWhile(l => l != second).Skip(1).First();
        Assert.Equal("附件：1.某县2024年防汛抗旱应急演练工作方案", first.Text);
        Assert.Equal("2.某县2024年防汛抗旱应急演练参演单位职责分工及各乡镇联络员名单", second.Text + wrapped.Text);
        Assert.Equal(Left + 2 * Character, Start(first), Tolerance);
        // "1." and "2." after the three characters 附件：, each name's lines under its first character.
        Assert.Equal(Left + 5 * Character, first.Letters[3].StartBaseLine.X, Tolerance);
        Assert.Equal(Left + 5 * Character, Start(second), Tolerance);
        var name = first.Letters[5].StartBaseLine.X;
        Assert.Equal(name, second.Letters[2].StartBaseLine.X, Tolerance);
        Assert.Equal(name, Start(wrapped), Tolerance);
    }

    [Fact]
    public void Each_attachment_starts_a_new_page_with_its_label_at_the_top_left_and_its_title_under_it()
    {
        var lines = PdfText.Body(PdfText.Lines(kit.NoticePdf));
        var date = Line(lines, "2024年4月8日");
        var one = Line(lines, "附件1");
        var two = Line(lines, "附件2");
        Assert.Equal(date.Page + 1, one.Page);
        Assert.True(two.Page > one.Page, $"附件2 on page {two.Page}, 附件1 on {one.Page}");
        foreach (var label in new[] { one, two })
        {
            Assert.Same(label, lines.First(l => l.Page == label.Page));
            Assert.Equal(Left, Start(label), Tolerance);
            Assert.Equal(FirstBaseline, label.Baseline, Tolerance);
        }
        // 3号黑体, as the level-1 heading 一、提高思想认识 is set; the title in 2号小标宋, as the document's title.
        var heading = Line(lines, "一、提高思想认识");
        Assert.Equal(heading.Letters[1].FontName, one.Letters[0].FontName);
        Assert.Equal(16, one.Letters[0].PointSize, 0.1);
        var title = lines.SkipWhile(l => l != one).Skip(1).First();
        Assert.Equal("某县2024年防汛抗旱应急演练工作方案", title.Text);
        // §7.3.7: 附件标题居中编排在版心第三行.
        Assert.Equal(FirstBaseline - 2 * LineStep + 0.12 * (22 - 16), title.Baseline, 0.5); // 2号 on the grid's third line
        Assert.Equal(22, title.Letters[0].PointSize, 0.1);
        Assert.Equal(Line(lines, "工作方案的通知").Letters[0].FontName, title.Letters[0].FontName);
        Assert.Equal((28 + 78) * Mm, Centre(title), Tolerance);
        Assert.Equal("某县2024年防汛抗旱应急演练参演单位职责分工及各乡镇联络员名单",
            string.Concat(lines.SkipWhile(l => l != two).Skip(1).Take(2).Select(l => l.Text)));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(kit.NoticePdf);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var outline = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Contains("附件1　某县2024年防汛抗旱应急演练工作方案", outline);
        Assert.Contains("附件2　某县2024年防汛抗旱应急演练参演单位职责分工及各乡镇联络员名单", outline);
    }

    [Fact]
    public void The_reading_copy_notes_no_speaking_time_beside_an_attachment()
    {
        var all = PdfText.Lines(kit.NoticeReadingPdf);
        var label = PdfText.Body(all).Single(l => l.Text == "附件1");
        Assert.Contains(PdfText.Margin(all), l => l.Page < label.Page);
        Assert.DoesNotContain(PdfText.Margin(all), l => l.Page >= label.Page);
    }

    [Fact]
    public void Joint_issuers_each_stand_centred_over_the_date_the_lead_issuer_first()
    {
        var lines = PdfText.Body(PdfText.Lines(kit.ReportPdf));
        var date = Line(lines, "2024年6月28日");
        var lead = Line(lines, "某县农业农村局");
        var second = Line(lines, "某县生态环境局");
        Assert.Equal(Right - 4 * Character, End(date), Tolerance);
        Assert.Equal(Centre(date), Centre(lead), Tolerance);
        Assert.Equal(Centre(date), Centre(second), Tolerance);
        Assert.True(lead.Baseline > second.Baseline && second.Baseline > date.Baseline, "lead issuer, second issuer, then the date");
        var notes = lines.Single(l => l.Text.StartsWith("附件：", StringComparison.Ordinal));
        Assert.Equal("附件：某县2024年上半年农村人居环境整治重点任务完成情况", notes.Text + lines.SkipWhile(l => l != notes).Skip(1).First().Text);
        Assert.Equal(Left + 5 * Character, notes.Letters[3].StartBaseLine.X, Tolerance); // one attachment: its name right after 附件：
        Assert.Equal("附件", lines.Single(l => l.Text == "附件").Text); // one attachment: no number (§8)
    }
}
