using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wengao.Diagnostics;
using SourceSpan = Wengao.Model.SourceSpan;
using Wengao.Model;

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

    /// <summary>
    /// Markdig's own limit, for parsing and rendering, set above <see cref="MaxDepth"/>: it counts its levels its own way
    /// (and emphasis nested by the CJK extension only once rendering), so the tree is measured here, where a node has a line.
    /// </summary>
    private const int MarkdigDepth = 2 * MaxDepth;

    public static MarkdownPipelineBuilder Limited(this MarkdownPipelineBuilder builder)
    {
        builder.MaximumNestingDepth = MarkdigDepth;
        return builder;
    }

    /// <param name="origin">where the text starts in its file: the body's first line</param>
    public static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline, SourceSpan origin)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw TooDeep(origin, FirstTooDeep(markdown, pipeline));
        }
        if (DeepestLine(document) is { } line) throw TooDeep(origin, line);
        return document;
    }

    private static BuildFailedException TooDeep(SourceSpan origin, int line) =>
        new(new SourceError(new(origin.File, origin.Line + line - 1, 1),
            $"the Markdown is nested more than {MaxDepth} deep (quotes, lists and emphasis inside one another)",
            "a speech needs a few levels at most: check the `>`, list markers and `*` on this line and those before it"));

    /// <summary>The line (1-based) of the first node deeper than <see cref="MaxDepth"/>, or null; walked with a stack, not recursion.</summary>
    private static int? DeepestLine(MarkdownDocument document)
    {
        var open = new Stack<(MarkdownObject Node, int Depth, int Line)>();
        open.Push((document, 1, 0));
        while (open.TryPop(out var item))
        {
            var (node, depth, line) = item;
            line = node is Block || node.Line > 0 ? node.Line : line; // an inline may lack a line: its block's
            if (depth > MaxDepth) return line + 1;
            switch (node)
            {
                case ContainerBlock blocks:
                    foreach (var child in blocks) open.Push((child, depth + 1, line));
                    break;
                case LeafBlock { Inline: { } inline }:
                    open.Push((inline, depth + 1, line));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling) open.Push((child, depth + 1, line));
                    break;
            }
        }
        return null;
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
