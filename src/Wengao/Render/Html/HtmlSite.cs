using Scriban.Runtime;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Search;
using Wengao.Render.Templates;

namespace Wengao.Render.Html;

/// <summary>Renders the site's pages through the templates: each page's template, then layout.sbn around it.</summary>
public sealed class HtmlSite(TemplateSet templates, Site site, Navigation navigation)
{
    /// <summary>The lists of documents by speaker, occasion and tag, with the folder of each kind and its heading.</summary>
    public IEnumerable<(Taxon Taxon, string Heading)> Taxa =>
        navigation.SpeakerList.Select(t => (t, $"讲话人：{t.Name}"))
            .Concat(navigation.OccasionList.Select(t => (t, $"场合：{t.Name}")))
            .Concat(navigation.TagList.Select(t => (t, $"主题：{t.Name}")));

    public string Index(IEnumerable<ParsedSpeech> speeches, IEnumerable<ParsedBriefing> briefings) =>
        Page(SitePaths.Index, "index.sbn", site.Title, new ScriptObject
        {
            ["speeches"] = speeches.Select(s => SpeechView.From(s, withBody: false)).ToList(),
            ["briefings"] = briefings.Select(b => BriefingView.From(b, withBody: false)).ToList(),
        });

    public string Speech(ParsedSpeech speech) =>
        Page(SitePaths.Speech(speech.Speech.Slug), "speech.sbn", $"{speech.Speech.Title} - {site.Title}", new ScriptObject
        {
            ["page"] = SpeechView.From(speech, withBody: true),
            ["speaker_href"] = SitePaths.Href(SitePaths.Taxon(Navigation.Speakers, speech.Speech.Speaker)),
            ["occasion_href"] = speech.Speech.Occasion is { } o ? SitePaths.Href(SitePaths.Taxon(Navigation.Occasions, o)) : null,
            ["tags"] = speech.Speech.Tags.Select(t => new { Name = t, Href = SitePaths.Href(SitePaths.Taxon(Navigation.Tags, t)) }).ToList(),
        }.WithLinks(navigation, SitePaths.Speech(speech.Speech.Slug)));

    public string Briefing(ParsedBriefing briefing) =>
        Page(SitePaths.Briefing(briefing.Briefing.Slug), "briefing.sbn", $"{briefing.Briefing.Title} - {site.Title}", new ScriptObject
        {
            ["page"] = BriefingView.From(briefing, withBody: true),
        }.WithLinks(navigation, SitePaths.Briefing(briefing.Briefing.Slug)));

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
