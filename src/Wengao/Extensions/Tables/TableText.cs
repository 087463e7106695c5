using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Compose;

namespace Wengao.Extensions.Tables;

/// <summary>A table as the PDF sets it: its rows (the header rows first) of cells of styled runs, every row as wide as the widest.</summary>
internal sealed record TableText(IReadOnlyList<IReadOnlyList<IReadOnlyList<StyledRun>>> Rows, int HeaderRows, int Columns)
{
    public static TableText Of(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var columns = Math.Max(1, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        var cells = rows.Select(row => (IReadOnlyList<IReadOnlyList<StyledRun>>)
            [.. Enumerable.Range(0, columns).Select(c => c < row.Count && row[c] is TableCell cell ? Runs(cell) : [])]).ToList();
        return new TableText(cells, rows.TakeWhile(r => r.IsHeader).Count(), columns);
    }

    // A cell holds one paragraph in a pipe table; its runs as the body's, run-in headings not marked in a cell.
    private static IReadOnlyList<StyledRun> Runs(TableCell cell) =>
        [.. cell.OfType<LeafBlock>().SelectMany(leaf => ManuscriptText.Runs(leaf.Inline, []))];
}
