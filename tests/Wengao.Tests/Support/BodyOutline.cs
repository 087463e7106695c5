using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wengao.Parse;

namespace Wengao.Tests.Support;

/// <summary>
/// A parsed body as lines to compare: each heading with its level (HeadingLevels'), each paragraph's text with its run-in
/// headings' levels, strong and emphasis marked, each table row with its cells and whether it heads the table, each
/// note with its number, each attachment's content after its title. Two sources whose outlines are equal render the same
/// text, headings, tables and notes.
/// </summary>
public static class BodyOutline
{
    public static IReadOnlyList<string> Of(ParsedDocument parsed)
    {
        var lines = new List<string>();
        Blocks(parsed.Body, lines);
        foreach (var attachment in parsed.Attachments)
        {
            lines.Add($"附件{attachment.Number}《{attachment.Title}》");
            Blocks(attachment.Content, lines);
        }
        return lines;
    }

    /// <summary>The front matter an import reads back: title, salutation, 主送机关 and the furniture, a line each.</summary>
    public static IReadOnlyList<string> FrontMatter(Model.Document document)
    {
        var furniture = document.Furniture;
        return
        [
            $"title: {document.Title}", $"salutation: {document.Text("salutation")}",
            $"to: {string.Join(" / ", document.Fields.GetValueOrDefault("to")?.List ?? [])}",
            $"number: {furniture.Number}", $"signature: {string.Join(" / ", furniture.Signature)}", $"signed: {furniture.Signed}",
            $"attachments: {string.Join(" / ", furniture.Attachments)}", $"note: {furniture.Note}",
            $"copies_to: {furniture.CopiesTo}", $"printed_by: {furniture.PrintedBy}", $"printed: {furniture.Printed}",
        ];
    }

    private static void Blocks(ContainerBlock container, List<string> lines)
    {
        foreach (var block in container)
            switch (block)
            {
                case HeadingBlock heading: lines.Add($"h{HeadingLevels.LevelOf(heading)} {Inline(heading.Inline)}"); break;
                case ParagraphBlock paragraph: lines.Add($"p {Inline(paragraph.Inline)}"); break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                        lines.Add((row.IsHeader ? "th" : "tr") + string.Concat(row.OfType<TableCell>().Select(c =>
                            $" | {(c.ColumnSpan > 1 ? $"colspan={c.ColumnSpan} " : "")}{(c.RowSpan > 1 ? $"rowspan={c.RowSpan} " : "")}{Inline((c.LastChild as LeafBlock)?.Inline)}")));
                    break;
                case FootnoteGroup group:
                    foreach (var note in group.OfType<Footnote>())
                    {
                        lines.Add($"note {note.Order}");
                        Blocks(note, lines);
                    }
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        lines.Add(list.IsOrdered ? $"li {item.Order}." : "li");
                        Blocks(item, lines);
                    }
                    break;
                case LinkReferenceDefinitionGroup or LinkReferenceDefinition: break; // a note's label: its number is what shows
                case ContainerBlock other: Blocks(other, lines); break;
                case LeafBlock leaf: lines.Add($"{leaf.GetType().Name} {Inline(leaf.Inline)}"); break;
            }
    }

    private static string Inline(ContainerInline? inlines) =>
        inlines is null ? "" : string.Concat(inlines.Select(inline => inline switch
        {
            EmphasisInline e when HeadingLevels.LevelOf(e) is > 0 and var level => $"⟨run-in-{level} {Inline(e)}⟩",
            EmphasisInline e => e.DelimiterCount >= 2 ? $"⟨strong {Inline(e)}⟩" : $"⟨em {Inline(e)}⟩",
            FootnoteLink { IsBackLink: false } link => $"⟨note {link.Footnote.Order}⟩",
            LinkInline link => $"⟨link {link.Url} {Inline(link)}⟩",
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            LineBreakInline { IsHard: true } => "⏎",
            LineBreakInline => "\n",
            ContainerInline container => Inline(container),
            _ => "",
        }));
}
