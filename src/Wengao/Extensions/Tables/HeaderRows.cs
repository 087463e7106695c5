using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Wengao.Extensions.Tables;

/// <summary>
/// Pipe tables with a header of one row or two. A 附件 table often heads its columns in two rows (年度 over 计划 and 完成):
/// written as a pipe table whose first body row is followed by a second delimiter row (`|---|---|`), both rows above it
/// are header rows, and that second delimiter row is dropped. A heading cell merged in the printed original is left
/// empty, and is merged again: in the first header row an empty cell joins the cell at its left (colspan: 年度 over
/// 计划 and 完成); in the second an empty cell joins the cell above it (rowspan: 序号 over both rows).
/// </summary>
public sealed class HeaderRows : IMarkdownExtension
{
    /// <summary>How many header rows a table may have: GB/T 9704 tables in 附件 rarely head their columns in more than two.</summary>
    public const int MaxHeaderRows = 2;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Mark;
        pipeline.DocumentProcessed += Mark;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (html.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } table) html.ObjectRenderers.Remove(table);
        html.ObjectRenderers.AddIfNotAlready<ScrollingTable>();
    }

    private static void Mark(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            var headers = table.OfType<TableRow>().TakeWhile(r => r.IsHeader).Count();
            // header rows, then (content row, delimiter row) pairs: each pair adds a header row
            while (headers < MaxHeaderRows && table.Count > headers + 1
                   && table[headers] is TableRow content && !IsDelimiters(content)
                   && table[headers + 1] is TableRow delimiters && IsDelimiters(delimiters))
            {
                content.IsHeader = true;
                table.RemoveAt(headers + 1);
                headers++;
            }
            if (headers == MaxHeaderRows) Merge((TableRow)table[0], (TableRow)table[1]);
        }
    }

    private static void Merge(TableRow upper, TableRow lower)
    {
        var columns = Math.Min(upper.Count, lower.Count);
        for (var c = 0; c < upper.Count; c++) ((TableCell)upper[c]).ColumnIndex = c;
        for (var c = 0; c < lower.Count; c++) ((TableCell)lower[c]).ColumnIndex = c;
        var gone = new List<TableCell>();
        for (var c = 1; c < columns; c++)
        {
            // an empty cell over a heading, right of a heading that is not over one of its own: the left one spans it
            var (cell, below) = ((TableCell)upper[c], (TableCell)lower[c]);
            if (!IsEmpty(cell) || IsEmpty(below)) continue;
            var left = c - 1;
            while (left > 0 && gone.Contains((TableCell)upper[left])) left--;
            if (IsEmpty((TableCell)upper[left])) continue;
            ((TableCell)upper[left]).ColumnSpan++;
            gone.Add(cell);
        }
        for (var c = 0; c < columns; c++)
        {
            var (cell, above) = ((TableCell)lower[c], (TableCell)upper[c]);
            if (!IsEmpty(cell) || IsEmpty(above) || gone.Contains(above) || above.ColumnSpan > 1) continue;
            above.RowSpan = 2;
            gone.Add(cell);
        }
        foreach (var cell in gone) cell.Parent!.Remove(cell);
    }

    private static bool IsEmpty(TableCell cell) => string.IsNullOrWhiteSpace(PlainText.Of((cell.LastChild as LeafBlock)?.Inline));

    /// <summary>A row of `---`, `:--`, `:-:` cells only, as the delimiter row under the header is written.</summary>
    private static bool IsDelimiters(TableRow row) => row.Count > 0 && row.OfType<TableCell>().All(cell =>
        PlainText.Of((cell.LastChild as LeafBlock)?.Inline).Trim() is { Length: > 0 } text
        && text.Trim(':').Length > 0 && text.Trim(':').All(c => c == '-'));
}

/// <summary>The pipeline's tables: pipe tables (cells that wrap), header rows (<see cref="HeaderRows"/>).</summary>
public static class TablesExtensions
{
    public static MarkdownPipelineBuilder UseOfficialTables(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.UsePipeTables();
        pipeline.Extensions.AddIfNotAlready<HeaderRows>();
        return pipeline;
    }
}
