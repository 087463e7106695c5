using System.Collections.Immutable;
using Markdig.Syntax;
using Wengao.Diagnostics;
using SourceSpan = Wengao.Model.SourceSpan;
using Wengao.Model;

namespace Wengao.Extensions.Attachments;

/// <summary>One attachment: its rank, its title (from the front matter) and its content (from the body).</summary>
/// <param name="Number">its rank in the 附件说明; 0 for the document a notice 印发s, which is not one of its attachments</param>
/// <param name="Id">the page's anchor of the attachment, which the 附件说明 links to</param>
/// <param name="Label">"附件1", or "附件" alone (<see cref="LabelOf"/>); null for the printed document, which has none</param>
public sealed record Attachment(int Number, string Title, MarkdownDocument Content, string Id, string? Label)
{
    /// <summary>The anchor of the document a notice 印发s.</summary>
    public const string PrintedDocumentId = "printed-document";

    /// <summary>"附件1", "附件2"…, or "附件" alone when it is the only one (GB/T 9704 §7.3.7: 附件顺序号 only where there are several).</summary>
    public static string LabelOf(int number, int count) => count == 1 ? AttachmentBlock.Word : $"{AttachmentBlock.Word}{number}";
}

/// <summary>Takes the `::: 附件` blocks out of a parsed body and pairs them, in order, with the titles of the 附件说明.</summary>
public static class Attachments
{
    /// <param name="furniture">the front matter's `attachments:`, and its `printed_document:`, whose content is the first block</param>
    /// <param name="origin">where the body starts in its file, to locate the errors</param>
    /// <returns>the attachments with content; a title without a block is listed in the 附件说明 only (an attachment printed apart)</returns>
    public static ImmutableArray<Attachment> Detach(MarkdownDocument document, Furniture furniture, SourceSpan origin)
    {
        var printed = furniture.PrintedDocument is null ? 0 : 1;
        var titles = printed == 0 ? furniture.Attachments : [furniture.PrintedDocument!, .. furniture.Attachments];
        var blocks = document.Descendants<AttachmentBlock>().ToList();
        if (blocks.Count == 0) return [];
        var errors = new List<SourceError>();
        var result = ImmutableArray.CreateBuilder<Attachment>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var at = new SourceSpan(origin.File, origin.Line + block.Line, block.Column + 1);
            if (block.Info != AttachmentBlock.Word)
                errors.Add(new(at, $"`{new string(':', block.OpeningFencedCharCount)} {block.Info}` is not a block Wengao knows",
                    $"an attachment's content is written `::: {AttachmentBlock.Word}` … `:::`"));
            else if (block.Parent != document)
                errors.Add(new(at, "an attachment's block stands inside another block", "start `::: 附件` at the beginning of a line, after the body"));
            else if (block.ClosingFencedCharCount == 0)
                errors.Add(new(at, "the attachment's block is not closed", "end its content with a line `:::`"));
            else if (i >= titles.Length)
                errors.Add(new(at, $"the body has {blocks.Count} `::: 附件` blocks but `attachments:` lists {titles.Length - printed} title{(titles.Length - printed == 1 ? "" : "s")}"
                        + (printed == 1 ? " besides `printed_document:`" : ""),
                    "list each attachment's title under `attachments:` in the front matter, in the order of the blocks"));
            else if (!LastInBody(document, block))
                errors.Add(new(at, "text follows an attachment", "attachments come after the body (GB/T 9704 §7.3.7): move the text above the first `::: 附件`"));
        }
        if (errors.Count > 0) throw new BuildFailedException(errors);
        for (var i = 0; i < blocks.Count; i++)
        {
            var content = new MarkdownDocument();
            while (blocks[i].Count > 0)
            {
                var child = blocks[i][0];
                blocks[i].RemoveAt(0);
                content.Add(child);
            }
            document.Remove(blocks[i]);
            var rank = i + 1 - printed;
            result.Add(rank == 0 ? new Attachment(0, titles[i], content, Attachment.PrintedDocumentId, null)
                : new Attachment(rank, titles[i], content, $"attachment-{rank}", Attachment.LabelOf(rank, furniture.Attachments.Length)));
        }
        return result.ToImmutable();
    }

    // Only attachments may follow an attachment, and the notes (注释), which the footnote parser gathers at the document's end.
    private static bool LastInBody(MarkdownDocument document, AttachmentBlock block) =>
        document.Skip(document.IndexOf(block) + 1).All(b => b is AttachmentBlock or Markdig.Extensions.Footnotes.FootnoteGroup);
}
