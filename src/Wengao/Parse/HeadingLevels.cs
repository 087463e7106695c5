using Markdig;
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

    private static void Mark(MarkdownDocument document)
    {
        var under = 0; // the level of the last heading on a line of its own, which run-in headings without a marker stand under
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock heading)
            {
                under = HeadingLevel.Standalone(PlainText.Of(heading.Inline), heading.Level);
                heading.SetData(LevelKey, under);
                heading.GetAttributes().AddClass($"level-{under}");
            }
            else if (block is ParagraphBlock paragraph) MarkRunIns(paragraph, under);
        }
    }

    private static void MarkRunIns(ParagraphBlock paragraph, int under)
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
        }
    }
}
