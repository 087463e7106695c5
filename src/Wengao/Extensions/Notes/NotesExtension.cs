using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Wengao.Extensions.Notes;

/// <summary>
/// Notes (注释): Markdown footnotes, `正文[^1]` and `[^1]: 注释的文字`, numbered in the order they are first referred to,
/// shown as ［1］ (the full-width square brackets Chinese government reports print their note numbers in), the notes
/// gathered after the text under 注释. The parsing is Markdig's; the page's markup is <see cref="NotesHtml"/>.
/// </summary>
public sealed class NotesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.Extensions.AddIfNotAlready<FootnoteExtension>();

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.RemoveAll(r => r is HtmlFootnoteGroupRenderer or HtmlFootnoteLinkRenderer);
        html.ObjectRenderers.Add(new NotesHtml.GroupRenderer());
        html.ObjectRenderers.Add(new NotesHtml.LinkRenderer());
    }
}

public static class NotesPipeline
{
    /// <summary>Markdown footnotes as Wengao's notes (注释), on the page and in the PDF.</summary>
    public static MarkdownPipelineBuilder UseNotes(this MarkdownPipelineBuilder pipeline)
    {
        // Markdig's own footnote extension is set up first, so this one's renderers replace its ones.
        pipeline.Extensions.AddIfNotAlready<FootnoteExtension>();
        pipeline.Extensions.AddIfNotAlready<NotesExtension>();
        return pipeline;
    }
}
