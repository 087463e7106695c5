using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Wengao.Parse;

/// <summary>
/// Run-in headings (段首标题): emphasis that opens a paragraph is a heading the paragraph continues after.
/// `**一是……。**` is level 1 (set in 黑体), `*首先……。*` level 2 (楷体); they may follow each other.
/// </summary>
public sealed class RunInHeadings : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Mark;
        pipeline.DocumentProcessed += Mark;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Mark(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var level = 0;
            for (var inline = paragraph.Inline?.FirstChild; inline is EmphasisInline emphasis; inline = inline.NextSibling)
            {
                var next = emphasis.DelimiterCount >= 2 ? 1 : 2;
                if (next <= level) break; // a second heading of the same level is ordinary emphasis
                level = next;
                var attributes = emphasis.GetAttributes();
                attributes.AddClass("run-in");
                attributes.AddClass($"run-in-{level}");
            }
        }
    }
}
