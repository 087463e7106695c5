using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wengao.Text;

namespace Wengao.Parse;

/// <summary>
/// Run-in headings (段首标题): emphasis that opens a paragraph is a heading the paragraph continues after.
/// Its level is told by its marker (一、 （一） 1. （1）), or else by the emphasis: `**一是……。**` is level 1,
/// `*首先……。*` level 2. Several may follow each other, each a level deeper than the one before.
/// </summary>
public sealed class RunInHeadings : IMarkdownExtension
{
    private const string LevelKey = "wengao.run-in";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Mark;
        pipeline.DocumentProcessed += Mark;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>The run-in heading level of an emphasis (1–4), or 0 when it is ordinary emphasis.</summary>
    public static int LevelOf(EmphasisInline emphasis) => emphasis.GetData(LevelKey) as int? ?? 0;

    private static void Mark(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
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
}
