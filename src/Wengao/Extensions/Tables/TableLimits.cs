using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Wengao.Diagnostics;
using SourceSpan = Wengao.Model.SourceSpan;
using Wengao.Model;

namespace Wengao.Extensions.Tables;

/// <summary>What a table may be so that the PDF can set it inside the 156 mm type area: refused at its line otherwise.</summary>
public static class TableLimits
{
    /// <summary>
    /// The most columns a table may have: 156 mm holds 31 characters of 4号, and a column needs two of them (one for
    /// its text, one of space between the rules); a wider table would run off the page.
    /// </summary>
    public const int MaxColumns = 15;

    /// <param name="origin">where the body starts in its file</param>
    public static void Check(MarkdownDocument document, SourceSpan origin)
    {
        var errors = document.Descendants<Table>()
            .Select(table => (table, columns: table.OfType<TableRow>().Select(r => r.OfType<TableCell>().Sum(c => c.ColumnSpan)).DefaultIfEmpty(0).Max()))
            .Where(t => t.columns > MaxColumns)
            .Select(t => new SourceError(new(origin.File, origin.Line + t.table.Line, 1),
                $"this table has {t.columns} columns, more than the {MaxColumns} a page of the PDF holds across its 156 mm",
                $"split it into tables of at most {MaxColumns} columns, or set the figures out as a list"))
            .ToList();
        if (errors.Count > 0) throw new BuildFailedException(errors);
    }
}
