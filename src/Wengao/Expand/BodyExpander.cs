using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Wengao.Model;

namespace Wengao.Expand;

/// <summary>Expands the Scriban expressions of a Markdown body ({{ outcomes.funds_arrived }}) before it is parsed.</summary>
public static class BodyExpander
{
    /// <summary>The body, its expressions given the document as `page` (page.title, page.speaker, …; see <see cref="DocumentGlobals"/>).</summary>
    public static string Expand(Document document, Site site, OutcomeSet? outcomes)
    {
        var (body, start) = (document.Body, document.BodyStart);
        // Most bodies have no expression: skip the parser and keep the text as it is.
        if (!body.Contains("{{", StringComparison.Ordinal)) return body;
        var template = Template.Parse(body, start.File);
        if (template.HasErrors) throw ScribanErrors.FromParse(template, start);
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = DocumentGlobals.Of(document),
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
