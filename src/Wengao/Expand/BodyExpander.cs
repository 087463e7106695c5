using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Wengao.Model;

namespace Wengao.Expand;

/// <summary>Expands the Scriban expressions of a Markdown body ({{ outcomes.funds_arrived }}) before it is parsed.</summary>
public static class BodyExpander
{
    public static string Expand(Speech speech, Site site, OutcomeSet? outcomes)
    {
        // Most bodies have no expression: skip the parser and keep the text as it is.
        if (!speech.Body.Contains("{{", StringComparison.Ordinal)) return speech.Body;
        var template = Template.Parse(speech.Body, speech.SourcePath);
        if (template.HasErrors) throw ScribanErrors.FromParse(template, speech.BodyStart);
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = speech,
            ["outcomes"] = ScriptGlobals.Outcomes(outcomes),
        };
        try
        {
            return template.Render(ScriptGlobals.Context(globals));
        }
        catch (ScriptRuntimeException e)
        {
            throw ScribanErrors.FromRuntime(e, speech.BodyStart);
        }
    }
}
