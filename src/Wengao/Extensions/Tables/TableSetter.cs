using PdfSharp.Drawing;
using Wengao.Model;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Compose;

namespace Wengao.Extensions.Tables;

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
        var styled = table.Rows.Select((row, r) => row.Select(cell => r < table.HeaderRows
            ? (IReadOnlyList<StyledRun>)[.. cell.Select(run => run with { Role = FontRole.HeiTi, Bold = false })] : cell).ToList()).ToList();

        var natural = Enumerable.Range(0, table.Columns).Select(c => styled.Max(row => Characters(setter, row[c], pitch)) + Padding).ToList();
        var widths = ColumnWidths.Of(natural, characters);
        var lefts = new double[table.Columns + 1];
        for (var c = 0; c < table.Columns; c++) lefts[c + 1] = lefts[c] + widths[c] * pitch;
        // A column whose body cells all fit on a line is centred (序号, 金额); one whose text wraps is justified.
        var wraps = Enumerable.Range(0, table.Columns)
            .Select(c => styled.Skip(table.HeaderRows).Any(row => Characters(setter, row[c], pitch) + Padding > widths[c])).ToArray();

        var rows = new List<List<Row>>();
        for (var r = 0; r < styled.Count; r++)
        {
            var header = r < table.HeaderRows;
            var cells = styled[r].Select((runs, c) => runs.Count == 0 ? [] : setter.Compose(runs,
                new LineSpec((widths[c] - Padding) * pitch, CellSize, pitch, 0, !header && wraps[c] ? LineAlign.Justify : LineAlign.Center))).ToList();
            var lines = Math.Max(1, cells.Max(c => c.Count));
            var edges = (First: r == 0, Last: r == styled.Count - 1, Lines: lines);
            var grid = new List<Row>(lines);
            for (var line = 0; line < lines; line++)
            {
                var items = new List<PlacedText>();
                for (var c = 0; c < cells.Count; c++)
                {
                    var at = line - (lines - cells[c].Count) / 2; // a shorter cell sits in the middle of its row
                    if (at < 0 || at >= cells[c].Count) continue;
                    var x = lefts[c] + Padding * pitch / 2;
                    items.AddRange(cells[c][at].Items.Select(item => item with { X = item.X + x }));
                }
                grid.Add(new Row(items, CellSize, [], Drawing: line == 0 ? (g, top) => Rule(g, layout, top, edges, lefts) : null));
            }
            rows.Add(grid);
        }
        return ([.. rows.Take(table.HeaderRows).SelectMany(r => r)], [.. rows.Skip(table.HeaderRows)]);
    }

    /// <summary>A cell's text at its natural width, in whole characters of the grid.</summary>
    private static int Characters(DocumentSetter setter, IReadOnlyList<StyledRun> runs, double pitch) =>
        runs.Count == 0 ? 0 : setter.Compose(runs, new LineSpec(Unbounded, CellSize, pitch, 0, LineAlign.Left))
            .Max(line => (int)Math.Ceiling(line.NaturalWidth / pitch - 1e-6));

    /// <summary>
    /// A row's rules, from the top of its first grid line: its edges midway between grid lines (as the 版记's), the
    /// column rules between them. Each row draws its top and bottom, so a row that ends a page is closed.
    /// </summary>
    private static void Rule(XGraphics g, PageLayout layout, double top, (bool First, bool Last, int Lines) row, double[] lefts)
    {
        var gap = (layout.LineStep - layout.BodySize) / 2;
        var (upper, lower) = (top - gap, top - gap + row.Lines * layout.LineStep);
        var (left, right) = (PageGrid.Left, PageGrid.Left + PageGrid.Width);
        g.DrawLine(new XPen(XColors.Black, row.First ? ThickRule : ThinRule), left, upper, right, upper);
        g.DrawLine(new XPen(XColors.Black, row.Last ? ThickRule : ThinRule), left, lower, right, lower);
        var thin = new XPen(XColors.Black, ThinRule);
        for (var c = 1; c < lefts.Length - 1; c++) g.DrawLine(thin, left + lefts[c], upper, left + lefts[c], lower);
    }
}
