using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wengao.Diagnostics;
using Wengao.Extensions.Attachments;
using Wengao.Extensions.Tables;
using Wengao.Extensions.Notes;
using SourceSpan = Wengao.Model.SourceSpan;
using Wengao.Model;

namespace Wengao.Parse;

/// <summary>The one Markdown pipeline of Wengao — the build's and `wengao check`'s: CommonMark with CJK-friendly emphasis, heading levels, tables, notes, and no raw HTML.</summary>
public static class SpeechMarkdown
{
    // Built once: a Markdig pipeline is immutable and safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = Builder(notes: true).Build();

    // Markdig's footnote parsers cost a third of a build of 5,000 speeches that have no note; a body without `[^` has
    // none, so it is parsed without them (and renders the same through Pipeline, which has their renderers).
    private static readonly MarkdownPipeline WithoutNotes = Builder(notes: false).Build();

    // The same, keeping each inline's line and column: slower, so used only to locate an error once one is found.
    private static readonly Lazy<MarkdownPipeline> Locating = new(() => Builder(notes: true).UsePreciseSourceLocation().Build());
    private static readonly Lazy<MarkdownPipeline> LocatingWithoutNotes = new(() => Builder(notes: false).UsePreciseSourceLocation().Build());

    private static MarkdownPipelineBuilder Builder(bool notes)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseCjkFriendlyEmphasis()
            // Headings get ids that keep Chinese (GitHub's style), so `[见一、](#一总体要求)` links to them, on the page and in the PDF.
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .DisableHtml() // raw HTML in a source is shown as text, never passed through
            .Use<HeadingLevels>()
            .UseOfficialTables(); // pipe tables, with a header of one row or two
        if (notes) builder.UseNotes(); // `[^1]` and `[^1]: …`: notes (注释) after the text, linked both ways
        return builder
            .UseAttachments() // `::: 附件` … `:::`: an attachment's content (GB/T 9704 §7.3.7)
            .Limited();
    }

    private static bool MayHoldNotes(string markdown) => markdown.Contains("[^", StringComparison.Ordinal);

    /// <param name="origin">where the body starts in its file, for the error about nesting too deep</param>
    public static MarkdownDocument Parse(string markdown, SourceSpan origin) =>
        MarkdownNesting.Parse(markdown, MayHoldNotes(markdown) ? Pipeline : WithoutNotes, origin);

    /// <summary>The same parse with every inline's line, column and offset kept: for `wengao check`, which maps each character back to its file.</summary>
    internal static MarkdownDocument ParseLocated(string markdown, SourceSpan origin) =>
        MarkdownNesting.Parse(markdown, MayHoldNotes(markdown) ? Locating.Value : LocatingWithoutNotes.Value, origin);

    /// <summary>A body of a source, refused when a link or image of it breaks <paramref name="urls"/>: the page and the PDF alike.</summary>
    /// <param name="origin">where the body starts in its file, to locate the errors</param>
    public static MarkdownDocument Parse(string markdown, SourceSpan origin, SafeUrls urls)
    {
        var document = Parse(markdown, origin);
        TableLimits.Check(document, origin);
        var problems = urls.Check(document);
        if (problems.Count == 0) return document;
        var located = ParseLocated(markdown, origin).Descendants<Inline>().ToList();
        throw new BuildFailedException([.. problems.Select(p => new SourceError(
            Map(origin, located[p.Index].Line, located[p.Index].Column), p.Message, p.Hint))]);
    }

    // Markdig counts from 0 within the body; the body's first line may start after a column of its file.
    private static SourceSpan Map(SourceSpan origin, int line, int column) =>
        new(origin.File, origin.Line + line, line == 0 ? origin.Column + column : column + 1);

    // Markdig rents its renderers (and their writers) from the pipeline: setting one up per document was a cost.
    public static string ToHtml(MarkdownDocument document) => document.ToHtml(Pipeline);
}
