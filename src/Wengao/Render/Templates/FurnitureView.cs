using System.Collections.Immutable;
using Wengao.Extensions.Attachments;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Text;

namespace Wengao.Render.Templates;

/// <summary>An entry of the 附件说明: "1." (none when there is one attachment), the title, and the anchor of its content when the page has it.</summary>
public sealed record AttachmentNoteView(string? Number, string Title, string? Href);

/// <summary>An attachment's section: "附件1" (or "附件"; none for the document a notice 印发s), its title, its id, its content as HTML.</summary>
public sealed record AttachmentView(string? Label, string Title, string Id, string Html);

/// <summary>
/// What templates see of a document's furniture (page.furniture.number, .notes, .signature, .signed, .note, .attachments):
/// the same elements the PDF sets, in the order GB/T 9704 gives them.
/// </summary>
/// <param name="Signed">成文日期 as YYYY-MM-DD for `datetime`; <paramref name="SignedText"/> as printed, 2024年3月12日</param>
/// <param name="CopiesTo">the 版记's 抄送机关; <paramref name="PrintedBy"/> and <paramref name="PrintedText"/> its 印发机关 and 印发日期</param>
public sealed record FurnitureView(
    string? Number, ImmutableArray<AttachmentNoteView> Notes, ImmutableArray<string> Signature, string? Signed, string? SignedText,
    string? Note, ImmutableArray<AttachmentView> Attachments, string? CopiesTo = null, string? PrintedBy = null, string? PrintedText = null)
{
    public bool Signs => Signature.Length > 0 || Signed is not null;
    public bool Imprints => CopiesTo is not null || PrintedBy is not null || PrintedText is not null;

    public static FurnitureView From(Furniture furniture, IReadOnlyList<Attachment> attachments)
    {
        var titles = furniture.Attachments;
        var notes = titles.Select((title, i) => new AttachmentNoteView(titles.Length == 1 ? null : $"{i + 1}.", title,
            attachments.FirstOrDefault(a => a.Number == i + 1) is { } a ? $"#{a.Id}" : null));
        return new FurnitureView(furniture.Number, [.. notes], furniture.Signature, furniture.Signed?.ToString("yyyy-MM-dd"),
            furniture.Signed is { } signed ? ChineseText.Date(signed) : null, furniture.Note,
            [.. attachments.Select(a => new AttachmentView(a.Label, a.Title, a.Id, SpeechMarkdown.ToHtml(a.Content)))],
            furniture.CopiesTo, furniture.PrintedBy, furniture.Printed is { } printed ? ChineseText.Date(printed) + "印发" : null);
    }
}
