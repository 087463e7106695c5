using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using Wengao.Tests.Support;

namespace Wengao.Tests.Notes;

/// <summary>
/// Notes in the manuscript: endnotes under 注释 after the body, each reference ［N］ a link to the page of its note and
/// each note's number a link back to the page of its first reference.
/// </summary>
public sealed class NotesInThePdfTests
{
    private static string Paragraphs(int count, char start) =>
        string.Join("\n\n", Enumerable.Range(0, count).Select(i => ScratchSpeech.Paragraph(1, (char)(start + i))));

    // Page 1: title, blank, speaker, date, blank, salutation, then 16 lines of body; page 2 the next 22; the notes on page 3.
    private static readonly string Body = string.Join("\n\n",
        "全年新增“四上”企业[^1]312家。", Paragraphs(20, '甲'),
        "深入实施制造业“链长制”[^2]，“四上”企业[^1]总数突破3000家。", Paragraphs(30, '乙'),
        "[^1]: “四上”企业：指规模以上工业企业、有资质的建筑业企业、限额以上批发零售住宿餐饮企业和规模以上服务业企业。",
        "[^2]: “链长制”：由市级领导担任重点产业链“链长”的工作机制。");

    /// <summary>Every link of the PDF: the page it is on, the text under it, and the page it goes to.</summary>
    private static List<(int On, string Text, int To)> Links(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var links = new List<(int, string, int)>();
        foreach (var page in document.GetPages())
            foreach (var a in page.GetAnnotations().Where(a => a.Type == AnnotationType.Link))
            {
                var under = page.Letters.Where(l => Inside(a.Rectangle, l.BoundingBox.Centroid)).Select(l => l.Value);
                links.Add((page.Number, string.Concat(under), ((GoToAction)a.Action!).Destination.PageNumber));
            }
        return links;
    }

    private static bool Inside(UglyToad.PdfPig.Core.PdfRectangle area, UglyToad.PdfPig.Core.PdfPoint point) =>
        point.X >= area.Left && point.X <= area.Right && point.Y >= area.Bottom && point.Y <= area.Top;

    [Fact]
    public void The_notes_follow_the_body_under_注释_on_the_grid()
    {
        using var speech = new ScratchSpeech("测试", Body);
        var lines = PdfText.Body(PdfText.Lines(speech.Manuscript));

        var heading = lines.Single(l => l.Text == "注释");
        Assert.Equal(3, heading.Page);
        var after = lines.SkipWhile(l => l != heading).Skip(1).Select(l => l.Text).ToList();
        Assert.Equal(["［1］“四上”企业：指规模以上工业企业、有资质的建筑", "业企业、限额以上批发零售住宿餐饮企业和规模以上服务业企业。",
            "［2］“链长制”：由市级领导担任重点产业链“链长”的工", "作机制。"], after);
        // The note is a paragraph of the body: its first line two characters in (where its ［ is set), the next one at the type area's left edge.
        var note = lines.SkipWhile(l => l != heading).Skip(1).Take(2).ToList();
        Assert.Equal(28 + 2 * 156.0 / 28, note[0].Letters[0].StartBaseLine.X / PdfText.Mm, 0.3);
        Assert.Equal(28, note[1].Letters[0].StartBaseLine.X / PdfText.Mm, 0.3);
    }

    [Fact]
    public void A_reference_goes_to_its_note_and_the_note_back_to_its_first_reference()
    {
        using var speech = new ScratchSpeech("测试", Body);

        Assert.Equal([(1, "［1］", 3), (2, "［2］", 2 + 1), (2, "［1］", 3), (3, "［1］", 1), (3, "［2］", 2)],
            Links(speech.Manuscript).OrderBy(l => l.On).ToList());
    }

    [Fact]
    public void A_reference_in_a_heading_is_set_in_it_and_linked_both_ways()
    {
        using var speech = new ScratchSpeech("测试", "## 一、实施“链长制”[^1]\n\n全市12条重点产业链产值增长9.1%。\n\n[^1]: “链长制”：由市级领导担任“链长”的工作机制。");
        var lines = PdfText.Body(PdfText.Lines(speech.Manuscript));

        Assert.Contains(lines, l => l.Text == "一、实施“链长制”［1］");
        Assert.Equal([(1, "［1］", 1), (1, "［1］", 1)], Links(speech.Manuscript));
        using var document = PdfDocument.Open(speech.Manuscript);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["一、实施“链长制”", "注释"], bookmarks.Roots.Select(b => b.Title));
    }

    [Fact]
    public void The_outline_ends_on_the_notes()
    {
        using var speech = new ScratchSpeech("测试", Body);
        using var document = PdfDocument.Open(speech.Manuscript);

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var notes = Assert.Single(bookmarks.Roots);
        Assert.Equal("注释", notes.Title);
        Assert.Equal(3, ((DocumentBookmarkNode)notes).PageNumber);
    }

    [Fact]
    public void The_reading_copy_has_the_notes_linked_too()
    {
        using var speech = new ScratchSpeech("测试", Body);

        var links = Links(speech.ReadingCopy);
        var notesPage = PdfText.Body(PdfText.Lines(speech.ReadingCopy)).Single(l => l.Text == "注释").Page;
        Assert.Equal(8, notesPage);
        // Notes are not spoken: no speaking time in the margin from 注释 on.
        var all = PdfText.Lines(speech.ReadingCopy);
        var heading = PdfText.Body(all).Single(l => l.Text == "注释");
        Assert.DoesNotContain(PdfText.Margin(all), m => m.Page > heading.Page || m.Page == heading.Page && m.Baseline <= heading.Baseline);
        Assert.Contains(PdfText.Margin(all), m => m.Page == heading.Page);
        Assert.Equal([(1, "［1］", 8), (4, "［2］", 9), (4, "［1］", 8), (8, "［1］", 1), (9, "［2］", 4)], links.OrderBy(l => l.On).ToList());
    }
}
