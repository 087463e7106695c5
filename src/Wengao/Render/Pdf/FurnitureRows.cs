using PdfSharp.UniversalAccessibility;
using Wengao.Extensions.Attachments;
using Wengao.Model;
using Wengao.Render.Pdf.Compose;
using Wengao.Text;

namespace Wengao.Render.Pdf;

/// <summary>
/// Sets a document's furniture on its grid, where its template places it: after the body the 附件说明, the signature
/// block and the 附注, the attachments, the 版记, each as GB/T 9704 sets it. In the characters of the layout (its pitch), so
/// the reading copy places them as the manuscript does.
/// </summary>
internal static class FurnitureRows
{
    /// <summary>§7.3.4: 左空二字; §7.3.6: the 附注 likewise.</summary>
    internal const int NoteIndent = 2;

    /// <summary>The signature block without a seal, at the positions §7.3.5.1 gives with one: 成文日期右空四字, the issuer centred over it.</summary>
    private const int DateRightIndent = 4;

    /// <summary>
    /// A long issuer is moved left so that it still ends two characters in (右空二字, §7.3.5.3); without a seal the issuer
    /// ends there, and a date longer than it does (§7.3.5.2).
    /// </summary>
    private const int SignatureRightIndent = 2;

    /// <summary>§7.3.5.2: the 成文日期's first character two characters right of the issuer's (首字比发文机关署名首字右移二字).</summary>
    private const int DateShift = 2;

    /// <summary>
    /// Blank lines between the text (or 附件说明) and a sealed signature: the seal (about 42 mm, four grid lines) has its top
    /// within one line of the text and presses the issuer and date below its centre (§7.3.5.1: 印章顶端应当上距正文一行之内，
    /// 使发文机关署名和成文日期居印章中心偏下位置), so the issuer stands on the third line under the text.
    /// </summary>
    private const int SealRoom = 2;

    /// <summary>What follows the body (GB/T 9704 §7.3.4–7.3.6): the 附件说明, the signature block, the 附注.</summary>
    /// <param name="seal">set for a seal (§7.3.5.1), without one (§7.3.5.2), or where null at the sealed positions under one blank line</param>
    public static void Closing(PageContent content, DocumentSetter setter, PageLayout layout, Furniture furniture, bool? seal = null)
    {
        var notes = furniture.Attachments.Length > 0 ? AttachmentNotes(setter, layout, furniture.Attachments) : [];
        // §7.3.6: the 附注 居左空二字加圆括号编排在成文日期下一行, so it goes with the signature block.
        var note = Remark(furniture) is { } text ? Lines(setter, layout, text, FontRole.FangSong, NoteIndent * layout.Pitch) : [];
        // The 附件说明 and the signature block are set as one, kept whole and with the text's last lines.
        var rows = new List<Row>(notes);
        if (furniture.Signs)
        {
            var (blank, lines) = SignatureBlock(setter, layout, furniture, seal);
            rows.AddRange(Enumerable.Repeat(new Row([], layout.BodySize, []), blank));
            rows.AddRange(lines.Select(line => Shift(Lines(setter, layout, line.Text, FontRole.FangSong, 0)[0], line.Left)));
        }
        rows.AddRange(note);
        if (rows.Count > 0) content.Add(rows, PdfBlockLevelElementTag.Paragraph, keepWithPrevious: true);
    }

    /// <summary>The 附注 in its parentheses (§7.3.6: 加圆括号), as written where the author gave them.</summary>
    internal static string? Remark(Furniture furniture) => furniture.Note is { } text ? text.StartsWith('（') ? text : $"（{text}）" : null;

    /// <summary>The 版记's 印发日期 as §7.4.3 writes it: 2024年3月12日印发.</summary>
    internal static string PrintedLine(DateOnly printed) => $"{ChineseText.Date(printed)}印发";

    /// <summary>Each attachment on a page of its own (§7.3.7).</summary>
    public static void Attachments(PageContent content, DocumentSetter setter, PageLayout layout, Furniture furniture, IReadOnlyList<Attachment> attachments)
    {
        foreach (var attachment in attachments) Attachment(content, setter, layout, attachment);
    }

    /// <summary>§7.4.1: the 版记's lines in 4号仿宋.</summary>
    internal const double ImprintSize = 14;

    /// <summary>
    /// The 版记 at the foot of the document's last page (§7.4), between rules: "抄送：" and the bodies copied, one character
    /// in from either side (§7.4.2); the 印发机关 one character in at the left and the 印发日期 with 印发 one character in
    /// at the right (§7.4.3).
    /// </summary>
    /// <param name="evenPage">on an even page, the 封四, a blank page added where needed</param>
    public static void Imprint(PageContent content, DocumentSetter setter, PageLayout layout, Furniture furniture, bool evenPage = false)
    {
        if (!furniture.Imprints) return;
        List<Row> Set(string text, double indent) =>
            setter.Lines([new StyledRun(text, FontRole.FangSong)], ImprintSize, ImprintSize, indent, LineAlign.Left);
        var rows = new List<Row>();
        if (furniture.CopiesTo is { } copies) rows.AddRange(Set($"抄送：{copies}", ImprintSize));
        if (furniture.PrintedBy is not null || furniture.Printed is not null)
        {
            var by = furniture.PrintedBy is { } name ? Set(name, ImprintSize)[0] : new Row([], ImprintSize, []);
            if (furniture.Printed is { } printed)
            {
                var date = Set(PrintedLine(printed), 0)[0];
                by = by with { Items = [.. by.Items, .. Shift(date, PageGrid.Width - ImprintSize - End(date)).Items] };
            }
            rows.Add(by);
        }
        FootRules.Add(content, rows, layout, evenPage);
    }

    /// <summary>
    /// §7.3.4: one blank line under the body, two characters in, "附件：" and the names; several are numbered "1." "2.",
    /// each name's lines aligned under its first character.
    /// </summary>
    private static List<Row> AttachmentNotes(DocumentSetter setter, PageLayout layout, IReadOnlyList<string> titles)
    {
        var rows = new List<Row> { new([], layout.BodySize, []) };
        var lead = Lines(setter, layout, $"{AttachmentBlock.Word}：", FontRole.FangSong, NoteIndent * layout.Pitch)[0];
        var leadEnd = End(lead);
        for (var i = 0; i < titles.Count; i++)
        {
            var number = titles.Count == 1 ? null : Shift(Lines(setter, layout, $"{i + 1}.", FontRole.FangSong, 0)[0], leadEnd);
            var hang = number is null ? leadEnd : End(number);
            var name = setter.Compose([new StyledRun(titles[i], FontRole.FangSong)], new LineSpec(PageGrid.Width - hang, layout.BodySize, layout.Pitch, 0, LineAlign.Left))
                .Select(line => Shift(new Row(line.Items, layout.BodySize, []), hang)).ToList();
            name[0] = name[0] with { Items = [.. i == 0 ? lead.Items : [], .. number?.Items ?? [], .. name[0].Items] };
            rows.AddRange(name);
        }
        return rows;
    }

    /// <summary>
    /// The signature block (§7.3.5) as the PDF and the Word export place it: the blank lines over it — two, room for the
    /// seal (§7.3.5.1), or one — and the issuers one a line, then the 成文日期 in Arabic numerals (2024年3月12日), each with
    /// where it starts from the type area's left edge: for a seal (or a speech's or briefing's signature, which none
    /// presses) centred over the date four characters in (<see cref="SealedPlaces"/>); without one from one left edge
    /// (<see cref="UnsealedPlaces"/>).
    /// </summary>
    internal static (int Blank, IReadOnlyList<(string Text, double Left, bool Date)> Lines) SignatureBlock(DocumentSetter setter, PageLayout layout,
        Furniture furniture, bool? seal)
    {
        var date = furniture.Signed is { } signed ? ChineseText.Date(signed) : null;
        var widths = furniture.Signature.Select(issuer => Width(setter, layout, issuer)).ToList();
        var dateWidth = date is null ? (double?)null : Width(setter, layout, date);
        var (lefts, dateLeft) = seal == false ? UnsealedPlaces(widths, dateWidth, layout.Pitch) : SealedPlaces(widths, dateWidth, layout.Pitch);
        var lines = furniture.Signature.Select((issuer, i) => (issuer, lefts[i], false)).ToList();
        if (date is not null) lines.Add((date, dateLeft!.Value, true));
        return (seal == true ? SealRoom : 1, lines);
    }

    /// <summary>
    /// Where the signature block's lines start for a seal (§7.3.5.1), from the type area's left edge, given their widths:
    /// the date's right edge four characters in, each issuer centred over it, moved left where it would end less than
    /// two characters in. Without a date the issuers end two characters in.
    /// </summary>
    private static (double[] Issuers, double? Date) SealedPlaces(IReadOnlyList<double> issuers, double? date, double pitch)
    {
        var dateLeft = date is { } d ? PageGrid.Width - DateRightIndent * pitch - d : (double?)null;
        var lefts = issuers.Select(width => Math.Max(0, Math.Min(dateLeft is { } left ? left + (date!.Value - width) / 2 : double.MaxValue,
            PageGrid.Width - SignatureRightIndent * pitch - width))).ToArray();
        return (lefts, dateLeft);
    }

    /// <summary>
    /// Where the lines start without a seal (§7.3.5.2): the issuers from one left edge, the longest ending two characters
    /// in; the date two characters right of them, or, longer, ending two characters in and moving the issuers with it.
    /// </summary>
    private static (double[] Issuers, double? Date) UnsealedPlaces(IReadOnlyList<double> issuers, double? date, double pitch)
    {
        var right = PageGrid.Width - SignatureRightIndent * pitch;
        var start = right - issuers.DefaultIfEmpty(0).Max();
        if (date is { } d && start + DateShift * pitch + d > right) start = right - d - DateShift * pitch;
        start = Math.Max(0, start);
        return ([.. issuers.Select(_ => start)], date is { } w ? issuers.Count == 0 ? right - w : start + DateShift * pitch : null);
    }

    /// <summary>The width of a line of the body's text set on the layout's grid, as the signature block measures it.</summary>
    internal static double Width(DocumentSetter setter, PageLayout layout, string text) => End(Lines(setter, layout, text, FontRole.FangSong, 0)[0]);

    /// <summary>
    /// §7.3.7: on a new page, "附件N" (or "附件" when it is the only one) in 3号黑体 flush left on the first line, the title
    /// centred in 2号小标宋 on the third (附件标题居中编排在版心第三行), then the content as the body is set. The document a
    /// notice 印发s has no label: its title opens its page, as the notice's own opens the notice's.
    /// </summary>
    private static void Attachment(PageContent content, DocumentSetter setter, PageLayout layout, Attachment attachment)
    {
        var bookmark = new Bookmark(Bookmark.Attachment, attachment.Label is { } label ? $"{label}　{attachment.Title}" : attachment.Title);
        if (attachment.Label is not null)
        {
            var head = Lines(setter, layout, attachment.Label, FontRole.HeiTi, 0);
            head[0] = head[0] with { Bookmarks = [bookmark], Anchor = attachment.Id };
            content.Add([.. head, new Row([], layout.BodySize, [])], PdfBlockLevelElementTag.Paragraph, keepWithNext: true, newPage: true);
            content.Title(attachment.Title, layout.TitleSize);
        }
        else
        {
            var title = setter.Title(attachment.Title, FontRole.XiaoBiaoSong, layout.TitleSize).ToList();
            title[0] = title[0] with { Bookmarks = [bookmark], Anchor = attachment.Id };
            content.Add(title, PdfBlockLevelElementTag.Heading1, keepWithNext: true, newPage: true);
        }
        content.Blank();
        content.Body(ManuscriptText.Blocks(attachment.Content), spoken: false);
    }

    private static List<Row> Lines(DocumentSetter setter, PageLayout layout, string text, FontRole role, double indent) =>
        setter.Lines([new StyledRun(text, role)], layout.BodySize, layout.Pitch, indent, LineAlign.Left);

    /// <summary>Where the line's last visible character ends, from the type area's left edge.</summary>
    internal static double End(Row row) => row.Items.Where(i => !i.IsWhiteSpace).Select(i => i.X + i.Width).DefaultIfEmpty(0).Max();

    internal static Row Shift(Row row, double by) => row with { Items = [.. row.Items.Select(i => i with { X = i.X + by })] };
}
