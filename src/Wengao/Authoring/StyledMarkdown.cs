using System.Text.RegularExpressions;
using Wengao.Extensions.Tables;
using Wengao.Text;
using WordStyles = Wengao.Render.Docx.WordStyles;

namespace Wengao.Authoring;

/// <summary>
/// Writes the paragraphs, tables and notes of a styled .docx (<see cref="StyledDocx"/>) as the Markdown that the build
/// parses back to them: a Heading1..4 paragraph as a heading with one `#` more than its level; leading RunIn1..4 runs as
/// the emphasis <see cref="HeadingLevel.RunIn"/> gives that level under the last heading (`**…**` one level below it,
/// `*…*` two); Strong and Emphasis runs as `**…**` and `*…*`; a table as a pipe table under its header rows; a note's
/// reference as `[^n]`, n counting the notes in the order they are first referred to. Every character is escaped as
/// <see cref="HeadingMarker"/> escapes a draft's, so the text renders exactly as exported.
/// </summary>
internal sealed partial class StyledMarkdown(StyledDocx word, MappedText source)
{
    // ［1］ as the note's own paragraph opens, then the space before its text.
    [GeneratedRegex(@"^\s*(?:［\d{1,3}］|〔\d{1,3}〕|\[\d{1,3}\])[ \t\u3000]*")]
    private static partial Regex NoteMark();

    /// <summary>The notes referred to, in the order of their first reference (the source numbers them so), from the attachments' too.</summary>
    private readonly List<string> _notes = [.. word.Blocks
        .SelectMany(b => b is WordTable t ? t.Rows.SelectMany(r => r) : [(WordParagraph)b])
        .SelectMany(p => p.Runs).Select(r => r.Note).OfType<string>().Distinct()];

    /// <summary>The level of the last heading on a line of its own, which run-in headings without a marker stand under.</summary>
    private int _under;

    public List<MarkedHeading> Headings { get; } = [];

    public int Tables { get; private set; }

    public int NoteCount => _notes.Count;

    public void Blocks(IReadOnlyList<object> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            // The items of a list follow each other line by line (a tight list, as a source writes one).
            if (i > 0) source.Append(IsItem(blocks[i]) && IsItem(blocks[i - 1]) ? "\n" : "\n\n");
            if (blocks[i] is WordTable table) Table(table);
            else Paragraph((WordParagraph)blocks[i]);
        }
    }

    /// <summary>The notes, `[^n]: …`, after the text and before the attachments (whose notes they are too), as a source has them.</summary>
    public void Notes()
    {
        for (var n = 0; n < _notes.Count; n++)
        {
            source.Append("\n\n" + DraftNotes.Reference(n + 1) + ": ");
            var paragraphs = word.Notes.GetValueOrDefault(_notes[n]) ?? [];
            for (var p = 0; p < paragraphs.Count; p++)
            {
                if (p > 0) source.Append("\n\n    "); // a further paragraph of the note
                var runs = Trimmed(paragraphs[p].Runs);
                Inline(paragraphs[p].Line.Number, p == 0 ? WithoutMark(runs) : runs);
            }
        }
    }

    private static bool IsItem(object block) => block is WordParagraph p && WordStyles.ItemDepth(p.Style) > 0;

    // An item's number as the PDF writes it (3. or 3)) or its bullet, opening its first run.
    [GeneratedRegex(@"^(?:(?<n>\d{1,9})(?<d>[.)])|●)")]
    private static partial Regex ItemMark();

    /// <summary>Where each depth's items' text starts in the Markdown line, under their parent item's text.</summary>
    private readonly List<int> _itemText = [];

    private void Paragraph(WordParagraph paragraph)
    {
        var runs = Trimmed(paragraph.Runs);
        if (WordStyles.ItemDepth(paragraph.Style) is > 0 and var depth && runs.Count > 0 && ItemMark().Match(runs[0].Text) is { Success: true } mark)
        {
            var indent = depth > 1 && _itemText.Count >= depth - 1 ? _itemText[depth - 2] : 0;
            var marker = mark.Groups["n"].Success ? mark.Groups["n"].Value + mark.Groups["d"].Value + " " : "- ";
            source.Append(new string(' ', indent) + marker);
            if (_itemText.Count >= depth) _itemText.RemoveRange(depth - 1, _itemText.Count - depth + 1);
            _itemText.Add(indent + marker.Length);
            var rest = runs[0].Text[mark.Length..];
            List<WordRun> text = [.. rest.Length > 0 ? [runs[0] with { Text = rest, Origin = runs[0].Origin + mark.Length }] : Array.Empty<WordRun>(), .. runs.Skip(1)];
            Inline(paragraph.Line.Number, text, lineStart: false);
            return;
        }
        if (WordStyles.HeadingLevelOf(paragraph.Style) is > 0 and var level)
        {
            _under = level;
            Headings.Add(new MarkedHeading(paragraph.Line.Number, level, string.Concat(runs.Select(r => r.Text)), Standalone: true));
            source.Append(new string('#', level + 1) + " ");
            Inline(paragraph.Line.Number, runs, lineStart: false);
        }
        else Inline(paragraph.Line.Number, runs);
    }

    private void Table(WordTable table)
    {
        if (table.Rows.Count == 0) return;
        Tables++;
        var columns = table.Rows.Max(r => r.Count);
        var headerRows = Math.Clamp(table.HeaderRows, 1, HeaderRows.MaxHeaderRows);
        var delimiter = "|" + string.Concat(Enumerable.Repeat(" --- |", columns));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (r > 0) source.Append("\n");
            source.Append("|");
            for (var c = 0; c < columns; c++)
            {
                source.Append(" ");
                if (c < table.Rows[r].Count) Inline(table.Rows[r][c].Line.Number, Trimmed(table.Rows[r][c].Runs), lineStart: false, cell: true);
                source.Append(" |");
            }
            if (r < headerRows) source.Append("\n").Append(delimiter);
        }
    }

    /// <param name="lineStart">whether the runs open a line, where `#`, `-`, `1.` would start a block</param>
    private void Inline(int paragraph, IReadOnlyList<WordRun> runs, bool lineStart = true, bool cell = false)
    {
        var start = source.Length;
        var (i, previous, marks) = (0, 0, "");
        // Each run-in heading a level deeper than the one before, as Parse.HeadingLevels reads them. One with a marker
        // has its level either way: it takes the marks the one before did not, as `**1.……。***（1）……。*` (four
        // asterisks together would close neither).
        for (; i < runs.Count && WordStyles.RunInLevel(runs[i].Style) is > 0 and var level && level > previous; i++, previous = level)
        {
            var strong = HeadingLevel.Of(runs[i].Text) > 0 ? marks != "**" : level == Math.Min(_under + 1, HeadingLevel.Deepest);
            marks = strong ? "**" : "*";
            Headings.Add(new MarkedHeading(paragraph, level, runs[i].Text));
            Write(runs[i], marks, lineStart: false, cell);
        }
        for (; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Note is { } note) source.Append(DraftNotes.Reference(_notes.IndexOf(note) + 1));
            else if (run.Style == WordStyles.NoteReference) continue; // the ［1］ shown after the reference: the note's number
            else if (run.Link is { } link)
            {
                source.Append("[").Escape(run.Text, run.Origin, lineStart: false, cell: cell).Append("](");
                source.Append(link.Any(c => c is ' ' or '(' or ')') ? $"<{link}>" : link).Append(")");
            }
            else
            {
                var around = run.Style == WordStyles.Strong || WordStyles.RunInLevel(run.Style) > 0 ? "**" : run.Style == WordStyles.Emphasis ? "*" : "";
                Write(run, around, lineStart && source.Length == start, cell);
            }
        }
    }

    private void Write(WordRun run, string marks, bool lineStart, bool cell) =>
        source.Append(marks).Escape(run.Text, run.Origin, lineStart && marks.Length == 0, cell: cell).Append(marks);

    /// <summary>The runs without the indentation before the first text and after the last, each character still at its origin.</summary>
    private static List<WordRun> Trimmed(IReadOnlyList<WordRun> runs)
    {
        var trimmed = runs.ToList();
        while (trimmed.Count > 0 && trimmed[0] is { Note: null } first && first.Text.TrimStart(DraftLayout.Indentation) is var rest && rest.Length < first.Text.Length)
            if (rest.Length == 0) trimmed.RemoveAt(0);
            else { trimmed[0] = first with { Text = rest, Origin = first.Origin + first.Text.Length - rest.Length }; break; }
        while (trimmed.Count > 0 && trimmed[^1] is { Note: null } last && last.Text.TrimEnd(DraftLayout.Indentation) is var kept && kept.Length < last.Text.Length)
            if (kept.Length == 0) trimmed.RemoveAt(trimmed.Count - 1);
            else { trimmed[^1] = last with { Text = kept }; break; }
        return trimmed;
    }

    /// <summary>A note's paragraph without the ［1］ it opens with (in the NoteReference style or not).</summary>
    private static List<WordRun> WithoutMark(List<WordRun> runs)
    {
        while (runs.Count > 0 && (runs[0].Style == WordStyles.NoteReference || runs[0].Note is not null)) runs.RemoveAt(0);
        if (runs.Count > 0 && NoteMark().Match(runs[0].Text) is { Success: true, Length: > 0 } mark)
        {
            if (mark.Length == runs[0].Text.Length) runs.RemoveAt(0);
            else runs[0] = runs[0] with { Text = runs[0].Text[mark.Length..], Origin = runs[0].Origin + mark.Length };
        }
        return runs;
    }
}
