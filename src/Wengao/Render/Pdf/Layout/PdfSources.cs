using Scriban.Runtime;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Charts;
using Wengao.Render.Html;

namespace Wengao.Render.Pdf.Layout;

/// <summary>
/// The one place the PDF templates meet the document model: what a speech and a briefing give their templates
/// (page is the view the site's templates get, without the body) and the typesetter.
/// </summary>
public static class PdfSources
{
    public static PdfSource Of(ParsedSpeech parsed, Site site)
    {
        var s = parsed.Speech;
        return new PdfSource(s.SourcePath, Globals(site, SpeechView.From(parsed, withBody: false)), parsed.Body, s.Furniture, parsed.Attachments, [],
            new PdfInfo(s.Title, s.Speaker, s.Occasion, s.Tags, s.Date));
    }

    public static PdfSource Of(ParsedBriefing parsed, Site site)
    {
        var b = parsed.Briefing;
        var charts = ChartData.Of(parsed).Zip(b.Charts, (chart, id) => (id, chart)).ToList();
        return new PdfSource(b.SourcePath, Globals(site, BriefingView.From(parsed, withBody: false)), parsed.Body, b.Furniture, parsed.Attachments, charts,
            new PdfInfo($"{b.Name}第{b.Issue}期：{b.Title}", b.Issuer, b.Name, [], b.Date));
    }

    private static ScriptObject Globals(Site site, object page) => new() { ["site"] = site, ["page"] = page };
}
