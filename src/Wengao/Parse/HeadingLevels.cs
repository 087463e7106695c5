using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wengao.Text;

namespace Wengao.Parse;

/// <summary>
/// The one heading-level rule (GB/T 9704 §7.3.3, levels 1–4), decided once when a body is parsed and read by the PDF,
/// the site and `wengao check` alike.
/// <list type="bullet">
/// <item>A heading on a line of its own (a Markdown heading) takes its marker's level (一、 / （一） / 1. / （1）,
/// <see cref="HeadingLevel"/>); without a marker, its `#`s less one, since `#` is the page's title: `##` is level 1
/// down to `#####` level 4 (a body's `#` is level 1 too).</item>
/// <item>A run-in heading (段首标题) is emphasis that opens a paragraph, which the paragraph continues after. It takes its
/// marker's level, or else its emphasis's: `**一是……。**` level 1, `*首先……。*` level 2. Several may follow each other,
/// each a level deeper than the one before.</item>
/// </list>
/// </summary>
public sealed class HeadingLevels : IMarkdownExtension
{
    private const string LevelKey = "wengao.level";

    /// <summary>The deepest level GB/T 9704 §7.3.3 numbers: （1）.</summary>
    public const int Deepest = 4;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Mark;
        pipeline.DocumentProcessed += Mark;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>The run-in heading level of an emphasis (1–4), or 0 when it is ordinary emphasis.</summary>
    public static int LevelOf(EmphasisInline emphasis) => emphasis.GetData(LevelKey) as int? ?? 0;

    /// <summary>The level (1–4) of a heading on a line of its own.</summary>
    public static int LevelOf(HeadingBlock heading) => heading.GetData(LevelKey) as int? ?? StandaloneLevel(heading);

    private static int StandaloneLevel(HeadingBlock heading) =>
        HeadingLevel.Of(SpeechMarkdown.PlainText(heading.Inline)) is > 0 and var marked ? marked : Math.Clamp(heading.Level - 1, 1, Deepest);

    private static void Mark(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock heading)
            {
                var level = StandaloneLevel(heading);
                heading.SetData(LevelKey, level);
                heading.GetAttributes().AddClass($"level-{level}");
            }
            else if (block is ParagraphBlock paragraph) MarkRunIns(paragraph);
        }
    }

    private static void MarkRunIns(ParagraphBlock paragraph)
    {
        var previous = 0;
        for (var inline = paragraph.Inline?.FirstChild; inline is EmphasisInline emphasis; inline = inline.NextSibling)
        {
            var marked = HeadingLevel.Of(SpeechMarkdown.PlainText(emphasis));
            var level = marked > 0 ? marked : emphasis.DelimiterCount >= 2 ? 1 : 2;
            if (level <= previous) break; // not deeper: ordinary emphasis
            previous = level;
            emphasis.SetData(LevelKey, level);
            var attributes = emphasis.GetAttributes();
            attributes.AddClass("run-in");
            attributes.AddClass($"run-in-{level}");
        }
    }
}
