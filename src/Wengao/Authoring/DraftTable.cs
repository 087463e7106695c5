using System.Text.RegularExpressions;

namespace Wengao.Authoring;

/// <summary>
/// A table pasted or scraped into a draft: two or more consecutive lines, each split by TABs (a spreadsheet's or Word's
/// copy) or by runs of two or more spaces (a web page's) into the same number of cells, two or more. It is written as a
/// pipe table, every cell's text kept (a `|` in it escaped); where the first row has an empty cell — a merged heading
/// cell as a copy gives it — the first two rows are the header (the two-row header of <see cref="Extensions.Tables.HeaderRows"/>).
/// </summary>
internal static partial class DraftTable
{
    private const int MinRows = 2, MinCells = 2;

    private const string SentenceEnds = "。！？；";

    [GeneratedRegex("[ \u00A0\u3000]{2,}")]
    private static partial Regex Spaces();

    /// <summary>
    /// Whether a line reads as a row of a table rather than as prose: split into cells by a TAB inside it, or by runs of
    /// spaces when no sentence ends inside it (the test <see cref="Cells"/> splits by). `wengao check` asks it of paragraphs.
    /// </summary>
    public static bool IsRow(string line)
    {
        var text = line.Trim(' ', '\t', '\u00A0', '\u3000');
        return text.Contains('\t') || text.Length > 0 && Spaces().IsMatch(text) && text.AsSpan(0, text.Length - 1).IndexOfAny(SentenceEnds) < 0;
    }

    /// <summary>How many body lines from <paramref name="start"/> make a table; 0 if none starts there.</summary>
    public static int RowsAt(IReadOnlyList<string> raw, IReadOnlyList<DraftLine> body, int start)
    {
        if (Cells(raw, body[start]) is not { Count: >= MinCells } first) return 0;
        var rows = 1;
        while (start + rows < body.Count && Cells(raw, body[start + rows])?.Count == first.Count) rows++;
        return rows >= MinRows ? rows : 0;
    }

    public static void Write(IReadOnlyList<string> raw, IReadOnlyList<DraftLine> body, int start, int rows, MappedText markdown)
    {
        var cells = Enumerable.Range(start, rows).Select(r => Cells(raw, body[r])!).ToList();
        var headerRows = rows > 2 && cells[0].Any(c => c.Text.Length == 0) ? 2 : 1;
        var delimiter = "|" + string.Concat(Enumerable.Repeat(" --- |", cells[0].Count));
        for (var r = 0; r < rows; r++)
        {
            if (r > 0) markdown.Append("\n");
            markdown.Append("|");
            foreach (var (text, origin) in cells[r])
            {
                markdown.Append(" ").Escape(text, origin, lineStart: false, cell: true).Append(" |");
            }
            if (r < headerRows) markdown.Append("\n").Append(delimiter);
        }
    }

    /// <summary>The cells of a body line, each with its offset in the draft; null for a line that is not split.</summary>
    private static List<(string Text, int Origin)>? Cells(IReadOnlyList<string> raw, DraftLine line)
    {
        if (line.Joins.Count > 0) return null; // a paragraph joined from a wrapped draft's lines (Unwrap joins no row)
        // The raw line, with the TABs that indentation trimming took from an empty first cell.
        var whole = raw[line.Number - 1].TrimEnd('\r');
        var rawStart = line.Origin - whole.IndexOf(line.Text, StringComparison.Ordinal);
        // TABs inside the text split it, and then so do those around it (a tab-indented paragraph is no row);
        // else runs of spaces inside the text.
        var tabbed = line.Text.Contains('\t');
        var separators = tabbed
            ? whole.Select((c, i) => (c, i)).Where(x => x.c == '\t').Select(x => (x.i, 1)).ToList()
            : Spaces().Matches(line.Text).Select(m => (m.Index + (line.Origin - rawStart), m.Length)).ToList();
        if (separators.Count == 0) return null;
        // Spaces inside prose (a typo, a pasted indent) split no sentence: a cell split by spaces ends none inside it.
        if (!tabbed && line.Text.AsSpan(0, line.Text.Length - 1).IndexOfAny(SentenceEnds) >= 0) return null;
        var cells = new List<(string, int)>();
        var from = tabbed ? 0 : line.Origin - rawStart;
        var end = tabbed ? whole.Length : line.Origin - rawStart + line.Text.Length;
        foreach (var (at, length) in separators.Append((end, 0)))
        {
            var cell = whole[from..at];
            var lead = cell.Length - cell.TrimStart().Length;
            cells.Add((cell.Trim(), rawStart + from + lead));
            from = at + length;
        }
        return cells;
    }
}
