using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Tables;

/// <summary>
/// A 通报's list of 130 commended units (tests/fixtures/documents/commendation-list.txt), numbered lines one after the
/// other: imported as one ordered list, not 130 headings; built, the page shows an `ol` of 130 items and the PDF every
/// number with its unit, in order. A list that starts at 3 keeps its 3 in the PDF, a nested list steps in two characters.
/// </summary>
public sealed class ListTests : IDisposable
{
    private readonly TempDir _dir = new();
    private static readonly string Draft = Path.Combine(Repo.Fixtures, "documents", "commendation-list.txt");
    private static readonly string[] Items = File.ReadAllLines(Draft)[7..137];

    private string Import()
    {
        var content = EmptyContent(_dir);
        var (exit, stdout, stderr) = RunCli("import", Draft, "--content", content, "--slug", "commendation", "--date", "2025-01-10");
        Assert.True(exit == 0, stderr);
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"], Drafts: true));
        return stdout;
    }

    [Fact]
    public void The_numbered_lines_are_one_ordered_list_not_headings()
    {
        var stdout = Import();

        Assert.Equal("1.市第一人民医院", Items[0]);
        Assert.Equal("130.双塔区梅岭镇中心卫生院", Items[^1]);
        Assert.Contains("  tables: 0, ordered lists: 1", stdout);
        Assert.Contains("  headings marked: 0 on lines of their own, 0 run in", stdout);
        var article = Html.Load(_dir["output/internal/site/speeches/commendation.html"]).All("article").Single();
        var list = article.Descendants("ol").Single();
        Assert.Null(list.Attribute("start"));
        var items = list.Elements("li").Select(li => li.Text()).ToList();
        // every character kept: the number the list shows and the item's text are the draft's line
        Assert.Equal(Items, items.Select((text, i) => $"{i + 1}.{text}"));
        Assert.DoesNotContain(article.Descendants(), e => e.Name.LocalName is "h2" or "h3" or "h4");
    }

    [Fact]
    public void The_pdf_shows_every_number_with_its_unit_in_order()
    {
        Import();

        var lines = PdfText.Body(PdfText.Lines(_dir["output/internal/pdf/commendation.pdf"])).Select(l => l.Text).ToList();
        var at = lines.FindIndex(l => l.StartsWith("医院等130个单位", StringComparison.Ordinal));
        Assert.True(at >= 0);
        foreach (var item in Items)
        {
            var next = lines.IndexOf(item, at + 1);
            Assert.True(next > at, $"{item} is missing or out of order");
            at = next;
        }
    }

    [Fact]
    public void A_list_keeps_its_start_number_in_the_pdf_and_a_nested_list_steps_in()
    {
        using var speech = new ScratchSpeech("列表", "3. 第三项工作\n4. 第四项工作\n   1. 具体措施\n\n会议结束。");
        var lines = PdfText.Body(PdfText.Lines(speech.Manuscript));
        const double pitch = 156 * PdfText.Mm / 28;
        var third = lines.Single(l => l.Text == "3.第三项工作");
        var fourth = lines.Single(l => l.Text == "4.第四项工作");
        var nested = lines.Single(l => l.Text == "1.具体措施");
        // the items' first ideographs (第, 具) after the numbers: the nested one two characters further in
        Assert.Equal(28 * PdfText.Mm + 2 * pitch, third.Left, 2.0);
        Assert.Equal(third.Letters[2].StartBaseLine.X, fourth.Letters[2].StartBaseLine.X, 0.1);
        Assert.Equal(third.Letters[2].StartBaseLine.X + 2 * pitch, nested.Letters[2].StartBaseLine.X, 0.1);
        Assert.True(third.Baseline > fourth.Baseline && fourth.Baseline > nested.Baseline);
    }

    [Fact]
    public void An_unordered_item_opens_with_a_bullet_in_the_pdf()
    {
        using var speech = new ScratchSpeech("列表", "- 加强组织领导\n- 加大资金投入\n\n会议结束。");
        var lines = PdfText.Body(PdfText.Lines(speech.Manuscript)).Select(l => l.Text).ToList();
        Assert.Contains("●加强组织领导", lines);
        Assert.Contains("●加大资金投入", lines);
    }

    public void Dispose() => _dir.Dispose();
}
