using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using WordStyles = Wengao.Render.Docx.WordStyles;

namespace Wengao.Authoring;

/// <summary>A piece of a Word paragraph in one character style (null: none), or a reference to a note (<paramref name="Note"/>, no text).</summary>
/// <param name="Origin">where its text starts in the draft's paragraphs joined by '\n' (<see cref="DocxDraft"/>'s lines)</param>
/// <param name="Link">the target of the hyperlink it is the text of: a URL, or `#` and a bookmark</param>
/// <param name="Note">the note a reference points to: `footnote:N` or `endnote:N` (the .docx's id)</param>
internal sealed record WordRun(string Text, string? Style, int Origin, string? Link = null, string? Note = null);

/// <summary>A paragraph of a styled .docx: its paragraph style (<see cref="WordStyles"/>), its runs, and its text as a draft line.</summary>
internal sealed record WordParagraph(string Style, IReadOnlyList<WordRun> Runs, DraftLine Line);

/// <summary>A Word table: its rows of cells, each cell's paragraphs read as one; the rows marked to repeat as its header.</summary>
internal sealed record WordTable(IReadOnlyList<IReadOnlyList<WordParagraph>> Rows, int HeaderRows);

/// <summary>
/// A .docx exported by Wengao, read by its styles (<see cref="WordStyles"/>): the body's paragraphs and tables in order,
/// and the notes (footnotes or endnotes) by id. A table of the source's is one whose cells are in 表格文字; the rows of
/// any other (the 版记's, a 发文机关标志's) are read as the paragraphs they hold. Every character is where
/// <see cref="DocxDraft"/>'s lines have it, so the import report still points into the original; the notes, which
/// those lines leave out, stand after them.
/// </summary>
internal sealed record StyledDocx(IReadOnlyList<object> Blocks, IReadOnlyDictionary<string, IReadOnlyList<WordParagraph>> Notes)
{
    /// <summary>The package's title (its core properties' dc:title): the source's, in the lines the author broke it into.</summary>
    public string? Title { get; init; }

    public static StyledDocx Read(MainDocumentPart main, Body body, IReadOnlyList<string> lines)
    {
        var reader = new Reader(main);
        int number = 0, origin = 0;
        foreach (var paragraph in body.Descendants<Paragraph>()) // the order DocxDraft's lines are in
        {
            reader.Origins[paragraph] = (++number, origin);
            origin += lines[number - 1].Length + 1;
        }
        var blocks = new List<object>();
        void Add(OpenXmlElement element)
        {
            // A text box (the 版记 and 报尾 stand in one at the page's foot) is read where it is anchored, as what it holds.
            if (element is Paragraph boxed && boxed.Descendants<DocumentFormat.OpenXml.Wordprocessing.TextBoxContent>().FirstOrDefault() is { } box)
                foreach (var inner in box.ChildElements) Add(inner);
            else if (element is Paragraph paragraph) blocks.Add(reader.Paragraph(paragraph));
            else if (element is Table table && table.Descendants<Paragraph>().ToList() is var held)
                if (held.All(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == WordStyles.TableText)) blocks.Add(reader.Table(table));
                else blocks.AddRange(held.Select(reader.Paragraph));
        }
        foreach (var element in body.ChildElements) Add(element);
        var notes = new Dictionary<string, IReadOnlyList<WordParagraph>>(StringComparer.Ordinal);
        IEnumerable<(string Key, OpenXmlElement Note)> all =
        [
            .. (main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? []).Select(n => (Key(n), (OpenXmlElement)n)),
            .. (main.EndnotesPart?.Endnotes?.Elements<Endnote>() ?? []).Select(n => (Key(n), (OpenXmlElement)n)),
        ];
        foreach (var (key, note) in all)
        {
            var paragraphs = new List<WordParagraph>();
            foreach (var paragraph in note.Elements<Paragraph>())
            {
                reader.Origins[paragraph] = (++number, origin);
                paragraphs.Add(reader.Paragraph(paragraph));
                origin += paragraphs[^1].Line.Text.Length + 1;
            }
            notes[key] = paragraphs;
        }
        return new StyledDocx(blocks, notes);
    }

    private static string Key(OpenXmlElement note) => note switch
    {
        Footnote f => $"footnote:{f.Id?.Value}",
        Endnote e => $"endnote:{e.Id?.Value}",
        FootnoteReference f => $"footnote:{f.Id?.Value}",
        EndnoteReference e => $"endnote:{e.Id?.Value}",
        _ => "",
    };

    private sealed class Reader(MainDocumentPart main)
    {
        public readonly Dictionary<Paragraph, (int Number, int Origin)> Origins = [];

        public WordParagraph Paragraph(Paragraph paragraph)
        {
            var (number, origin) = Origins[paragraph];
            var runs = new List<WordRun>();
            var at = origin;
            foreach (var element in paragraph.Descendants())
            {
                if (element is FootnoteReference or EndnoteReference)
                    runs.Add(new WordRun("", StyleOf(element), at, Note: Key(element)));
                if (DocxDraft.TextOf(element) is not { } text) continue;
                // A page or column break is a line break to the text lines, and nothing of the source's text.
                var piece = element is Break { Type.Value: var type } && (type == BreakValues.Page || type == BreakValues.Column) ? "" : text;
                var (style, link) = (StyleOf(element), LinkOf(element));
                if (piece.Length > 0)
                    if (runs.Count > 0 && runs[^1] is { Note: null } last && last.Style == style && last.Link == link && last.Origin + last.Text.Length == at)
                        runs[^1] = last with { Text = last.Text + piece };
                    else runs.Add(new WordRun(piece, style, at, link));
                at += text.Length;
            }
            var style0 = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? WordStyles.Body;
            return new WordParagraph(style0, runs, new DraftLine(number, origin, DocxDraft.LineOf(paragraph)));
        }

        public WordTable Table(Table table)
        {
            var rows = table.Elements<TableRow>().ToList();
            var header = rows.TakeWhile(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).Count();
            return new WordTable([.. rows.Select(row => (IReadOnlyList<WordParagraph>)[.. row.Elements<TableCell>().SelectMany(Cells)])], header);
        }

        // A cell spanning columns (w:gridSpan) is the source's cell followed by the empty ones its header merged into it
        // (Extensions.Tables.HeaderRows); a cell merged into the one above (w:vMerge) is there, and empty, as in the source.
        private IEnumerable<WordParagraph> Cells(TableCell cell)
        {
            yield return Cell(cell);
            for (var i = 1; i < (cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1); i++)
                yield return new WordParagraph(WordStyles.TableText, [], new DraftLine(0, 0, ""));
        }

        // A cell is one paragraph in the export; were it more, their text runs on, as one pipe-table cell holds it.
        private WordParagraph Cell(TableCell cell)
        {
            var paragraphs = cell.Elements<Paragraph>().Select(Paragraph).ToList();
            if (paragraphs.Count == 0) return new WordParagraph(WordStyles.TableText, [], new DraftLine(0, 0, ""));
            return paragraphs[0] with { Runs = [.. paragraphs.SelectMany(p => p.Runs)], Line = paragraphs[0].Line with { Text = string.Concat(paragraphs.Select(p => p.Line.Text)) } };
        }

        private static string? StyleOf(OpenXmlElement element) =>
            element.Ancestors<Run>().FirstOrDefault()?.RunProperties?.RunStyle?.Val?.Value;

        private string? LinkOf(OpenXmlElement element)
        {
            if (element.Ancestors<Hyperlink>().FirstOrDefault() is not { } link) return null;
            if (link.Anchor?.Value is { } anchor) return "#" + anchor;
            return link.Id?.Value is { } id && main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id) is { } target ? target.Uri.OriginalString : null;
        }
    }
}
