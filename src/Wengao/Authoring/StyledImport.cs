using Wengao.Model;
using Wengao.Text;
using WordStyles = Wengao.Render.Docx.WordStyles;

namespace Wengao.Authoring;

/// <summary>
/// `wengao import` of a .docx exported by Wengao: the source read back by the styles the export carries
/// (<see cref="WordStyles"/>), not guessed from the lines. The title, byline, salutation or 主送机关 and furniture go into
/// the front matter as a text draft's do (<see cref="Importer.FrontMatter"/>, <see cref="FurnitureYaml"/>); the body is
/// written in the Markdown that parses to what was exported (<see cref="StyledMarkdown"/>): headings at their style's
/// level, run-in headings, strong and emphasis, tables with their header rows, notes, and each attachment's `::: 附件` block.
/// </summary>
internal static class StyledImport
{
    /// <summary>What stands around a line's text: its indentation, and the line break a 标题 paragraph may end with.</summary>
    private static readonly char[] Around = [.. DraftLayout.Indentation, '\n'];

    private sealed record Attachment(WordParagraph Label, List<DraftLine> Title, List<object> Content);

    public static (DraftLayout Layout, List<MarkedHeading> Headings, MappedText Source, BodyShapes Shapes) Compose(
        string file, StyledDocx word, DocumentKind kind, DateOnly date, bool dateGiven)
    {
        var (title, byline, dropped, body) = (new List<DraftLine>(), new List<DraftLine>(), new List<DroppedLine>(), new List<object>());
        var (notes, issuers, imprint, attachments) = (new List<DraftLine>(), new List<DraftLine>(), new List<DraftLine>(), new List<Attachment>());
        DraftLine? salutation = null, addressee = null, number = null, dateLine = null, remark = null, dated = null;
        var printed = false;
        var rule = kind.Import;
        foreach (var block in word.Blocks)
        {
            var content = attachments.Count > 0 ? attachments[^1].Content : body;
            if (block is not WordParagraph paragraph) { content.Add(block); continue; }
            if (Trim(paragraph.Line) is not { } line) continue; // a page break's paragraph, an empty line
            switch (paragraph.Style)
            {
                case WordStyles.Title: title.AddRange(Lines(paragraph.Line)); break;
                case WordStyles.Subtitle: byline.Add(line); break;
                case WordStyles.Salutation when rule.Salutation is not null: salutation = line; break;
                case WordStyles.Addressee when rule.Addressee is not null: addressee = line; break;
                case WordStyles.Addressee when rule.Salutation is not null: salutation = line; break;
                case WordStyles.Number or WordStyles.Furniture when number is null && DocumentNumber(line) is { } found: number = found; break;
                case WordStyles.Number or WordStyles.Furniture or WordStyles.Folio:
                    if (dated is null && DateOf(line) is not null) dated = line;
                    dropped.Add(new DroppedLine(line.Number, line.Text, "the 版头 drawn above the title, not the document's text")); break;
                case WordStyles.Distribution:
                    dropped.Add(new DroppedLine(line.Number, line.Text, "the 报尾 drawn from the front matter, not the document's text")); break;
                case WordStyles.Plain:
                    dropped.Add(new DroppedLine(line.Number, line.Text, "a line the template writes, not the document's text")); break;
                // A kind that reads no furniture (a briefing) keeps these lines as text, as a text draft's.
                case WordStyles.AttachmentNote when rule.Furniture: notes.Add(line); break;
                case WordStyles.Signature when rule.Furniture: issuers.Add(line); break;
                case WordStyles.SignedDate when rule.Furniture: dateLine = line; break;
                case WordStyles.Remark when rule.Furniture: remark = line; break;
                case WordStyles.Imprint when rule.Furniture: imprint.Add(line); break;
                case WordStyles.AttachmentLabel when rule.Furniture: attachments.Add(new Attachment(paragraph, [], [])); break;
                case WordStyles.AttachmentTitle when attachments.Count > 0: attachments[^1].Title.AddRange(Lines(paragraph.Line)); break;
                // A title with no 附件 label over it: the document the notice 印发s, which comes first (Furniture.PrintedDocument).
                case WordStyles.AttachmentTitle when rule.Furniture:
                    attachments.Add(new Attachment(paragraph, [.. Lines(paragraph.Line)], []));
                    printed = true;
                    break;
                default: content.Add(paragraph); break;
            }
        }
        // The 标题 paragraph breaks a long title into the PDF's balanced lines (GB/T 9704 §7.3.1); the package's title is
        // the source's, broken where the author broke it: taken when it is the same text.
        if (word.Title is { } written && title.Count > 0 && written.Replace("\n", "") == string.Concat(title.Select(l => l.Text)))
            title = [.. written.Split('\n').Select((part, i) => title[Math.Min(i, title.Count - 1)] with { Text = part })];
        var texts = body.OfType<WordParagraph>().Select(p => p.Line).ToList();
        if (texts.Count == 0 && !body.OfType<WordTable>().Any())
            throw DraftDecoder.Refuse(file, "no paragraph of text was found", "the file holds no text beside a title; check it is the right file");
        var furniture = DraftFurniture.Styled(notes, issuers, dateLine, remark, imprint,
            [.. attachments.Select(a => new DraftAttachment(a.Label.Line, a.Title, [.. a.Content.OfType<WordParagraph>().Select(p => p.Line)]))], printed);
        var layout = new DraftLayout(title, salutation, texts, dropped, Bylines(byline, dated))
            { NumberLine = number, AddresseeLine = addressee, Furniture = furniture };

        var source = Importer.FrontMatter(kind, layout, date, dateGiven).Append("\n");
        var markdown = new StyledMarkdown(word, source);
        markdown.Blocks(body);
        markdown.Notes();
        foreach (var attachment in attachments)
        {
            source.Append("\n\n::: 附件\n\n");
            markdown.Blocks(attachment.Content);
            source.Append("\n\n:::");
        }
        return (layout, markdown.Headings, source.Append("\n"), new BodyShapes(markdown.Tables, 0, markdown.NoteCount));
    }

    /// <summary>
    /// The subtitle lines: speaker, date and occasion as a draft's byline reads them; a line left over is the speaker's.
    /// With no date among them, a date the 版头 ends a line with (a briefing's masthead: 编印单位 and the date) dates it.
    /// </summary>
    private static Byline Bylines(IReadOnlyList<DraftLine> lines, DraftLine? dated)
    {
        var byline = Byline.Read(lines);
        if (byline.Speaker is null && lines.FirstOrDefault(l => !byline.Lines.Contains(l)) is { } speaker) byline = byline with { Speaker = speaker };
        return byline.Day is null && dated is not null ? byline with { Date = dated, Day = DateOf(dated) } : byline;
    }

    /// <summary>The date a line ends with, after a space: xxx县委办公室　2022年7月1日.</summary>
    private static DateOnly? DateOf(DraftLine line) =>
        line.Text.Split(DraftLayout.Indentation, StringSplitOptions.RemoveEmptyEntries) is [_, .., var last] ? DateText.Read(last) : null;

    /// <summary>The 发文字号 among the 版头's lines, alone or before a 签发人 on its line.</summary>
    private static DraftLine? DocumentNumber(DraftLine line) =>
        line.Text.Split(DraftLayout.Indentation)[0] is var first && Text.DocumentNumber.IsWellFormed(first) ? line with { Text = first } : null;

    /// <summary>The line without the indentation around it, its origin moved along; null when nothing is left.</summary>
    private static DraftLine? Trim(DraftLine line)
    {
        var text = line.Text.Trim(Around);
        return text.Length == 0 ? null : line.After(line.Text.IndexOf(text, StringComparison.Ordinal)) with { Text = text };
    }

    /// <summary>A title broken by line breaks inside its one paragraph: each line, as a draft's title lines.</summary>
    private static IEnumerable<DraftLine> Lines(DraftLine paragraph)
    {
        var at = 0;
        foreach (var part in paragraph.Text.Split('\n'))
        {
            if (Trim(paragraph.After(at) with { Text = part }) is { } line) yield return line;
            at += part.Length + 1;
        }
    }
}
