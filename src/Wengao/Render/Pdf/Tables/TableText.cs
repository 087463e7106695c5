using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Wengao.Render.Pdf.Compose;

namespace Wengao.Render.Pdf.Tables;

/// <summary>One position of a table's grid: the cell that starts there (its runs and spans), or a position a merged cell covers.</summary>
/// <param name="CoveredFrom">for a covered position: the cell covering it is to the left (a colspan) or above (a rowspan)</param>
internal sealed record GridCell(IReadOnlyList<StyledRun> Runs, int ColumnSpan = 1, int RowSpan = 1, Cover CoveredFrom = Cover.None)
{
    public bool Covered => CoveredFrom != Cover.None;
}

internal enum Cover { None, Left, Above }

/// <summary>A table as the PDF sets it: its rows (the header rows first), each as many grid positions wide as the widest row.</summary>
internal sealed record TableText(IReadOnlyList<IReadOnlyList<GridCell>> Rows, int HeaderRows, int Columns)
{
    public static TableText Of(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var columns = Math.Max(1, rows.Count == 0 ? 0 : rows.Max(r => r.OfType<TableCell>().Sum(c => c.ColumnSpan)));
        var grid = rows.Select(_ => new GridCell?[columns]).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].OfType<TableCell>())
            {
                while (c < columns && grid[r][c] is not null) c++; // taken by a cell spanning down from above
                if (c >= columns) break;
                var (across, down) = (Math.Min(cell.ColumnSpan, columns - c), Math.Min(cell.RowSpan, rows.Count - r));
                grid[r][c] = new GridCell(Runs(cell), across, down);
                for (var dr = 0; dr < down; dr++)
                    for (var dc = 0; dc < across; dc++)
                        if (dr + dc > 0) grid[r + dr][c + dc] = new GridCell([], CoveredFrom: dc > 0 ? Cover.Left : Cover.Above);
                c += across;
            }
        }
        return new TableText([.. grid.Select(row => (IReadOnlyList<GridCell>)[.. row.Select(cell => cell ?? new GridCell([]))])],
            rows.TakeWhile(r => r.IsHeader).Count(), columns);
    }

    // A cell holds one paragraph in a pipe table; its runs as the body's, run-in headings not marked in a cell.
    private static IReadOnlyList<StyledRun> Runs(TableCell cell) =>
        [.. cell.OfType<LeafBlock>().SelectMany(leaf => ManuscriptText.Runs(leaf.Inline, []))];
}
