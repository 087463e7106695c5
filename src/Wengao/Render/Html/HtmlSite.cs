using Scriban.Runtime;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Search;
using Wengao.Render.Templates;

namespace Wengao.Render.Html;

/// <summary>Renders the site's pages through the templates: each page's template, then layout.sbn around it.</summary>
/// <param name="files">whether the build makes the PDFs and .docx files the pages link (a `--no-pdf` build makes neither)</param>
public sealed class HtmlSite(TemplateSet templates, Site site, Navigation navigation, bool files = true)
{
    /// <summary>A page of the site: where it lives and how it is rendered.</summary>
    /// <param name="Shows">the documents whose content (not only their links) the page shows: the home page's of its slice</param>
    public sealed record SitePage(string Url, Func<string> Render, IReadOnlyList<ParsedDocument>? Shows = null);

    private int PageSize => site.Listing.PageSize;

    /// <summary>
    /// The home page and its further pages: on page n, each kind's n-th slice of its list (newest first), in the kinds'
    /// order, each through its kind's list partial; a kind whose list has ended is left off the later pages.
    /// </summary>
    public IEnumerable<SitePage> Index(IReadOnlyList<DocumentKind> kinds, IEnumerable<ParsedDocument> documents)
    {
        var byKind = documents.ToLookup(d => d.Document.Kind.Name, StringComparer.Ordinal);
        var lists = kinds.Where(k => byKind[k.Name].Any()).Select(k => (Kind: k, Pages: Pager.Pages(SitePaths.Index, byKind[k.Name].ToList(), PageSize))).ToList();
        var count = lists.Count == 0 ? 1 : lists.Max(l => l.Pages.Count);
        return Enumerable.Range(1, count).Select(n => new ListPage<int>(SitePaths.Index, n, count, [])).Select(page =>
        {
            var slices = lists.Where(l => l.Pages.Count >= page.Number).Select(l => (l.Kind, l.Pages[page.Number - 1].Items)).ToList();
            return new SitePage(page.Url, () => Page(page.Url, "index.sbn", Titled(site.Title, page), new ScriptObject
            {
                ["lists"] = slices.Select(l => new ScriptObject
                {
                    ["kind"] = l.Kind.Name, ["title"] = l.Kind.ListTitle, ["template"] = l.Kind.ListTemplate,
                    ["documents"] = l.Items.Select(d => DocumentView.From(d, withBody: false, files)).ToList(),
                }).ToList(),
                ["pager"] = Pager.View(page),
            }, Section.Home, page.Number == 1 ? [] : [Crumb.Home, new(PageLabel(page.Number), null)]), [.. slices.SelectMany(l => l.Items)]);
        });
    }

    /// <summary>A document's page through its kind's template, with its lists' links (speaker, occasion, tags) and its neighbours.</summary>
    public string Document(ParsedDocument parsed)
    {
        var (document, url) = (parsed.Document, SitePaths.Document(parsed.Document));
        var link = navigation.Find(url);
        return Page(url, document.Kind.Page, $"{document.Title} - {site.Title}", new ScriptObject
        {
            ["page"] = DocumentView.From(parsed, withBody: true, files),
            ["speaker_href"] = link.Speaker is { } speaker ? SitePaths.Href(SitePaths.Taxon(Taxonomy.Speakers, speaker)) : null,
            ["occasion_href"] = link.Occasion is { } occasion ? SitePaths.Href(SitePaths.Taxon(Taxonomy.Occasions, occasion)) : null,
            ["tags"] = document.Tags.Select(t => new { Name = t, Href = SitePaths.Href(SitePaths.Taxon(Taxonomy.Tags, t)) }).ToList(),
        }.WithLinks(navigation, url), Section.Archive,
            [Crumb.Home, new("按日期", SitePaths.Href(SitePaths.Archive)), new(ArchiveMonth.LabelOf(link.Day), ArchiveHref(link)), new(document.Title.Replace("\n", ""), null)]);
    }

    /// <summary>Where a document stands in the archive: the page it is on, at its month's section.</summary>
    private string ArchiveHref(DocumentLink document) =>
        SitePaths.Href(Pager.Url(SitePaths.Archive, Pager.PageOf(navigation.IndexOf(document), PageSize))) + "#" + ArchiveMonth.IdOf(document.Day);

    /// <summary>
    /// The archive: every document newest first, by month, cut into pages; each page opens on the index of years and
    /// months, each month linked to the page (and the section) where it starts.
    /// </summary>
    public IEnumerable<SitePage> Archive()
    {
        var pages = Pager.Pages(SitePaths.Archive, navigation.All, PageSize);
        var years = navigation.Years.Select(y => new ScriptObject
        {
            ["label"] = y.Label, ["year"] = y.Year,
            ["months"] = y.Months.Select(m => new ScriptObject { ["label"] = $"{m.Month}月", ["href"] = ArchiveHref(m.Documents[0]), ["count"] = m.Documents.Count }).ToList(),
        }).ToList();
        return pages.Select(page => new SitePage(page.Url, () =>
            Page(page.Url, "archive.sbn", Titled($"按日期 - {site.Title}", page), new ScriptObject
            {
                ["years"] = years,
                ["months"] = page.Items.GroupBy(d => (d.Day.Year, d.Day.Month))
                    .Select(g => ArchiveMonth.Of(g.Key.Year, g.Key.Month, [.. g])).ToList(),
                ["pager"] = Pager.View(page),
            }, Section.Archive, [Crumb.Home, new("按日期", page.Number == 1 ? null : SitePaths.Href(SitePaths.Archive)), .. Later(page)])));
    }

    /// <summary>The three lists of names, for topics.html and each list's own pages (topics/speakers.html…).</summary>
    private IEnumerable<(string Id, string Title, IReadOnlyList<Taxon> Names)> Groups =>
    [
        (Taxonomy.Speakers, "讲话人", navigation.SpeakerList),
        (Taxonomy.Occasions, "场合", navigation.OccasionList),
        (Taxonomy.Tags, "主题", navigation.TagList),
    ];

    /// <summary>
    /// topics.html, with the first page of each list of names (in site.yml's `name_order`), and each list's own pages
    /// where it is longer than a page.
    /// </summary>
    public IEnumerable<SitePage> Topics()
    {
        var groups = Groups.Select(g => (g.Id, g.Title, Pages: Pager.Pages(SitePaths.TopicList(g.Id), g.Names, PageSize))).ToList();
        yield return new SitePage(SitePaths.Topics, () => Page(SitePaths.Topics, "topics.sbn", $"分类 - {site.Title}", new ScriptObject
        {
            ["groups"] = groups.Select(g => new ScriptObject
            {
                ["title"] = g.Title, ["names"] = g.Pages[0].Items, ["count"] = g.Pages.Sum(p => p.Items.Count),
                ["more"] = g.Pages.Count > 1 ? SitePaths.Href(g.Pages[0].Url) : null,
            }).ToList(),
        }, Section.Topics, [Crumb.Home, new("分类", null)]));
        foreach (var (_, title, pages) in groups.Where(g => g.Pages.Count > 1))
            foreach (var page in pages)
                yield return new SitePage(page.Url, () => Page(page.Url, "names.sbn", Titled($"{title} - 分类 - {site.Title}", page), new ScriptObject
                {
                    ["heading"] = title, ["names"] = page.Items, ["pager"] = Pager.View(page),
                }, Section.Topics, [Crumb.Home, new("分类", SitePaths.Href(SitePaths.Topics)), new(title, page.Number == 1 ? null : SitePaths.Href(page.First)), .. Later(page)]));
    }

    /// <summary>The pages of each speaker, occasion and tag: its documents, newest first, cut into pages.</summary>
    public IEnumerable<SitePage> TaxonPages() =>
        Groups.SelectMany(g => g.Names.Select(t => (Group: g.Title, Taxon: t)))
            .SelectMany(x => Pager.Pages(x.Taxon.Url, x.Taxon.Documents, PageSize).Select(page => new SitePage(page.Url, () =>
                Page(page.Url, "list.sbn", Titled($"{x.Group}：{x.Taxon.Name} - {site.Title}", page), new ScriptObject
                {
                    ["heading"] = $"{x.Group}：{x.Taxon.Name}", ["documents"] = page.Items, ["count"] = x.Taxon.Documents.Count,
                    ["pager"] = Pager.View(page),
                }, Section.Topics, [Crumb.Home, new("分类", SitePaths.Href(SitePaths.Topics)),
                    new($"{x.Group}：{x.Taxon.Name}", page.Number == 1 ? null : SitePaths.Href(page.First)), .. Later(page)]))));

    /// <summary>
    /// 404.html, which a web server sends for a missing page at any depth (/speeches/2021/nope.html): its links resolve
    /// against a base, site.yml's `base_url`, or the server's root where it names none.
    /// </summary>
    public string NotFound() => Page(SitePaths.NotFound, "404.sbn", $"未找到页面 - {site.Title}", new ScriptObject
    {
        ["base"] = site.BaseUrl ?? "/",
    });

    /// <summary>The search page: search.js fills in the results in the browser, from the edition's search-index.js.</summary>
    public string Search() =>
        Page(SearchIndex.Page, "search.sbn", $"搜索 - {site.Title}", new ScriptObject
        {
            ["search_index"] = SearchIndex.FileName,
        });

    /// <summary>The outcomes dashboard: every set's charts (inline SVG) and its figures by group.</summary>
    public string Outcomes(IEnumerable<OutcomeSet> sets) =>
        Page(SitePaths.Outcomes, "outcomes.sbn", $"工作成效 - {site.Title}", new ScriptObject
        {
            ["outcome_sets"] = sets.Select(OutcomesView.From).ToList(),
        }, Section.Outcomes, [Crumb.Home, new("工作成效", null)]);

    /// <param name="section">the entry of the site's navigation this page is under, marked `aria-current`</param>
    /// <param name="crumbs">the breadcrumbs, from the home page to this one (whose link is null); none on the home page</param>
    private string Page(string path, string template, string title, ScriptObject globals, string? section = null, IReadOnlyList<Crumb>? crumbs = null)
    {
        globals["site"] = site;
        globals["root"] = SitePaths.RootFrom(path);
        globals["page_title"] = title;
        globals["section"] = section;
        globals["current"] = path;
        globals["crumbs"] = crumbs ?? [];
        globals.TryAdd("base", null); // only 404.html has one
        return templates.RenderPage(template, globals);
    }

    private static string PageLabel(int number) => $"第{number}页";

    private static string Titled<T>(string title, ListPage<T> page) => page.Number == 1 ? title : $"{PageLabel(page.Number)} - {title}";

    private static IEnumerable<Crumb> Later<T>(ListPage<T> page) => page.Number == 1 ? [] : [new(PageLabel(page.Number), null)];

    /// <summary>The entries of the site's navigation (layout.sbn), by the page each opens.</summary>
    private static class Section
    {
        public const string Home = SitePaths.Index, Archive = SitePaths.Archive, Topics = SitePaths.Topics, Outcomes = SitePaths.Outcomes;
    }
}

/// <summary>One step of a page's breadcrumbs: its text and its link from the site's root (percent-encoded); null for the page itself.</summary>
public sealed record Crumb(string Text, string? Href)
{
    public static readonly Crumb Home = new("首页", SitePaths.Href(SitePaths.Index));
}

internal static class PageLinks
{
    /// <summary>Previous and next in the document's own list, and related documents, for its page.</summary>
    public static ScriptObject WithLinks(this ScriptObject globals, Navigation navigation, string url)
    {
        var self = navigation.Find(url);
        var (older, newer) = navigation.Neighbours(url);
        globals["older"] = older;
        globals["newer"] = newer;
        globals["related"] = navigation.Related(self);
        return globals;
    }
}
