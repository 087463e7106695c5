using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Authoring;

/// <summary>
/// A 某市 government work report of 5,000 characters, with headings at four levels, 20 notes ［1］–［20］ and a 注释
/// section, as a document site shows it (tests/fixtures/documents/work-report-scraped.txt): imported, only the site's
/// clutter is dropped, and listed; built, the page and the PDF hold every character of the clean original
/// (work-report.txt), the notes linked both ways, and the PDF outline every heading at its level.
/// </summary>
public sealed class WorkReportImportTests(WorkReportImportTests.Built built) : IClassFixture<WorkReportImportTests.Built>
{
    private static readonly string Documents = Path.Combine(Repo.Fixtures, "documents");

    /// <summary>The report imported and built once (drafts included) for all the tests of the class.</summary>
    public sealed class Built : IDisposable
    {
        private readonly TempDir _dir = new();

        public Built()
        {
            var content = EmptyContent(_dir);
            (Exit, Out, Err) = RunCli("import", Path.Combine(Documents, "work-report-scraped.txt"), "--content", content, "--slug", "report", "--date", "2024-01-15");
            if (Exit == 0) SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"], Drafts: true));
        }

        public int Exit { get; }
        public string Out { get; }
        public string Err { get; }
        public string Page => _dir["output/internal/site/speeches/report.html"];
        public string Pdf => _dir["output/internal/pdf/report.pdf"];

        public void Dispose() => _dir.Dispose();
    }

    /// <summary>The clean original's text after its title and salutation, lines joined: what the body must hold.</summary>
    private static string CleanBody() => string.Concat(File.ReadAllLines(Path.Combine(Documents, "work-report.txt")).Skip(2));

    [Fact]
    public void Only_the_sites_clutter_is_dropped_and_each_line_of_it_is_listed()
    {
        Assert.True(built.Exit == 0, built.Err);
        var dropped = built.Out.Split('\n').Where(l => l.StartsWith("    line ", StringComparison.Ordinal))
            .Select(l => int.Parse(l["    line ".Length..l.IndexOf(':')])).ToArray();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 9, 12, 19, 20, 23, 29, 35, 43, 44, 47, 55, 66, 80, 103, 104, 105, 106, 107, 108, 109, 110], dropped);
        // What is left of the scraped copy, line by line, is the clean original.
        var scraped = File.ReadAllLines(Path.Combine(Documents, "work-report-scraped.txt"));
        Assert.Equal(File.ReadAllLines(Path.Combine(Documents, "work-report.txt")), scraped.Where((_, i) => !dropped.Contains(i + 1)));
        foreach (var line in new[]
                 {
                     "line 1: 打印  (site header above the title)",
                     "line 5: 大 中 小】  (site header above the title)",
                     "line 9: 来源：某市人民政府办公室 发布时间：2024-01-15 阅读量：3562  (a bar or credit line of the page)",
                     "line 12: （新华社北京3月6日电）  (the news agency's dateline)",
                     "line 20: （摄影 张某）  (a photo caption or credit)",
                     "line 23: 《 人民日报 》（ 2024年03月06日 02 版）  (the newspaper's credit)",
                     "line 29: 【 关闭窗口 】  (the page's buttons (字号, 打印, 关闭, 收藏, 分享, 纠错))",
                     "line 44: 分享到：  (the page's buttons (字号, 打印, 关闭, 收藏, 分享, 纠错))",
                     "line 55: 【我要纠错】  (the page's buttons (字号, 打印, 关闭, 收藏, 分享, 纠错))",
                     "line 66: 当前位置：首页 > 政务公开 > 政府工作报告  (a bar or credit line of the page)",
                     "line 80: 打印  (the page's buttons (字号, 打印, 关闭, 收藏, 分享, 纠错))",
                     "line 104: 责任编辑：王某  (site footer after the text)",
                     "line 108: 相关报道：  (the site's list of links after the text)",
                 })
            Assert.Contains(line, built.Out);
        Assert.Contains("  title:       政府工作报告\n", built.Out);
        Assert.Contains("  salutation:  各位代表：\n", built.Out);
    }

    [Fact]
    public void The_report_counts_the_notes_and_the_headings()
    {
        Assert.Contains("  notes:       20 (under “注释” at line 82, each linked from its marker in the text)", built.Out);
        Assert.Contains("headings marked: 24 on lines of their own, 13 run in", built.Out);
    }

    [Fact]
    public void The_page_holds_every_character_of_the_text_and_its_notes()
    {
        var article = Html.Load(built.Page).Descendants("article").Single();
        Assert.Equal("政府工作报告", article.Descendants("h1").Single().Text());
        Assert.Equal("各位代表：", article.Descendants("p").Single(p => (string?)p.Attribute("class") == "salutation").Text());
        var body = article.Descendants("div").Single(d => (string?)d.Attribute("class") == "body");
        Assert.Equal(CleanBody(), body.Text().Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void On_the_page_each_marker_links_to_its_note_and_the_note_back()
    {
        var page = Html.Load(built.Page);
        var ids = page.Descendants().Where(e => e.Attribute("id") is not null).ToDictionary(e => e.Attribute("id")!.Value);
        var refs = page.Descendants("a").Where(a => (string?)a.Attribute("class") == "note-ref").ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"［{n}］"), refs.Select(r => r.Text()));
        foreach (var (reference, n) in refs.Select((r, i) => (r, i + 1)))
        {
            var note = ids[$"fn:{n}"];
            Assert.Equal((string)reference.Attribute("href")!, $"#fn:{n}");
            var back = note.Descendants("a").First();
            Assert.Equal($"［{n}］", back.Text());
            Assert.Same(reference, ids[((string)back.Attribute("href")!)[1..]]);
        }
        Assert.Equal("［7］“新三样”：电动载人汽车、锂离子蓄电池和太阳能电池。", ids["fn:7"].Text().Trim());
    }

    [Fact]
    public void The_pdf_holds_every_character_of_the_text_and_its_notes()
    {
        var lines = PdfText.Body(PdfText.Lines(built.Pdf));
        var text = string.Concat(lines.SkipWhile(l => l.Text != "各位代表：").Skip(1).Select(l => l.Text));
        Assert.Equal(Seed.Normalise(CleanBody()), text);
    }

    [Fact]
    public void In_the_pdf_each_marker_links_to_the_page_of_its_note_and_the_note_to_the_page_of_its_marker()
    {
        var lines = PdfText.Body(PdfText.Lines(built.Pdf));
        var heading = lines.Single(l => l.Text == "注释");
        Assert.Equal(9, heading.Page);
        var text = lines.TakeWhile(l => l != heading).ToList();
        var notes = lines.SkipWhile(l => l != heading).ToList();

        using var document = PdfDocument.Open(built.Pdf);
        var links = new List<(int On, string Text, int To)>();
        foreach (var page in document.GetPages())
            foreach (var a in page.GetAnnotations().Where(a => a.Type == AnnotationType.Link))
                links.Add((page.Number, string.Concat(page.Letters.Where(l => Inside(a.Rectangle, l.BoundingBox.Centroid)).Select(l => l.Value)),
                    ((GoToAction)a.Action!).Destination.PageNumber));
        Assert.Equal(40, links.Count);
        for (var n = 1; n <= 20; n++)
        {
            var marker = $"［{n}］";
            var markerPage = text.Single(l => l.Text.Contains(marker, StringComparison.Ordinal)).Page;
            var notePage = notes.Single(l => l.Text.StartsWith(marker, StringComparison.Ordinal)).Page;
            Assert.Equal([(markerPage, marker, notePage), (notePage, marker, markerPage)], links.Where(l => l.Text == marker).OrderBy(l => l.On != markerPage));
        }
        // The first marker is on page 1, the last in the text's last part; the first note on the page of 注释.
        Assert.Equal((1, 9), (links.First(l => l.Text == "［1］").On, links.First(l => l.Text == "［1］").To));
    }

    private static bool Inside(UglyToad.PdfPig.Core.PdfRectangle area, UglyToad.PdfPig.Core.PdfPoint point) =>
        point.X >= area.Left && point.X <= area.Right && point.Y >= area.Bottom && point.Y <= area.Top;

    [Fact]
    public void The_pdf_outline_has_every_heading_at_its_level_and_the_notes()
    {
        using var document = PdfDocument.Open(built.Pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var outline = new List<string>();
        void Walk(IEnumerable<BookmarkNode> nodes, int depth)
        {
            foreach (var node in nodes)
            {
                outline.Add($"{depth} {node.Title}");
                Walk(node.Children, depth + 1);
            }
        }
        Walk(bookmarks.Roots, 1);

        Assert.Equal([
            "1 一、2023年工作回顾",
            "2 （一）经济运行稳中向好。", "3 1.项目建设扎实推进", "3 2.消费市场加快回暖。",
            "2 （二）产业结构持续优化。", "3 1.制造业提质增效", "4 （1）加强要素保障", "4 （2）推进数字化转型。", "3 2.服务业提档升级。",
            "2 （三）改革开放纵深推进。",
            "2 （四）城乡面貌持续改善。", "3 1.城市更新稳步推进", "3 2.乡村振兴全面推进。",
            "2 （五）民生福祉不断增进。",
            "2 （六）安全稳定大局巩固。",
            "1 二、2024年主要目标和重点任务",
            "2 （一）着力扩大有效需求。", "3 1.扩大有效投资。", "3 2.激发消费潜能。",
            "2 （二）着力建设现代化产业体系。", "3 1.壮大先进制造业", "4 （1）做强主导产业", "4 （2）培育新兴产业。", "4 （3）拓宽资金来源", "3 2.提升现代服务业。",
            "2 （三）着力深化改革扩大开放。",
            "2 （四）着力保障和改善民生。", "3 1.稳定扩大就业", "3 2.办好人民满意的教育。", "3 3.健全社会保障体系。",
            "2 （五）着力推进乡村全面振兴。", "3 1.稳定粮食和重要农产品生产", "3 2.建设宜居宜业和美乡村。",
            "2 （六）着力防范化解重大风险。", "3 1.防范化解债务风险", "3 2.守牢安全生产底线。",
            "1 三、加强政府自身建设",
            "1 注释",
        ], outline);
    }
}
