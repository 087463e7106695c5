using System.Xml.Linq;
using Wengao.Tests.Support;

namespace Wengao.Tests.Notes;

/// <summary>
/// Markdown footnotes on the site's page: each reference ［N］ links to its note, the notes follow the text under 注释,
/// each opening on its number, which links back; ids unique on the page and never a heading's.
/// </summary>
public sealed class NotesOnThePageTests
{
    private const string Body = """
        全年新增“四上”企业[^1]312家，深入实施制造业“链长制”[^chain]。

        ## 一、fn 1

        “四上”企业[^1]总数突破3000家。

        [^1]: “四上”企业：指规模以上工业企业、有资质的建筑业企业、限额以上批发零售住宿餐饮企业和规模以上服务业企业。
        [^chain]: “链长制”：由市级领导担任重点产业链“链长”的工作机制。

            链长统筹推进产业链招商和要素保障。
        """;

    private static XDocument Page(ScratchSpeech speech) => Html.Load(speech.Page);

    private static XElement ById(XDocument page, string id) => page.Descendants().Single(e => (string?)e.Attribute("id") == id);

    [Fact]
    public void References_link_to_their_notes_and_each_note_links_back()
    {
        using var speech = new ScratchSpeech("测试", Body);
        var page = Page(speech);

        var refs = page.Descendants("a").Where(a => (string?)a.Attribute("class") == "note-ref").ToList();
        // References are counted note by note (Markdig's order): the second reference to note 1 is fnref:2.
        Assert.Equal(["fnref:1 #fn:1 ［1］", "fnref:3 #fn:2 ［2］", "fnref:2 #fn:1 ［1］"],
            refs.Select(a => $"{a.Attribute("id")!.Value} {a.Attribute("href")!.Value} {a.Text()}"));
        Assert.All(refs, a => Assert.Equal("sup", a.Elements().Single().Name.LocalName));

        var section = page.Descendants("section").Single(s => (string?)s.Attribute("class") == "notes");
        Assert.Equal("注释", section.Elements("h2").Single().Text());
        var notes = section.Descendants("li").ToList();
        Assert.Equal(["fn:1", "fn:2"], notes.Select(n => n.Attribute("id")!.Value));

        // The number opens the note's first paragraph and goes back to the first reference; a second reference has its own way back.
        var first = notes[0].Elements("p").First();
        var number = first.Elements("a").First();
        Assert.Equal(("note-number", "#fnref:1", "［1］"), ((string)number.Attribute("class")!, (string)number.Attribute("href")!, number.Text()));
        Assert.StartsWith("［1］“四上”企业：指规模以上工业企业", first.Text());
        Assert.Equal(["#fnref:2"], notes[0].Descendants("a").Where(a => (string?)a.Attribute("class") == "note-back").Select(a => (string)a.Attribute("href")!));
        // A note of two paragraphs keeps both; a label that is not a number is shown by the note's order.
        Assert.Equal(["［2］“链长制”：由市级领导担任重点产业链“链长”的工作机制。", "链长统筹推进产业链招商和要素保障。"],
            notes[1].Elements("p").Select(p => p.Text()));
    }

    [Fact]
    public void Every_link_of_a_note_reaches_an_id_and_no_id_is_used_twice()
    {
        using var speech = new ScratchSpeech("测试", Body);
        var page = Page(speech);

        var ids = page.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        // The heading "一、fn 1" has the GitHub-style id fn-1: a note's id holds a colon, so the two never meet.
        Assert.Equal("h2", ById(page, "一fn-1").Name.LocalName);
        var targets = page.Descendants("a").Select(a => (string?)a.Attribute("href")).OfType<string>()
            .Where(h => h.StartsWith("#fn", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, targets.Count);
        Assert.All(targets, href => Assert.Contains(href[1..], ids));
    }

    [Fact]
    public void A_reference_to_no_note_stays_as_written()
    {
        using var speech = new ScratchSpeech("测试", "数据见附表[^9]。");
        var page = Page(speech);

        Assert.Empty(page.Descendants("section"));
        Assert.Contains("数据见附表[^9]。", page.Descendants("p").Select(p => p.Text()));
    }
}
