using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Wengao.Extensions.Attachments;

/// <summary>The `::: 附件` blocks of a body: <c>pipeline.UseAttachments()</c>.</summary>
public sealed class AttachmentsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the paragraph parser, which would read the fence as text.
        if (!pipeline.BlockParsers.Contains<AttachmentParser>())
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new AttachmentParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlAttachmentRenderer>())
            html.ObjectRenderers.Add(new HtmlAttachmentRenderer());
    }
}

public static class AttachmentsPipeline
{
    public static MarkdownPipelineBuilder UseAttachments(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<AttachmentsExtension>();
        return pipeline;
    }
}
