using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Wengao.Diagnostics;
using SourceSpan = Wengao.Model.SourceSpan;
using ScribanSpan = Scriban.Parsing.SourceSpan;
using Wengao.Model;

namespace Wengao.Expand;

/// <summary>Maps Scriban's 0-based spans into file:line:column errors of the user's file.</summary>
internal static class ScribanErrors
{
    public static BuildFailedException FromParse(Template template, SourceSpan origin) =>
        new(template.Messages.Where(m => m.Type == ParserMessageType.Error)
            .Select(m => new SourceError(Map(m.Span, origin), $"template error: {m.Message}",
                "Scriban expressions are written {{ name }}; check the braces and the expression inside"))
            .ToList());

    public static BuildFailedException FromRuntime(ScriptRuntimeException e, SourceSpan origin) => e is ScriptAbortException
        ? new(new SourceError(Map(e.Span, origin),
            $"the template and body expressions ran past the build's time limit ({ExpressionDeadline.CurrentSeconds} s), and were stopped here",
            "an expression that never ends (a function calling itself without a way out) stops here; if the build is just large, "
            + "raise `expression_time_limit` (seconds) in site.yml"))
        : new(new SourceError(Map(e.Span, origin), $"template error: {e.OriginalMessage}",
            e is RefusedTemplate refused ? refused.Hint : Hint(e.OriginalMessage)));

    // A span in another file (an included template) is located in that file, which Scriban counts from its start.
    private static SourceSpan Map(ScribanSpan span, SourceSpan origin) =>
        !string.IsNullOrEmpty(span.FileName) && span.FileName != origin.File ? new(span.FileName, span.Start.Line + 1, span.Start.Column + 1)
        : new(origin.File, origin.Line + span.Start.Line,
            span.Start.Line == 0 ? origin.Column + span.Start.Column : span.Start.Column + 1);

    private static string Hint(string message) =>
        message.Contains("not found", StringComparison.OrdinalIgnoreCase)
            ? "check the name: figures are `outcomes.<id>` with an id from the outcomes file; page fields are `page.title`, `page.speaker`, …"
            : "check the expression between {{ and }}; the formatting functions (amount, percent, cn_numeral, cn_date…) are described in docs/functions.md";
}
