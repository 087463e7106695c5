using Markdig;
using Markdig.Syntax;
using Wengao.Diagnostics;
using SourceSpan = Wengao.Diagnostics.SourceSpan;

namespace Wengao.Parse;

/// <summary>
/// The one limit on how deep Markdown may nest (quotes in lists in quotes…), for every pipeline that reads a body: the
/// build's and the proofreader's. Markdig refuses deeper documents with an ArgumentException that says neither where
/// nor in which file; this finds the line and makes it a located error.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>The deepest nesting of blocks and inlines accepted. A speech nests three or four (a list in a quote); every
    /// stage that walks the tree recurses once per level, so the limit also bounds their stack. Markdig's own default is 128.</summary>
    public const int MaxDepth = 64;

    public static MarkdownPipelineBuilder Limited(this MarkdownPipelineBuilder builder)
    {
        builder.MaximumNestingDepth = MaxDepth;
        return builder;
    }

    /// <param name="origin">where the text starts in its file: the body's first line</param>
    public static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline, SourceSpan origin)
    {
        try
        {
            return Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            var line = FirstTooDeep(markdown, pipeline);
            throw new BuildFailedException(new SourceError(new(origin.File, origin.Line + line - 1, 1),
                $"the Markdown is nested more than {MaxDepth} deep (quotes, lists and emphasis inside one another)",
                "a speech needs a few levels at most: check the `>` and list markers at the start of this line and those before it"));
        }
    }

    /// <summary>The first line (1-based) whose text, with all before it, is too deep: found by halving, on the error path only.</summary>
    private static int FirstTooDeep(string markdown, MarkdownPipeline pipeline)
    {
        var ends = new List<int>();
        for (var i = markdown.IndexOf('\n'); i >= 0; i = markdown.IndexOf('\n', i + 1)) ends.Add(i);
        ends.Add(markdown.Length);
        int low = 0, high = ends.Count - 1; // the prefix up to line high + 1 fails
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (TooDeep(markdown[..ends[middle]], pipeline)) high = middle;
            else low = middle + 1;
        }
        return low + 1;
    }

    private static bool TooDeep(string prefix, MarkdownPipeline pipeline)
    {
        try { Markdown.Parse(prefix, pipeline); return false; }
        catch (ArgumentException) { return true; }
    }
}
