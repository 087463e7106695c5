using System.Text.RegularExpressions;
using Wengao.Text;

namespace Wengao.Authoring;

/// <summary>An attachment's content in a draft: its "附件N" line, the title's lines under it (one, or two where a long title wraps), its paragraphs.</summary>
public sealed record DraftAttachment(DraftLine Label, IReadOnlyList<DraftLine> TitleLines, IReadOnlyList<DraftLine> Content);

/// <summary>
/// The furniture at the end of a draft's text, which import moves into the front matter: the 附件说明 (附件：1.…, 2.…),
/// the signature block (the issuers' lines, then the date line 2024年3月12日), the 附注 line after it （此件公开发布）, and
/// after them the attachments' contents, each opened by a line "附件1" (or "附件").
/// </summary>
/// <param name="Titles">the 附件说明's names, each a line's text after its "附件：" and number (its origin moved along)</param>
/// <param name="CopiesTo">the 版记's 抄送 line from after its "抄送："</param>
/// <param name="PrintedLine">the 版记's last line: 印发机关, then 印发日期 and 印发 (<paramref name="PrintedBy"/>, <paramref name="Printed"/>)</param>
/// <param name="Attachments">the attachments' contents, the document the notice 印发s first where it has one (<see cref="PrintedDocument"/>)</param>
public sealed partial record DraftFurniture(
    IReadOnlyList<DraftLine> Titles, IReadOnlyList<DraftLine> Issuers, DraftLine? DateLine, DateOnly? Signed, DraftLine? Note,
    IReadOnlyList<DraftAttachment> Attachments, DraftLine? CopiesTo = null, DraftLine? PrintedLine = null, string? PrintedBy = null, DateOnly? Printed = null)
{
    /// <summary>
    /// The title of the document a notice 印发s, printed after it with no 附件 line (its two lines joined where it is broken
    /// over two): the content of <see cref="Attachments"/>' first, not an attachment, so listed in no 附件说明.
    /// </summary>
    public DraftLine? PrintedDocument { get; init; }

    /// <summary>The bare 附件 a site set over <see cref="PrintedDocument"/>: not the document's, left out of the source.</summary>
    public DraftLine? PrintedLabel { get; init; }

    /// <summary>Why <see cref="PrintedLabel"/> is left out, for the import report.</summary>
    public const string PrintedLabelReason = "the 附件 label a site sets over the document a notice 印发s, which is no attachment";

    private const string AttachmentWord = "附件";

    public static readonly DraftFurniture None = new([], [], null, null, null, []);

    /// <summary>A joint document rarely has more issuers than this; more short lines before a date are the text's own.</summary>
    private const int MaxIssuers = 6;

    /// <summary>An issuer's name fits a line: 某某省人民政府办公厅, 中共某县委员会办公室.</summary>
    private const int MaxIssuer = 30;

    // 附件, 附件1, 附件1：; not 附件： alone, which leads the 附件说明's names.
    [GeneratedRegex(@"^附件\s*(?:\d{1,2}[：:]?)?$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^附件[：:]\s*")]
    private static partial Regex NotesLead();

    // 1. as GB/T 9704 numbers them, 1、 as many drafts do.
    [GeneratedRegex(@"^\d{1,2}[.．、]\s*")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^[（(][^（）()]{1,40}[）)]$")]
    private static partial Regex Bracketed();

    // The 版记 (§7.4) closes a document, after its attachments: 抄送：… then 某县人民政府办公室　　2024年6月1日印发.
    [GeneratedRegex(@"^抄送[：:]\s*")]
    private static partial Regex CopiesLead();

    [GeneratedRegex(@"^(?<by>\S.*?)[ \t\u3000]+(?<date>[^ \t\u3000]+日)\s*印发$")]
    private static partial Regex PrintedLineText();

    [GeneratedRegex(@"^(?<date>[^ \t\u3000]+日)\s*印发$")]
    private static partial Regex PrintedDate();

    /// <summary>A 抄送 line's organs rarely wrap onto more than three lines; more lines above the 印发 line are the text's.</summary>
    private const int MaxCopiesLines = 4;

    // 关于印发《…实施方案》的通知: the document a notice prints (印发), forwards (转发) or approves (批转), named in its title.
    [GeneratedRegex(@"(?:印发|转发|批转)《(?<name>[^《》]+)》")]
    private static partial Regex PrintedName();

    /// <summary>Splits <paramref name="body"/> into the text and its furniture; nothing is dropped, every line goes to one or the other.</summary>
    /// <param name="title">the draft's title, whose 印发《…》 names the document a notice prints after its signature block</param>
    public static (IReadOnlyList<DraftLine> Text, DraftFurniture Furniture) Split(IReadOnlyList<DraftLine> body, string? title = null)
    {
        // The 版记 first: it ends the document, so the signature block and the attachments end above it.
        var (last, copies, printedLine, printedBy, printed) = (body.Count, (DraftLine?)null, (DraftLine?)null, (string?)null, (DateOnly?)null);
        if (last >= 2 && ReadPrinted(body[last - 1].Text) is var (by, day))
            (printedLine, printedBy, printed, last) = (body[last - 1], by, day, last - 1);
        // A web page's copy of the 版记's table gives its two cells a line each: 某县人民政府办公室, then 2024年3月15日印发.
        else if (last >= 3 && PrintedDate().Match(body[last - 1].Text) is { Success: true } alone && Date(alone.Groups["date"].Value) is { } on
            && IsIssuer(body[last - 2].Text))
            (printedLine, printedBy, printed, last) = (body[last - 2].Join(body[last - 1]), body[last - 2].Text, on, last - 2);
        // The 抄送 line, wrapped over as many lines as its organs take (§7.4.2: 回行时与冒号后的首字对齐).
        for (var k = last - 1; k >= Math.Max(1, last - MaxCopiesLines); k--)
            if (CopiesLead().Match(body[k].Text) is { Success: true } copiesLead && copiesLead.Length < body[k].Text.Length)
            {
                if (body.Skip(k + 1).Take(last - k - 1).All(l => !SiteChrome.HasSentencePunctuation(l.Text[..^1])))
                    (copies, last) = (body.Skip(k + 1).Take(last - k - 1).Aggregate(After(body[k], copiesLead.Length), (head, tail) => head.Join(tail)), k);
                break;
            }
        body = [.. body.Take(last)];

        var end = body.Count;
        var firstLabel = -1;
        for (var i = 1; i < body.Count - 1 && firstLabel < 0; i++)
            if (Label().IsMatch(body[i].Text)) firstLabel = i;
        // A government site prints the document a notice 印发 straight after its signature block, under its own title
        // and with no 附件 line: the line naming it after the date (or the 附注 under the date) opens it.
        // Its title may be broken over two lines, as a long one is (§7.3.1).
        var (printedAt, printedTitle) = (-1, 0);
        if (firstLabel < 0 && title is not null && PrintedName().Match(title) is { Success: true } named)
            for (var i = 2; i < body.Count && printedAt < 0; i++)
                if ((printedTitle = body[i].Text == named.Groups["name"].Value ? 1
                        : i + 1 < body.Count && body[i].Text + body[i + 1].Text == named.Groups["name"].Value ? 2 : 0) > 0
                    && (Date(body[i - 1].Text) is not null || Bracketed().IsMatch(body[i - 1].Text) && Date(body[i - 2].Text) is not null))
                    printedAt = i;
        if (printedAt > 0) firstLabel = printedAt;
        if (firstLabel > 0) end = firstLabel;

        DraftLine? note = null, dateLine = null;
        DateOnly? signed = null;
        var issuersEnd = end;
        if (end >= 2 && Bracketed().IsMatch(body[end - 1].Text) && Date(body[end - 2].Text) is not null) { note = body[end - 1]; issuersEnd = end - 1; }
        var issuersStart = issuersEnd;
        if (issuersEnd >= 2 && Date(body[issuersEnd - 1].Text) is { } date)
        {
            var start = issuersEnd - 1;
            while (start > 1 && issuersEnd - 1 - start < MaxIssuers && IsIssuer(body[start - 1].Text)) start--;
            if (start < issuersEnd - 1) (dateLine, signed, issuersStart) = (body[issuersEnd - 1], date, start);
            else note = null; // a date alone closes no signature block: it stays in the text, and so does the line after it
        }
        if (dateLine is null) (issuersStart, issuersEnd) = (end, end);

        // 附件：1.… then 2.… lines (or 附件： alone, the names under it), just above the signature block or the end of the text.
        // A name of the 附件说明 too long for its line wraps under its first character (§7.3.4); copied, its rest is a line
        // of its own. Between two numbered names it is the first's; after the last, the attachment's title over two lines
        // (§7.3.7: 与附件说明的表述一致) tells it from the first issuer.
        string Name(DraftLine line) => line.Text[(NotesLead().Match(line.Text).Length is var l ? l : 0)..] is var rest ? rest[Numbered().Match(rest).Length..] : "";
        bool Shown(string name) => Enumerable.Range(end, Math.Max(0, body.Count - end - 1)).Any(k => body[k].Text + body[k + 1].Text == name);
        if (dateLine is not null && issuersStart + 1 < issuersEnd - 1 && issuersStart >= 1 && IsNote(body[issuersStart - 1].Text)
            && Shown(Name(body[issuersStart - 1]) + body[issuersStart].Text))
            issuersStart++;
        var notesStart = issuersStart;
        while (notesStart > 1 && (Numbered().IsMatch(body[notesStart - 1].Text) || notesStart > 2 && IsNote(body[notesStart - 2].Text) && IsIssuer(body[notesStart - 1].Text)))
            notesStart--;
        var titles = new List<DraftLine>();
        if (notesStart > 1 && NotesLead().Match(body[notesStart - 1].Text) is { Success: true } lead)
        {
            var first = body[notesStart - 1];
            var names = body.Skip(notesStart).Take(issuersStart - notesStart).ToList();
            if (lead.Length < first.Text.Length) names.Insert(0, After(first, lead.Length));
            var numbered = names.Count > 0 && Numbered().IsMatch(names[0].Text);
            foreach (var name in names)
                if (numbered && titles.Count > 0 && !Numbered().IsMatch(name.Text)) titles[^1] = titles[^1].Join(name);
                else titles.Add(After(name, Numbered().Match(name.Text).Length));
            notesStart = names.Count > 0 ? notesStart - 1 : issuersStart;
        }
        else notesStart = issuersStart;

        var attachments = new List<DraftAttachment>();
        DraftLine? printedDocument = null;
        if (printedAt > 0) // its title is its first line, no label above it: the document printed, to the end
        {
            var titleLines = body.Skip(printedAt).Take(printedTitle).ToList();
            attachments.Add(new DraftAttachment(body[printedAt], titleLines, [.. body.Skip(printedAt + printedTitle)]));
            printedDocument = printedTitle == 1 ? titleLines[0] : titleLines[0] with
                { Text = titleLines[0].Text + titleLines[1].Text, Joins = [(titleLines[0].Text.Length, titleLines[1].Origin)] };
        }
        for (var i = printedAt > 0 ? body.Count : end; i < body.Count;)
        {
            var next = i + 1;
            while (next < body.Count && !Label().IsMatch(body[next].Text)) next++;
            var rank = attachments.Count;
            // The title under the label is the 附件说明's (§7.3.7: 与附件说明的表述一致), on one line or two; with no 附件说明, the line is the title.
            var titleLines = i + 1 >= next ? 0
                : rank >= titles.Count ? 1
                : body[i + 1].Text == titles[rank].Text ? 1
                : i + 2 < next && body[i + 1].Text + body[i + 2].Text == titles[rank].Text ? 2 : 0;
            if (titleLines > 0 && rank >= titles.Count) titles.Add(body[i + 1]);
            attachments.Add(new DraftAttachment(body[i], [.. body.Skip(i + 1).Take(titleLines)], [.. body.Skip(i + 1 + titleLines).Take(next - i - 1 - titleLines)]));
            i = next;
        }
        // A site may set a bare 附件 over the one document a notice 印发s, with no 附件说明 (the document is the notice's
        // subject, named in its title, not an attachment): that label is the page's, and the document printed_document.
        DraftLine? printedLabel = null;
        if (printedAt < 0 && notesStart == issuersStart && attachments is [{ TitleLines: [var only] } single] && body[end].Text == AttachmentWord
            && title is not null && PrintedName().Match(title) is { Success: true } printedName && only.Text == printedName.Groups["name"].Value)
        {
            (printedLabel, printedDocument) = (single.Label, only);
            attachments[0] = single with { Label = only };
            titles.Clear();
        }
        var furniture = new DraftFurniture(titles, [.. body.Take(issuersEnd - 1).Skip(issuersStart)], dateLine, signed, note, attachments,
            copies, printedLine, printedBy, printed) { PrintedDocument = printedDocument, PrintedLabel = printedLabel };
        return ([.. body.Take(notesStart)], furniture);
    }

    /// <summary>
    /// The furniture of a .docx exported by Wengao, each line told by its style rather than by where it stands: the
    /// 附件说明's lines (附件：1.… and the names under it), the issuers, the 成文日期, the 附注, the 版记's lines and the
    /// attachments. With no 附件说明, the attachments' titles are their names, as in <see cref="Split"/>.
    /// </summary>
    /// <param name="printed">the first attachment is the document the notice 印发s, its title with no 附件 label over it</param>
    public static DraftFurniture Styled(IReadOnlyList<DraftLine> notes, IReadOnlyList<DraftLine> issuers, DraftLine? dateLine, DraftLine? note,
        IReadOnlyList<DraftLine> imprint, IReadOnlyList<DraftAttachment> attachments, bool printed = false)
    {
        var document = printed ? Joined(attachments[0].TitleLines) : null;
        var titles = new List<DraftLine>();
        for (var i = 0; i < notes.Count; i++)
        {
            var line = i == 0 && NotesLead().Match(notes[i].Text) is { Success: true } lead ? After(notes[i], lead.Length) : notes[i];
            line = After(line, Numbered().Match(line.Text).Length);
            if (line.Text.Length > 0) titles.Add(line);
        }
        if (titles.Count == 0)
            titles.AddRange(attachments.Skip(printed ? 1 : 0).Where(a => a.TitleLines.Count > 0).Select(a => a.TitleLines[0]));
        var (copies, printedLine, printedBy, printedOn) = ((DraftLine?)null, (DraftLine?)null, (string?)null, (DateOnly?)null);
        foreach (var line in imprint)
            if (CopiesLead().Match(line.Text) is { Success: true } copiesLead && copiesLead.Length < line.Text.Length) copies = After(line, copiesLead.Length);
            else if (PrintedLineText().Match(line.Text) is { Success: true } m && Date(m.Groups["date"].Value) is { } day)
                (printedLine, printedBy, printedOn) = (line, m.Groups["by"].Value, day);
        var signed = dateLine is null ? null : Date(dateLine.Text);
        return new DraftFurniture(titles, issuers, signed is null ? null : dateLine, signed, note, attachments, copies, printedLine, printedBy, printedOn)
            { PrintedDocument = document };
    }

    /// <summary>A title's lines as one line, each character still at its place in the draft.</summary>
    private static DraftLine Joined(IReadOnlyList<DraftLine> lines) => lines.Skip(1).Aggregate(lines[0], (head, tail) => head.Join(tail));

    /// <summary>The furniture as the model holds it, with the 发文字号 found above the text.</summary>
    public Model.Furniture ToModel(DraftLine? number) =>
        new(number?.Text, [.. Issuers.Select(l => l.Text)], Signed, [.. Titles.Select(l => l.Text)], Note?.Text, CopiesTo?.Text, PrintedBy, Printed,
            PrintedDocument?.Text);

    /// <summary>A line of the 附件说明 holding a name: 附件：1.…, 附件：… or 2.….</summary>
    private static bool IsNote(string line) => Numbered().IsMatch(line) || NotesLead().Match(line) is { Success: true } m && m.Length < line.Length;

    /// <summary>The line from its <paramref name="skip"/>th character on, its origin moved along.</summary>
    private static DraftLine After(DraftLine line, int skip) => line.After(skip);

    private static DateOnly? Date(string line) => DateText.Read(line);

    /// <summary>A 版记's 印发 line (某县人民政府办公室　　2024年3月18日印发, §7.4.3): who printed it and when; null for any other line.</summary>
    internal static (string By, DateOnly Day)? ReadPrinted(string line) =>
        PrintedLineText().Match(line) is { Success: true } m && Date(m.Groups["date"].Value) is { } day ? (m.Groups["by"].Value, day) : null;

    /// <summary>An issuer's line: short, no sentence or clause punctuation, not a heading, not the 附件说明.</summary>
    internal static bool IsIssuer(string line) =>
        line.Length <= MaxIssuer && line.IndexOfAny("。，；：！？、,.;:!?".ToCharArray()) < 0 && HeadingLevel.Of(line) == 0
        && !NotesLead().IsMatch(line) && !Numbered().IsMatch(line) && Date(line) is null;
}
