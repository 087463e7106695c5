using Scriban.Runtime;
using Wengao.Model;
using Wengao.Parse;

namespace Wengao.Render.Html;

/// <summary>Renders the site's pages through the templates: each page's template, then layout.sbn around it.</summary>
public sealed class HtmlSite(TemplateSet templates, Site site)
{
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
        });

    public string Briefing(ParsedBriefing briefing) =>
        Page(SitePaths.Briefing(briefing.Briefing.Slug), "briefing.sbn", $"{briefing.Briefing.Title} - {site.Title}", new ScriptObject
        {
            ["page"] = BriefingView.From(briefing, withBody: true),
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
        globals["content"] = templates.Render(template, globals);
        return templates.Render("layout.sbn", globals);
    }
}
