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
    /// <summary>The lists of documents by speaker, occasion and tag, with the folder of each kind and its heading.</summary>
    public IEnumerable<(Taxon Taxon, string Heading)> Taxa =>
        navigation.SpeakerList.Select(t => (t, $"讲话人：{t.Name}"))
            .Concat(navigation.OccasionList.Select(t => (t, $"场合：{t.Name}")))
            .Concat(navigation.TagList.Select(t => (t, $"主题：{t.Name}")));

    /// <summary>The home page: a list for each kind that has documents, in the kinds' order, each through its kind's list partial.</summary>
    public string Index(IReadOnlyList<DocumentKind> kinds, IEnumerable<ParsedDocument> documents)
    {
        var byKind = documents.ToLookup(d => d.Document.Kind.Name, StringComparer.Ordinal);
        return Page(SitePaths.Index, "index.sbn", site.Title, new ScriptObject
        {
            ["lists"] = kinds.Where(k => byKind[k.Name].Any()).Select(k => new ScriptObject
            {
                ["kind"] = k.Name, ["title"] = k.ListTitle, ["template"] = k.ListTemplate,
                ["documents"] = byKind[k.Name].Select(d => DocumentView.From(d, withBody: false, files)).ToList(),
            }).ToList(),
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
        }.WithLinks(navigation, url));
    }

    public string Archive() =>
        Page(SitePaths.Archive, "archive.sbn", $"按日期 - {site.Title}", new ScriptObject { ["months"] = navigation.Archive });

    public string Topics() =>
        Page(SitePaths.Topics, "topics.sbn", $"分类 - {site.Title}", new ScriptObject
        {
            ["speakers"] = navigation.SpeakerList,
            ["occasions"] = navigation.OccasionList,
            ["tags"] = navigation.TagList,
        });

    public string TaxonPage(Taxon taxon, string heading) =>
        Page(taxon.Url, "list.sbn", $"{heading} - {site.Title}", new ScriptObject { ["heading"] = heading, ["documents"] = taxon.Documents });

    public string NotFound() => Page(SitePaths.NotFound, "404.sbn", $"未找到页面 - {site.Title}", []);

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
        });

    private string Page(string path, string template, string title, ScriptObject globals)
    {
        globals["site"] = site;
        globals["root"] = SitePaths.RootFrom(path);
        globals["page_title"] = title;
        return templates.RenderPage(template, globals);
    }
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
