using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;

namespace Wengao.Extensions.Attachments;

/// <summary>
/// `::: 附件` … `:::` in a body: the content of an attachment (GB/T 9704 §7.3.7), whose title is the front matter's
/// `attachments:` entry of the same rank, so that it is written once. A fenced container, as Markdig's custom containers are.
/// </summary>
public sealed class AttachmentBlock(BlockParser parser) : CustomContainer(parser)
{
    /// <summary>What the fence opens with: the one word an attachment's block is known by.</summary>
    public const string Word = "附件";
}
