using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Wengao.Model;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Tables;
using static Wengao.Render.Docx.WordUnits;

namespace Wengao.Render.Docx;

/// <summary>
/// The body as the PDF reads it (<see cref="ManuscriptText"/>), in Word: a paragraph in 正文, a heading on a line of its
/// own in its level's style (GB/T 9704 §7.3.3), a list item moved in as the PDF moves it, a table as a Word table.
/// </summary>
internal sealed class WordBody(WordRuns runs, double pitch)
{
    public IEnumerable<OpenXmlElement> Write(IEnumerable<BodyBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Table is { } table) { yield return Table(table); continue; }
            var style = block.HeadingLevel > 0 ? WordStyles.Heading(block.HeadingLevel) : block.Item > 0 ? WordStyles.Item(block.Item) : WordStyles.Body;
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
            if (block.Inset > 0) properties.Append(new Indentation { Left = TwipsText(block.Inset * pitch) });
            var role = block.HeadingLevel > 0 ? ManuscriptText.StyleOf(block.HeadingLevel).Role : FontRole.FangSong;
            // A heading's runs are all in its face: its style gives it, so they say no face of their own.
            var written = block.HeadingLevel > 0 ? block.Runs.Select(r => r with { RunIn = 0, Role = role, Bold = false }) : block.Runs;
            yield return WordRuns.Paragraph(properties, runs.Write(written, role));
        }
    }

    /// <summary>The rules of the PDF's tables (<see cref="TableSetter"/>): thick at top and bottom, thin between, the sides open.</summary>
    private const double ThickRule = 0.35 * PageGrid.Mm, ThinRule = 0.25 * PageGrid.Mm;

    /// <summary>
    /// A table across the type area, its header rows repeated on each page it runs onto (w:tblHeader) and set in 黑体,
    /// a merged cell as a span (w:gridSpan) or merge (w:vMerge); each cell's text in 表格文字 (4号, as the PDF sets it).
    /// </summary>
    private Table Table(TableText table)
    {
        var width = Twips(PageGrid.Width);
        var column = width / Math.Max(1, table.Columns);
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = Eighths(ThickRule) },
            new LeftBorder { Val = BorderValues.Nil },
            new BottomBorder { Val = BorderValues.Single, Size = Eighths(ThickRule) },
            new RightBorder { Val = BorderValues.Nil },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = Eighths(ThinRule) },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = Eighths(ThinRule) });
        var written = new Table(new TableProperties(new TableWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center }, borders, new TableLayout { Type = TableLayoutValues.Autofit }),
            new TableGrid([.. Enumerable.Range(0, table.Columns).Select(_ => new GridColumn { Width = column.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var header = r < table.HeaderRows;
            var row = new TableRow();
            if (header) row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
            for (var c = 0; c < table.Columns; c++)
            {
                var cell = table.Rows[r][c];
                if (cell.CoveredFrom == Cover.Left) continue; // inside the span of the cell at its left
                var properties = new TableCellProperties(new TableCellWidth { Width = (column * cell.ColumnSpan).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (cell.ColumnSpan > 1) properties.Append(new GridSpan { Val = cell.ColumnSpan });
                if (cell.RowSpan > 1) properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                else if (cell.CoveredFrom == Cover.Above) properties.Append(new VerticalMerge());
                properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.TableText },
                    new Justification { Val = header ? JustificationValues.Center : JustificationValues.Both }));
                paragraph.Append(runs.Write(header ? cell.Runs.Select(run => run with { Role = FontRole.HeiTi }) : cell.Runs, FontRole.FangSong));
                row.Append(new TableCell(properties, paragraph));
            }
            written.Append(row);
        }
        return written;
    }
}
