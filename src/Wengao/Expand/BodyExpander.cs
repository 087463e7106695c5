using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Wengao.Model;

namespace Wengao.Expand;

/// <summary>Expands the Scriban expressions of a Markdown body ({{ outcomes.funds_arrived }}) before it is parsed.</summary>
public static class BodyExpander
{
    public static string Expand(Speech speech, Site site, OutcomeSet? outcomes) =>
        Expand(speech.Body, speech.BodyStart, speech, site, outcomes);

    public static string Expand(Briefing briefing, Site site, OutcomeSet? outcomes) =>
        Expand(briefing.Body, briefing.BodyStart, briefing, site, outcomes);

    /// <param name="page">the document itself, as `page` (page.title, page.date, …)</param>
    private static string Expand(string body, Model.SourceSpan start, object page, Site site, OutcomeSet? outcomes)
    {
        // Most bodies have no expression: skip the parser and keep the text as it is.
        if (!body.Contains("{{", StringComparison.Ordinal)) return body;
        var template = Template.Parse(body, start.File);
        if (template.HasErrors) throw ScribanErrors.FromParse(template, start);
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = page,
            ["outcomes"] = ScriptGlobals.Outcomes(outcomes),
        };
        try
        {
            var context = ScriptGlobals.Context(globals);
            context.CancellationToken = ExpressionDeadline.Token;
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw ScribanErrors.FromRuntime(e, start);
        }
    }
}
