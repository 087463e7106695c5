using Wengao.Model;

namespace Wengao.Authoring;

/// <summary>What `wengao import` recognised in a draft, for the user to check against the original.</summary>
/// <param name="LineName">what a numbered line is in the original: a "line" of text, a "paragraph" of Word</param>
/// <param name="Layout">the draft's parts, its furniture (发文字号, 附件说明, signature block, 附注, attachments) among them</param>
/// <param name="Shapes">the tables and lists found among the paragraphs</param>
public sealed record ImportReport(string Path, string Format, string LineName, DraftLayout Layout, IReadOnlyList<MarkedHeading> Headings, BodyShapes Shapes);

/// <summary>How many tables (TAB-separated rows) and ordered lists (numbered lines) import found in a draft's body.</summary>
/// <param name="Notes">the notes of a .docx read by its styles: its footnotes or endnotes (a text draft's are its 注释 section's)</param>
public sealed record BodyShapes(int Tables, int Lists, int? Notes = null);

/// <summary>
/// `wengao import`: a plain-text or .docx draft becomes a source, its text verbatim (only indentation and the site's
/// chrome left out), run-in headings marked, and the front matter's unknowns (speaker, date) left as 待填 for the user to fill.
/// The source is a draft (`draft: true`) until the user has checked it.
/// </summary>
public static class Importer
{
    public const string ToFill = Model.Placeholder.Text;

    /// <param name="date">the date of the speech, when the user gave it; else the date is the placeholder (the file is named by today)</param>
    public static ImportReport Import(string file, DocumentKind kind, string content, DateOnly today, DateOnly? date = null, string? slug = null)
    {
        var draft = DraftText.Read(file);
        var (layout, headings, source, shapes) = draft.Styled is { } styled
            ? StyledImport.Compose(file, styled, kind, date ?? today, dateGiven: date is not null)
            : Compose(file, draft, kind, date ?? today, dateGiven: date is not null);
        // A document signed on a date is dated by it, unless the user or a byline said otherwise; one not signed (a 纪要,
        // GB/T 9704 §10.3) by the day it was printed (§7.4.3).
        var path = SourceName.PathFor(content, kind, date ?? layout.Byline.Day ?? layout.Furniture.Signed ?? layout.Masthead.Day ?? layout.Furniture.Printed ?? today, slug);
        SourceName.Write(path, source.ToString());
        return new ImportReport(path, draft.Format, draft.LineName, layout, headings, shapes);
    }

    /// <summary>The source import writes for a draft, each character mapped to where it came from (`wengao check` of a draft reads it).</summary>
    internal static (DraftLayout Layout, List<MarkedHeading> Headings, MappedText Source, BodyShapes Shapes) Compose(string file, DraftText draft, DocumentKind kind, DateOnly date, bool dateGiven)
    {
        var rule = kind.Import;
        var layout = DraftLayout.Recognise(draft.Lines, salutations: rule.Salutation is not null || rule.Addressee is not null, bylines: rule.Byline,
            mastheads: rule.Masthead is not null);
        // A kind with a 主送机关 and no salutation (a 公文, GB/T 9704 §7.3.2): the line that greets is the addressee.
        if (rule.Salutation is null && rule.Addressee is not null && layout.SalutationLine is { } addressee)
            layout = layout with { SalutationLine = null, AddresseeLine = addressee };
        if (layout.Body.Count == 0)
            throw DraftDecoder.Refuse(file, "no paragraph of text was found", "the file holds no text beside a title; check it is the right file");
        // A kind that reads no furniture (a briefing) keeps its closing lines as text.
        if (kind.Import.Furniture && DraftFurniture.Split(layout.Body, layout.Title?.Replace("\n", "")) is var (text, furniture) && text.Count > 0)
            layout = layout with
            {
                Body = text, Furniture = furniture,
                Dropped = furniture.PrintedLabel is { } label
                    ? [.. layout.Dropped.Append(new DroppedLine(label.Number, label.Text, DraftFurniture.PrintedLabelReason)).OrderBy(d => d.Number)]
                    : layout.Dropped,
            };
        // A briefing's 报尾 ends it; its 印发 line is the furniture's (§7.4.3). One of several articles is titled by its first.
        if (rule.Masthead is { } masthead && layout.Body.Count > 1)
        {
            var (issue, foot) = DraftFoot.Split(layout.Body, masthead);
            layout = layout with { Body = issue, Foot = foot };
            if (foot.Printed is { } printed && DraftFurniture.ReadPrinted(printed.Text) is var (by, day))
                layout = layout with { Furniture = layout.Furniture with { PrintedLine = printed, PrintedBy = by, Printed = day } };
            if (layout.TitleLines.Count == 0 && Enumerable.Range(0, issue.Count).FirstOrDefault(i => DraftFoot.IsArticleTitle(issue, i, issue.Count), -1) is var first and >= 0)
                layout = layout with { TitleLines = [issue[first]] };
        }
        // The remark of a byline's date line (（2024年1月5日，根据录音整理）) is a note on the whole text: its 附注 (§7.3.6).
        if (kind.Import.Furniture && layout.Byline.Remark is { } remark && layout.Furniture.Note is null)
            layout = layout with { Furniture = layout.Furniture with { Note = remark } };
        var source = FrontMatter(kind, layout, date, dateGiven).Append("\n");
        var headings = new List<MarkedHeading>();
        var (tables, lists) = (0, 0);
        var notes = layout.Notes;
        void Write(IReadOnlyList<DraftLine> body, int count, int before)
        {
            var sentences = HeadingMarker.NumberedSentences([.. body.Take(count).Select(l => l.Text)]);
            for (var i = 0; i < count; i++)
            {
                if (i > 0) source.Append("\n\n");
                if (DraftTable.RowsAt(draft.Lines, body, i) is > 0 and var rows && i + rows <= count)
                {
                    DraftTable.Write(draft.Lines, body, i, rows, source);
                    (tables, i) = (tables + 1, i + rows - 1);
                }
                else if (NumberedList.ItemsAt(body, i) is > 0 and var items && i + items <= count)
                {
                    NumberedList.Write(body, i, items, source);
                    (lists, i) = (lists + 1, i + items - 1);
                }
                else if (rule.Masthead is not null && DraftFoot.IsArticleTitle(body, i, count))
                {
                    // Each article's title, on its line, is a heading of the issue's text at the first level.
                    headings.Add(new MarkedHeading(before + i + 1, 1, body[i].Text, Standalone: true));
                    source.Append("## ").Escape(body[i].Text, DraftPlace.In(body[i]), lineStart: false, notes);
                }
                else HeadingMarker.Mark(body[i].Text, DraftPlace.In(body[i]), before + i + 1, headings, source, notes, sentences.Contains(i));
            }
        }
        Write(layout.Body, notes.Heading >= 0 ? notes.Heading : layout.Body.Count, 0); // the 注释 section is written as notes
        NoteWriter.Write(notes, source);
        // Each attachment's content in its `::: 附件` block; its "附件N" line and title are the layout's and the front matter's.
        var paragraphs = layout.Body.Count;
        foreach (var attachment in layout.Furniture.Attachments)
        {
            source.Append("\n\n::: 附件\n\n");
            Write(attachment.Content, attachment.Content.Count, paragraphs);
            paragraphs += attachment.Content.Count;
            source.Append("\n\n:::");
        }
        return (layout, headings, source.Append("\n"), new BodyShapes(tables, lists));
    }

    /// <summary>
    /// The front matter: the title; what the kind's import rule reads (the author and occasion from the byline, the
    /// salutation); each other required field of the kind as 待填 with what it means; the date; the furniture.
    /// </summary>
    internal static MappedText FrontMatter(DocumentKind kind, DraftLayout layout, DateOnly date, bool dateGiven)
    {
        var yaml = new MappedText().Append("---\n");
        yaml.Append("title: ");
        if (layout.TitleLines.Count > 0) yaml.Quote(layout.TitleLines).Append("\n");
        else yaml.Append($"{ToFill}  # 标题：原文中未找到\n");
        var (byline, rule) = (layout.Byline, kind.Import);
        var written = new HashSet<string>(StringComparer.Ordinal);
        if (rule.Masthead is { } masthead) written.UnionWith(MastheadYaml.Write(yaml, kind, masthead, layout));
        if (rule.Byline && kind.Author is { } author && byline.Speaker is { } speaker)
        {
            yaml.Append($"{author}: ").Quote(speaker.Text, DraftPlace.In(speaker)).Append("\n");
            written.Add(author);
        }
        else if (kind.Author is { } signer && layout.Furniture.Issuers.Count > 0) written.Add(signer); // a signed document: its issuer is its author
        var (genre, ruled) = GenreFields.Write(yaml, kind, layout);
        written.UnionWith(genre);
        foreach (var field in kind.Fields.Where(f => (f.Required || ruled.Contains(f.Name)) && !written.Contains(f.Name)))
            yaml.Append(field.Type == FieldType.Integer
                ? $"{field.Name}: {field.Min ?? 1}  # {Means(field)}：待核实\n"
                : $"{field.Name}: {ToFill}  # {Means(field)}{(field.Name == kind.Author ? "：原文未写明" : "")}\n");
        if (rule.Byline && kind.Occasion is { } occasionField && byline.OccasionText is { } occasion && byline.Occasion is { } line)
            yaml.Append($"{occasionField}: ").Quote(occasion, DraftPlace.In(line, line.Text.IndexOf(occasion, StringComparison.Ordinal))).Append("\n");
        if (dateGiven) yaml.Append($"date: {date:yyyy-MM-dd}\n");
        else if (byline.Day is { } day) yaml.Append($"date: {day:yyyy-MM-dd}  # 原文所署日期\n");
        else if (layout.Furniture.Signed is { } signed) yaml.Append($"date: {signed:yyyy-MM-dd}  # 成文日期\n");
        else if (layout.Masthead.Day is { } issued) yaml.Append($"date: {issued:yyyy-MM-dd}  # 报头所署日期\n");
        else if (layout.Furniture.Printed is { } printed) yaml.Append($"date: {printed:yyyy-MM-dd}  # 印发日期\n");
        else yaml.Append($"date: {ToFill}  # 讲话之日，写作 YYYY-MM-DD；本文件导入于 {date:yyyy-MM-dd}\n");
        if (rule.Salutation is { } field1 && layout.SalutationLine is { } salutation) yaml.Append($"{field1}: ").Quote(salutation.Text, DraftPlace.In(salutation)).Append("\n");
        // The 主送机关 as one item: its organs are parted by 、 and ， inside an item too, so no split could be trusted.
        if (rule.Addressee is { } field2 && layout.AddresseeLine is { } addressee)
            yaml.Append($"{field2}:\n  - ").Quote(addressee.Text.TrimEnd('：', ':'), DraftPlace.In(addressee)).Append("  # 主送机关\n");
        FurnitureYaml.Write(yaml, layout.NumberLine, layout.Furniture);
        foreach (var key in ruled.Where(k => !kind.Fields.Any(f => f.Name == k))) yaml.Append($"{key}: {ToFill}  # {GenreFields.Means(key)}\n");
        yaml.Append("draft: true  # 核对无误后删去此行，才会发布\n");
        return yaml.Append("---\n");
    }

    // The first clause of what a field means, as a comment fits it: "讲话人，如…" gives 讲话人.
    private static string Means(FieldSpec field) => field.Means.Length == 0 ? field.Name : field.Means.Split('，', '；')[0];

    /// <summary>
    /// The kind a draft reads as: the first kind one of whose patterns (`import: recognise:`) matches a line among the
    /// draft's opening lines (a masthead's 第N期); null where none does.
    /// </summary>
    public static DocumentKind? Recognise(string file, IReadOnlyList<DocumentKind> kinds)
    {
        var opening = DraftText.Read(file).Lines.Select(l => l.Trim()).Where(l => l.Length > 0).Take(OpeningLines).ToList();
        return kinds.FirstOrDefault(k => k.Import.Recognise.Any(p => opening.Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, p))));
    }

    /// <summary>Where a masthead stands: the series' name, 第N期, the issuer and the date come before the headline.</summary>
    private const int OpeningLines = 6;
}
