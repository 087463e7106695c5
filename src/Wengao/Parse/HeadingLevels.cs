using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wengao.Extensions;
using Wengao.Text;

namespace Wengao.Parse;

/// <summary>
/// Sets every heading's level (GB/T 9704 §7.3.3, levels 1–4) by the one rule, <see cref="HeadingLevel"/>, once when a
/// body is parsed; the PDF, the site and `wengao check` read it from here. A heading on a line of its own is a Markdown
/// heading; a run-in heading (段首标题) is emphasis that opens a paragraph, which the paragraph continues after. Several
/// run-in headings may follow each other, each a level deeper than the one before.
/// </summary>
public sealed class HeadingLevels : IMarkdownExtension
{
    private const string LevelKey = "wengao.level";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Mark;
        pipeline.DocumentProcessed += Mark;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>The run-in heading level of an emphasis (1–4), or 0 when it is ordinary emphasis.</summary>
    public static int LevelOf(EmphasisInline emphasis) => emphasis.GetData(LevelKey) as int? ?? 0;

    /// <summary>The level (1–4) of a heading on a line of its own.</summary>
    public static int LevelOf(HeadingBlock heading) =>
        heading.GetData(LevelKey) as int? ?? HeadingLevel.Standalone(PlainText.Of(heading.Inline), heading.Level);

    /// <summary>One entry of a document's table of contents: a heading's level, its anchor and its text.</summary>
    public sealed record Entry(int Level, string Id, string Text);

    /// <summary>
    /// Every heading of a body in its order, those on lines of their own and the run-in ones alike, each with its id:
    /// the table of contents of the page.
    /// </summary>
    public static IReadOnlyList<Entry> Outline(MarkdownDocument document)
    {
        var entries = new List<Entry>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock heading && heading.TryGetAttributes()?.Id is { } id)
                entries.Add(new(LevelOf(heading), id, PlainText.Of(heading.Inline)));
            else if (block is ParagraphBlock paragraph)
                for (var inline = paragraph.Inline?.FirstChild; inline is EmphasisInline emphasis && LevelOf(emphasis) > 0; inline = inline.NextSibling)
                    entries.Add(new(LevelOf(emphasis), emphasis.TryGetAttributes()!.Id!, PlainText.Of(emphasis)));
        }
        return entries;
    }

    private static void Mark(MarkdownDocument document)
    {
        var under = 0; // the level of the last heading on a line of its own, which run-in headings without a marker stand under
        // Run-in headings take ids as the headings on lines of their own do (GitHub's, from their text: stable while the
        // text is), numbered on where two read the same; the headings keep theirs, so links to them still work.
        var ids = document.Descendants<HeadingBlock>().Select(h => h.TryGetAttributes()?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock heading)
            {
                under = HeadingLevel.Standalone(PlainText.Of(heading.Inline), heading.Level);
                heading.SetData(LevelKey, under);
                heading.GetAttributes().AddClass($"level-{under}");
            }
            else if (block is ParagraphBlock paragraph) MarkRunIns(paragraph, under, ids);
        }
    }

    private static string UniqueId(string text, HashSet<string> ids)
    {
        var stem = LinkHelper.UrilizeAsGfm(text.TrimEnd('。', '：', '；', '，'));
        if (stem.Length == 0) stem = "section";
        var id = stem;
        for (var n = 1; !ids.Add(id); n++) id = $"{stem}-{n}";
        return id;
    }

    private static void MarkRunIns(ParagraphBlock paragraph, int under, HashSet<string> ids)
    {
        var previous = 0;
        for (var inline = paragraph.Inline?.FirstChild; inline is EmphasisInline emphasis; inline = inline.NextSibling)
        {
            var level = HeadingLevel.RunIn(PlainText.Of(emphasis), emphasis.DelimiterCount >= 2, under);
            if (level <= previous) break; // not deeper: ordinary emphasis
            previous = level;
            emphasis.SetData(LevelKey, level);
            var attributes = emphasis.GetAttributes();
            attributes.AddClass("run-in");
            attributes.AddClass($"run-in-{level}");
            attributes.Id = UniqueId(PlainText.Of(emphasis), ids);
        }
    }
}
