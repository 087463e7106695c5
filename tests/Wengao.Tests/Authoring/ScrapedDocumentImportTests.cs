using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Authoring;

/// <summary>
/// A 通知 as a government site shows it (tests/fixtures/drafts/scraped-notice.txt): imported, the site's clutter is dropped
/// and listed, the title over three lines kept as one title, headings found at their four levels whether on lines of their
/// own or run in, and every line of the text kept; built, the headings are the page's and the PDF outline's.
/// </summary>
public sealed class ScrapedDocumentImportTests : IDisposable
{
    private readonly TempDir _dir = new();
    private static readonly string Draft = Path.Combine(Repo.Fixtures, "drafts", "scraped-notice.txt");

    private (int Exit, string Out, string Err, string Content) Import()
    {
        var content = EmptyContent(_dir);
        var (exit, stdout, stderr) = RunCli("import", Draft, "--content", content, "--slug", "notice", "--date", "2024-03-12");
        return (exit, stdout, stderr, content);
    }

    [Fact]
    public void The_sites_clutter_is_dropped_and_listed_line_by_line()
    {
        var (exit, stdout, stderr, _) = Import();

        Assert.True(exit == 0, stderr);
        var dropped = stdout.Split('\n').Where(l => l.StartsWith("    line ", StringComparison.Ordinal))
            .Select(l => int.Parse(l["    line ".Length..l.IndexOf(':')])).ToArray();
        Assert.Equal([1, 2, 3, 4, 11, 22, 27, 28, 29, 30], dropped); // line 8, the 发文字号, is read into `number:`
        Assert.Contains("line 11: （新华社北京3月6日电）  (the news agency's dateline)", stdout);
        Assert.Contains("line 22: 图为某村新建的污水处理站。  (a photo caption or credit)", stdout);
        Assert.Contains("line 2: 【字号：大 中 小】【打印】【关闭】  (site header above the title)", stdout);
        Assert.Contains("line 28: 相关报道：  (the site's list of links after the text)", stdout);
    }

    [Fact]
    public void A_title_over_three_lines_is_one_title_with_the_authors_breaks()
    {
        var (_, stdout, _, content) = Import();

        Assert.Contains("title:       县人民政府办公室关于进一步加强 / 农村人居环境整治提升工作 / 的通知 (3 lines)", stdout);
        var source = File.ReadAllText(Directory.GetFiles(Path.Combine(content, "speeches"), "*.md").Single());
        Assert.Contains("title: \"县人民政府办公室关于进一步加强\\n农村人居环境整治提升工作\\n的通知\"", source);
        Assert.Contains("salutation: \"各乡镇人民政府，县政府各部门：\"", source);
        Assert.Contains("number: \"x政办发〔2024〕12号\"", source);
    }

    [Fact]
    public void Headings_are_found_at_their_four_levels_on_their_own_lines_or_run_in()
    {
        var (_, stdout, _, _) = Import();

        Assert.Contains("headings marked: 6 on lines of their own, 2 run in", stdout);
        foreach (var line in new[]
                 {
                     "paragraph 2, level 1, own line: 一、总体要求", "paragraph 3, level 2, own line: （一）指导思想。",
                     "paragraph 5, level 2: （二）主要目标。", "paragraph 6, level 1, own line: 二、重点任务",
                     "paragraph 7, level 3, own line: 1.扎实推进农村厕所革命", "paragraph 9, level 4, own line: （1）加强质量管控",
                     "paragraph 11, level 3: 2.加快生活污水治理。", "paragraph 12, level 1, own line: 三、保障措施",
                 })
            Assert.Contains(line, stdout);
    }

    [Fact]
    public void Built_every_line_of_the_text_is_on_the_page_and_the_headings_are_the_pages_and_the_outlines()
    {
        var (_, _, _, content) = Import();
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"], Drafts: true));

        var page = Html.Load(_dir["output/internal/site/speeches/notice.html"]);
        var article = page.All("article").Single();
        var text = Seed.Normalise(article.Text());
        var lines = File.ReadAllLines(Draft);
        foreach (var kept in new[] { 8, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26 })
            Assert.Contains(Seed.Normalise(lines[kept - 1]), text);
        foreach (var droppedLine in new[] { 1, 2, 3, 11, 22, 27, 28, 29, 30 })
            Assert.DoesNotContain(Seed.Normalise(lines[droppedLine - 1]), text);
        // The document's headings, not the table of contents' own (目录, in its <nav>).
        Assert.Equal(["一、总体要求", "二、重点任务", "三、保障措施"], article.Descendants("h2").Where(h => !h.Ancestors("nav").Any()).Select(h => h.Text()));
        Assert.Equal(["（一）指导思想。"], article.Descendants("h3").Select(h => h.Text()));
        Assert.Equal(["1.扎实推进农村厕所革命"], article.Descendants("h4").Select(h => h.Text()));
        Assert.Equal(["（1）加强质量管控"], article.Descendants("h5").Select(h => h.Text()));

        using var pdf = PdfDocument.Open(_dir["output/internal/pdf/notice.pdf"]);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var outline = Flatten(bookmarks.Roots).ToList();
        foreach (var heading in new[] { "一、总体要求", "（一）指导思想。", "（二）主要目标。", "二、重点任务", "1.扎实推进农村厕所革命", "（1）加强质量管控", "2.加快生活污水治理。", "三、保障措施" })
            Assert.Contains(outline, title => title.Contains(heading.TrimEnd('。'), StringComparison.Ordinal));
    }

    [Fact]
    public void In_the_pdf_a_heading_on_its_own_line_starts_two_characters_in_as_a_paragraph_does()
    {
        var (_, _, _, content) = Import();
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"], Drafts: true));

        var lines = PdfText.Body(PdfText.Lines(_dir["output/internal/pdf/notice.pdf"]));
        const double indented = 28 * PdfText.Mm + 2 * 16; // the type area's left edge, then two 3号 characters
        foreach (var start in new[] { "一、总体要求", "（一）指导思想。", "1.扎实推进农村厕所革命", "（1）加强质量管控", "坚持以人民为中心" })
            Assert.Equal(indented, lines.First(l => l.Text.StartsWith(start, StringComparison.Ordinal)).Letters[0].StartBaseLine.X, 0.5 * PdfText.Mm);
    }

    [Fact]
    public void A_report_that_opens_on_a_heading_keeps_it_as_the_first_heading_not_as_part_of_the_title()
    {
        var content = EmptyContent(_dir);
        File.WriteAllText(_dir["report.txt"], "关于2023年工作情况的报告\n一、主要工作\n（一）抓经济。今年以来，全县经济稳中有进。\n二、存在问题\n发展不平衡的问题依然突出。\n");

        var (exit, stdout, stderr) = RunCli("import", _dir["report.txt"], "--content", content, "--slug", "report", "--date", "2024-01-10");

        Assert.True(exit == 0, stderr);
        Assert.Contains("title:       关于2023年工作情况的报告\n", stdout);
        Assert.Contains("paragraph 1, level 1, own line: 一、主要工作", stdout);
        Assert.Contains("dropped as not part of the text: 0", stdout);
        var source = File.ReadAllText(Directory.GetFiles(Path.Combine(content, "speeches"), "*.md").Single());
        Assert.Contains("\n## 一、主要工作\n", source);
    }

    private static IEnumerable<string> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n.Title));

    public void Dispose() => _dir.Dispose();
}
