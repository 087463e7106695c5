using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>
/// A document's furniture (公文的格式要素) around its body, for any kind of document: the 发文字号 (GB/T 9704 §7.2.5),
/// the titles of the 附件说明 (§7.3.4, the attachments' contents are in the body), the 发文机关署名 — one issuer, or several
/// for a joint document, the lead issuer first (§7.3.5) —, the 成文日期 and the 附注 (§7.3.6). The 主送机关 is the
/// document's salutation (§7.3.2: flush left under the title, ending with a full-width colon).
/// </summary>
/// <param name="Number">发文字号, e.g. 国办发〔2019〕4号</param>
/// <param name="Signature">发文机关署名, one a line, in the order they sign</param>
/// <param name="Signed">成文日期</param>
/// <param name="Attachments">the attachments' titles (附件名称), in order; an attachment's content is the body's Nth `::: 附件` block</param>
/// <param name="Note">附注, e.g. （此件公开发布）</param>
/// <param name="CopiesTo">the 版记's 抄送机关 as written after 抄送：(§7.4.2), e.g. 县委办公室，县人大常委会办公室。</param>
/// <param name="PrintedBy">the 版记's 印发机关 (§7.4.3)</param>
/// <param name="Printed">the 版记's 印发日期 (§7.4.3)</param>
/// <param name="PrintedDocument">
/// the title of the document a notice 印发s, 转发s or 批转s (关于印发《X》的通知), printed after the notice under its own
/// title: it is the notice's subject, not an attachment, so it has no 附件说明 line and no 附件 label (《党政机关公文处理工作条例》
/// 第九条: 附件说明 lists the attachments; the printed document is named by the title). Its content is the body's first `::: 附件` block.
/// </param>
public sealed record Furniture(string? Number, ImmutableArray<string> Signature, DateOnly? Signed, ImmutableArray<string> Attachments, string? Note,
    string? CopiesTo = null, string? PrintedBy = null, DateOnly? Printed = null, string? PrintedDocument = null)
{
    public static readonly Furniture None = new(null, [], null, [], null);

    /// <summary>Whether there is a 版记 to set at the foot of the document's last page (GB/T 9704 §7.4).</summary>
    public bool Imprints => CopiesTo is not null || PrintedBy is not null || Printed is not null;

    /// <summary>Whether there is a signature block to set: an issuer or a date.</summary>
    public bool Signs => Signature.Length > 0 || Signed is not null;

    /// <summary>The same with every text passed through <paramref name="mask"/> (an edition's redaction).</summary>
    public Furniture Map(Func<string, string> mask) => new(
        Number is null ? null : mask(Number), [.. Signature.Select(mask)], Signed, [.. Attachments.Select(mask)], Note is null ? null : mask(Note),
        CopiesTo is null ? null : mask(CopiesTo), PrintedBy is null ? null : mask(PrintedBy), Printed,
        PrintedDocument is null ? null : mask(PrintedDocument));
}
