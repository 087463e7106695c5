using Markdig.Parsers;

namespace Wengao.Extensions.Attachments;

/// <summary>Opens an <see cref="AttachmentBlock"/> at a line of three or more colons and closes it at the next such line.</summary>
public sealed class AttachmentParser : FencedBlockParserBase<AttachmentBlock>
{
    public AttachmentParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null; // `:::附件` and `::: 附件` alike
    }

    protected override AttachmentBlock CreateFencedBlock(BlockProcessor processor) => new(this);
}
