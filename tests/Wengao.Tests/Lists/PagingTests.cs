using System.Xml.Linq;
using Wengao.Tests.Support;

namespace Wengao.Tests.Lists;

/// <summary>Lists cut into pages of site.yml's `lists: page_size:`, each page linked to the others; nothing lost, nothing twice.</summary>
public sealed class PagingTests : IClassFixture<PagingTests.Built>
{
    public sealed class Built : IDisposable
    {
        public ListSite Site { get; } = new();
        public void Dispose() => Site.Dispose();
    }

    private readonly ListSite _site;

    public PagingTests(Built built) => _site = built.Site;

    private static IEnumerable<XElement> Class(XDocument page, string element, string name) =>
        page.Descendants(element).Where(e => ((string?)e.Attribute("class") ?? "").Split(' ').Contains(name));

    /// <summary>The titles a page lists in its documents' links (the home page's table, a list's ul).</summary>
    private List<string> Titles(string path, string container) =>
        [.. Class(_site.Page(path), container, container == "table" ? "speeches" : "documents").Descendants("a").Select(a => a.Text())];

    private static readonly string[] Newest = [.. Enumerable.Range(1, ListSite.Speeches.Length).Select(i => $"第{i}篇讲话")];

    [Fact]
    public void The_home_page_is_paged_newest_first_and_its_pages_link_each_other()
    {
        string[] pages = ["index.html", "index/2.html", "index/3.html"];
        Assert.Equal(Newest, pages.SelectMany(p => Titles(p, "table")));
        Assert.False(File.Exists(_site.File("index/4.html")));

        var second = _site.Page("index/2.html");
        var pager = Class(second, "nav", "pager").Single();
        var links = pager.Descendants("a").ToList();
        Assert.Equal(["上一页", "1", "2", "3", "下一页"], links.Select(a => a.Text()));
        Assert.Equal("page", (string?)links.Single(a => a.Text() == "2").Attribute("aria-current"));
        Assert.Equal(_site.File("index.html"), _site.Target("index/2.html", (string)links[0].Attribute("href")!));
        Assert.Equal(_site.File("index/3.html"), _site.Target("index/2.html", (string)links[^1].Attribute("href")!));
        // A page below the root links the documents from there.
        var first = second.Descendants("table").Descendants("a").First();
        Assert.True(File.Exists(_site.Target("index/2.html", (string)first.Attribute("href")!)));
    }

    [Fact]
    public void A_tag_page_is_paged_and_counts_each_document_once()
    {
        var tag = $"tags/{ListSite.Tag}";
        Assert.Equal(Newest, new[] { $"{tag}.html", $"{tag}/2.html", $"{tag}/3.html" }.SelectMany(p => Titles(p, "ul")));
        Assert.Equal("共8篇", Class(_site.Page($"{tag}.html"), "p", "count").Single().Text());
        Assert.Contains("（8）", _site.Page("topics.html").Descendants("li").Single(li => li.Descendants("a").Any(a => a.Text() == ListSite.Tag)).Text());
    }

    [Fact]
    public void Speakers_are_in_pinyin_order_with_numbers_by_value_and_topics_shows_the_first_page()
    {
        string[] pinyin = ["安平", "丁一", "李四", "王五", "县委书记1", "县委书记2", "县委书记10", "张三"];
        var names = new[] { "topics/speakers.html", "topics/speakers/2.html", "topics/speakers/3.html" }
            .SelectMany(p => Class(_site.Page(p), "section", "taxa").Descendants("a").Select(a => a.Text()));
        Assert.Equal(pinyin, names);

        var topics = _site.Page("topics.html");
        var speakers = Class(topics, "section", "taxa").First();
        Assert.Equal(pinyin[..ListSite.PageSize], speakers.Element("ul")!.Descendants("a").Select(a => a.Text()));
        var more = speakers.Descendants("a").Single(a => a.Text() == "全部8个讲话人");
        Assert.Equal(_site.File("topics/speakers.html"), _site.Target("topics.html", (string)more.Attribute("href")!));
    }

    [Fact]
    public void The_archive_has_a_year_and_month_index_linking_where_each_month_starts()
    {
        var archive = _site.Page("archive.html");
        var index = Class(archive, "nav", "archive-index").Single();
        var years = index.Descendants("li").ToList();
        Assert.Equal(["2024年", "2023年"], years.Select(y => Class(new XDocument(y), "span", "year").Single().Text()));
        Assert.Equal(["2月（2）", "1月（2）"], years[0].Elements("a").Select(a => a.Text()));
        Assert.Equal(["12月（2）", "11月（2）"], years[1].Elements("a").Select(a => a.Text()));
        foreach (var link in index.Descendants("a"))
        {
            var href = (string)link.Attribute("href")!;
            var target = Html.Load(_site.Target("archive.html", href));
            var month = target.Descendants("section").Single(s => (string?)s.Attribute("id") == href.Split('#')[1]);
            Assert.Equal(link.Text()[..link.Text().IndexOf('（')], month.Element("h2")!.Text()[5..]); // 2024年2月 → 2月
        }
        // The archive's pages list every document once, newest first.
        Assert.Equal(Newest, new[] { "archive.html", "archive/2.html", "archive/3.html" }
            .SelectMany(p => _site.Page(p).Descendants("section").Descendants("a").Select(a => a.Text())));
    }

    [Fact]
    public void A_tag_written_twice_is_one_tag_with_a_located_warning_and_no_document_is_related_to_itself()
    {
        var first = _site.Page("speeches/s1.html");
        Assert.Equal([ListSite.Tag, "第二主题"], Class(first, "a", "tag").Select(a => a.Text()));
        var warning = Assert.Single(_site.Report.Checks.Sample, f => f.RuleId == "duplicate-tag");
        Assert.Equal(Path.Combine(_site.Content, "speeches", "2024-02-20-s1.md"), warning.Where.File);
        Assert.Equal((6, 20), (warning.Where.Line, warning.Where.Column)); // tags: [乡村振兴, 第二主题, 乡村振兴]: the second 乡村振兴

        foreach (var file in Directory.GetFiles(_site.File("speeches"), "*.html"))
        {
            var page = Html.Load(file);
            var related = Class(page, "nav", "document-links").Single().Descendants("ul").Descendants("a").ToList();
            Assert.NotEmpty(related);
            Assert.DoesNotContain(related, a => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, (string)a.Attribute("href")!)) == file);
        }
    }

    [Fact]
    public void Breadcrumbs_lead_home_and_the_current_section_is_marked()
    {
        var speech = _site.Page("speeches/s3.html");
        var crumbs = Class(speech, "nav", "breadcrumbs").Single().Descendants("li").ToList();
        Assert.Equal(["首页", "按日期", "2024年1月", "第3篇讲话"], crumbs.Select(c => c.Text()));
        Assert.Equal("page", (string?)crumbs[^1].Descendants().Single().Attribute("aria-current"));
        // 2024年1月 starts on the archive's first page (after two of February), its section there.
        var month = (string)crumbs[2].Element("a")!.Attribute("href")!;
        Assert.Equal((_site.File("archive.html"), "m2024-1"), (_site.Target("speeches/s3.html", month), month.Split('#')[1]));

        string? Current(XDocument page, string entry) =>
            (string?)Class(page, "nav", "sections").Single().Elements("a").Single(a => a.Text() == entry).Attribute("aria-current");
        Assert.Equal("true", Current(speech, "按日期"));
        Assert.Equal("page", Current(_site.Page("archive.html"), "按日期"));
        Assert.Equal("true", Current(_site.Page("archive/2.html"), "按日期"));
        Assert.Equal("page", Current(_site.Page("index.html"), "首页"));
        Assert.Equal("true", Current(_site.Page($"tags/{ListSite.Tag}.html"), "分类"));
        Assert.Null(Current(speech, "首页"));
        Assert.Empty(Class(_site.Page("index.html"), "nav", "breadcrumbs"));
    }

    [Fact]
    public void Every_heading_run_in_ones_too_has_an_id_the_table_of_contents_links()
    {
        var page = _site.Page("speeches/s1.html");
        var body = Class(page, "div", "body").Single();
        var headings = body.Descendants().Where(e => e.Name.LocalName is "h2" or "h3" or "h4" or "h5"
            || ((string?)e.Attribute("class") ?? "").Split(' ').Contains("run-in")).ToList();
        Assert.Equal(["一总体要求", "一是加强领导", "一是加强领导-1", "二主要任务", "首先抓好落实"], headings.Select(h => (string?)h.Attribute("id")));
        var toc = Class(page, "nav", "toc").Single();
        Assert.Equal(headings.Select(h => "#" + (string)h.Attribute("id")!), toc.Descendants("a").Select(a => (string)a.Attribute("href")!));
        // A run-in heading stands a level below the heading above it, `*…*` two (HeadingLevel).
        Assert.Equal(["toc-1", "toc-2", "toc-2", "toc-1", "toc-3"], toc.Descendants("li").Select(li => (string)li.Attribute("class")!));
        // The 上一篇/下一篇 links stay beside the contents.
        Assert.Equal(["上一篇：第2篇讲话"], Class(page, "p", "older").Select(p => p.Text()));
    }
}
