using PdfSharp.Drawing;
using Wengao.Model;
using Wengao.Render.Pdf.Compose;

namespace Wengao.Render.Pdf.Tables;

/// <summary>
/// Sets a table on the document's line grid (GB/T 9704 §5.2): columns in whole characters across the 156 mm type area,
/// each cell's text wrapped within its column by the paragraph composer, each table row a whole number of grid lines,
/// ruled at every cell edge — the table's top and bottom rules thick, the rest thin, the sides open.
/// </summary>
internal static class TableSetter
{
    /// <summary>
    /// Cell text in the body face at 4号 (14 pt), a size below the 三号 body: house practice for 附件 tables, whose five
    /// columns hold too few 三号 characters to a line in 156 mm (GB/T 9704 leaves a table's size to the writer).
    /// </summary>
    public const double CellSize = 14;

    /// <summary>The table's top and bottom rules: as thick as the 版记's first and last (0.35 mm, GB/T 9704 §7.5).</summary>
    private const double ThickRule = 0.35 * PageGrid.Mm;

    /// <summary>The rules between cells: as thin as the 版记's inner rules (0.25 mm).</summary>
    private const double ThinRule = 0.25 * PageGrid.Mm;

    /// <summary>One character of every column is space, half at each side of the text, so text never touches a rule.</summary>
    private const int Padding = 1;

    /// <summary>A width no cell reaches: composed to it, a cell's text is one line of its natural width.</summary>
    private const double Unbounded = 1e6;

    /// <summary>The header rows (one list of grid lines) and each body row's grid lines.</summary>
    public static (List<Row> Header, List<List<Row>> Body) Rows(DocumentSetter setter, PageLayout layout, TableText table)
    {
        var characters = (int)Math.Floor(PageGrid.Width / CellSize + 1e-9);
        var pitch = PageGrid.Width / characters; // 14 pt glyphs set slightly loose, the grid filling the type area (撑满版心)
        var cells = table.Rows.Select((row, r) => row.Select(cell => r < table.HeaderRows
            ? cell with { Runs = [.. cell.Runs.Select(run => run with { Role = FontRole.HeiTi, Bold = false })] } : cell).ToList()).ToList();

        // A merged cell's text is set across its columns: only single cells size a column.
        var natural = Enumerable.Range(0, table.Columns).Select(c => cells.Max(row => row[c].ColumnSpan == 1 ? Characters(setter, row[c].Runs, pitch) : 0) + Padding).ToList();
        var widths = ColumnWidths.Of(natural, characters);
        var lefts = new double[table.Columns + 1];
        for (var c = 0; c < table.Columns; c++) lefts[c + 1] = lefts[c] + widths[c] * pitch;
        // A column whose body cells all fit on a line is centred (序号, 金额); one whose text wraps is justified.
        var wraps = Enumerable.Range(0, table.Columns)
            .Select(c => cells.Skip(table.HeaderRows).Any(row => Characters(setter, row[c].Runs, pitch) + Padding > widths[c])).ToArray();

        var composed = cells.Select((row, r) => row.Select((cell, c) => cell.Covered || cell.Runs.Count == 0 ? [] : setter.Compose(cell.Runs,
            new LineSpec((lefts[c + cell.ColumnSpan] - lefts[c]) - Padding * pitch, CellSize, pitch, 0,
                r >= table.HeaderRows && wraps[c] ? LineAlign.Justify : LineAlign.Center))).ToList()).ToList();
        var heights = Heights(cells, composed);
        var starts = new int[heights.Length + 1];
        for (var r = 0; r < heights.Length; r++) starts[r + 1] = starts[r] + heights[r];

        var lines = Enumerable.Range(0, starts[^1]).Select(_ => new List<PlacedText>()).ToList();
        for (var r = 0; r < cells.Count; r++)
            for (var c = 0; c < table.Columns; c++)
            {
                var spanned = starts[r + cells[r][c].RowSpan] - starts[r];
                var top = starts[r] + (spanned - composed[r][c].Count) / 2; // a shorter cell sits in the middle of its rows
                var x = lefts[c] + Padding * pitch / 2;
                for (var l = 0; l < composed[r][c].Count; l++)
                    lines[top + l].AddRange(composed[r][c][l].Items.Select(item => item with { X = item.X + x }));
            }

        var rows = new List<List<Row>>();
        for (var r = 0; r < cells.Count; r++)
        {
            var edges = Edges(cells, r, heights[r]);
            rows.Add([.. Enumerable.Range(starts[r], heights[r]).Select(l => new Row(lines[l], CellSize, [],
                Drawing: l == starts[r] ? (g, top) => Rule(g, layout, top, edges, lefts) : null))]);
        }
        return ([.. rows.Take(table.HeaderRows).SelectMany(r => r)], [.. rows.Skip(table.HeaderRows)]);
    }

    /// <summary>Each row's grid lines: its tallest single-row cell's lines; the last row a merged cell spans grows to hold it.</summary>
    private static int[] Heights(List<List<GridCell>> cells, List<List<IReadOnlyList<ComposedLine>>> composed)
    {
        var heights = cells.Select((row, r) => Math.Max(1, row.Select((cell, c) => cell.RowSpan == 1 ? composed[r][c].Count : 0).Max())).ToArray();
        for (var r = 0; r < cells.Count; r++)
            for (var c = 0; c < cells[r].Count; c++)
            {
                var span = cells[r][c].RowSpan;
                var missing = composed[r][c].Count - heights.Skip(r).Take(span).Sum();
                if (span > 1 && missing > 0) heights[r + span - 1] += missing;
            }
        return heights;
    }

    /// <summary>Where a row's rules are left out: above and below a cell that spans rows, between the columns a cell spans.</summary>
    private static RowEdges Edges(List<List<GridCell>> cells, int r, int lines) => new(
        First: r == 0, Last: r == cells.Count - 1, Lines: lines,
        OpenAbove: [.. cells[r].Select(cell => cell.CoveredFrom == Cover.Above)],
        OpenBelow: [.. cells[r].Select((_, c) => r + 1 < cells.Count && cells[r + 1][c].CoveredFrom == Cover.Above)],
        Joined: [.. cells[r].Select(cell => cell.CoveredFrom == Cover.Left)]);

    private sealed record RowEdges(bool First, bool Last, int Lines, bool[] OpenAbove, bool[] OpenBelow, bool[] Joined);

    /// <summary>A cell's text at its natural width, in whole characters of the grid.</summary>
    private static int Characters(DocumentSetter setter, IReadOnlyList<StyledRun> runs, double pitch) =>
        runs.Count == 0 ? 0 : setter.Compose(runs, new LineSpec(Unbounded, CellSize, pitch, 0, LineAlign.Left))
            .Max(line => (int)Math.Ceiling(line.NaturalWidth / pitch - 1e-6));

    /// <summary>
    /// A row's rules, from the top of its first grid line: its edges midway between grid lines (as the 版记's), the
    /// column rules between them. Each row draws its top and bottom, so a row that ends a page is closed.
    /// </summary>
    private static void Rule(IPageCanvas g, PageLayout layout, double top, RowEdges row, double[] lefts)
    {
        var gap = (layout.LineStep - layout.BodySize) / 2;
        var (upper, lower) = (top - gap, top - gap + row.Lines * layout.LineStep);
        Across(g, new XPen(XColors.Black, row.First ? ThickRule : ThinRule), upper, lefts, row.OpenAbove);
        Across(g, new XPen(XColors.Black, row.Last ? ThickRule : ThinRule), lower, lefts, row.OpenBelow);
        var thin = new XPen(XColors.Black, ThinRule);
        for (var c = 1; c < lefts.Length - 1; c++)
            if (!row.Joined[c]) g.Line(thin, PageGrid.Left + lefts[c], upper, PageGrid.Left + lefts[c], lower);
    }

    /// <summary>A rule across the table at <paramref name="y"/>, one line for each run of columns not left open.</summary>
    private static void Across(IPageCanvas g, XPen pen, double y, double[] lefts, bool[] open)
    {
        for (var c = 0; c < open.Length; c++)
        {
            if (open[c]) continue;
            var from = c;
            while (c + 1 < open.Length && !open[c + 1]) c++;
            g.Line(pen, PageGrid.Left + lefts[from], y, PageGrid.Left + lefts[c + 1], y);
        }
    }
}
