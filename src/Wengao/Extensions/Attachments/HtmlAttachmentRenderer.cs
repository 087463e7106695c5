using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Wengao.Extensions.Attachments;

/// <summary>
/// An attachment block left in a body (one that <see cref="Attachments.Detach"/> did not take out) is shown as a section
/// of its own rather than lost; a speech's attachments are taken out and set after its signature instead.
/// </summary>
public sealed class HtmlAttachmentRenderer : HtmlObjectRenderer<AttachmentBlock>
{
    protected override void Write(HtmlRenderer renderer, AttachmentBlock block)
    {
        renderer.EnsureLine().Write("<section class=\"attachment\">").WriteLine();
        renderer.WriteChildren(block);
        renderer.EnsureLine().Write("</section>").WriteLine();
    }
}
