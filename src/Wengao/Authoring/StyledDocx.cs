using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Wengao.Authoring;

/// <summary>A piece of a Word paragraph in one character style (null: none), or a reference to an endnote (<paramref name="Note"/>, no text).</summary>
/// <param name="Origin">where its text starts in the draft's paragraphs joined by '\n' (<see cref="DocxDraft"/>'s lines)</param>
/// <param name="Link">the target of the hyperlink it is the text of: a URL, or `#` and a bookmark</param>
internal sealed record WordRun(string Text, string? Style, int Origin, string? Link = null, int? Note = null);

/// <summary>A paragraph of a styled .docx: its paragraph style (<see cref="WordStyles"/>), its runs, and its text as a draft line.</summary>
internal sealed record WordParagraph(string Style, IReadOnlyList<WordRun> Runs, DraftLine Line);

/// <summary>A Word table: its rows of cells, each cell's paragraphs read as one; the rows marked to repeat as its header.</summary>
internal sealed record WordTable(IReadOnlyList<IReadOnlyList<WordParagraph>> Rows, int HeaderRows);

/// <summary>
/// A .docx exported by Wengao, read by its styles (<see cref="WordStyles"/>): the body's paragraphs and tables in order,
/// and the endnotes by id. Every character is where <see cref="DocxDraft"/>'s lines have it, so the import report and a
/// check still point into the original; the endnotes, which those lines leave out, stand after them.
/// </summary>
internal sealed record StyledDocx(IReadOnlyList<object> Blocks, IReadOnlyDictionary<int, IReadOnlyList<WordParagraph>> Endnotes)
{
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
        foreach (var element in body.ChildElements)
            if (element is Paragraph paragraph) blocks.Add(reader.Paragraph(paragraph));
            else if (element is Table table) blocks.Add(reader.Table(table));
        var endnotes = new Dictionary<int, IReadOnlyList<WordParagraph>>();
        foreach (var note in main.EndnotesPart?.Endnotes?.Elements<Endnote>() ?? [])
        {
            if (note.Id?.Value is not { } id) continue;
            var paragraphs = new List<WordParagraph>();
            foreach (var paragraph in note.Elements<Paragraph>())
            {
                reader.Origins[paragraph] = (++number, origin);
                paragraphs.Add(reader.Paragraph(paragraph));
                origin += paragraphs[^1].Line.Text.Length + 1;
            }
            endnotes[(int)id] = paragraphs;
        }
        return new StyledDocx(blocks, endnotes);
    }

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
                if (element is EndnoteReference reference && reference.Id?.Value is { } id)
                    runs.Add(new WordRun("", StyleOf(element), at, Note: (int)id));
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
            return new WordTable([.. rows.Select(row => (IReadOnlyList<WordParagraph>)[.. row.Elements<TableCell>().Select(Cell)])], header);
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
