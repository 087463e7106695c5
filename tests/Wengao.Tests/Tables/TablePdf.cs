using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Wengao.Tests.Support;

namespace Wengao.Tests.Tables;

/// <summary>What a PDF page of a table holds, as PdfPig reads it back: its 4号 letters and its rules, in points from the page's foot.</summary>
internal sealed record TablePage(int Number, IReadOnlyList<Letter> Letters, IReadOnlyList<(double X, double Bottom, double Top, double Width)> Columns,
    IReadOnlyList<(double Y, double Left, double Right, double Width)> Rules)
{
    public const double Mm = PdfText.Mm;

    /// <summary>Cell text's size: 4号.</summary>
    public const double CellSize = 14;

    public static IReadOnlyList<TablePage> Read(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<TablePage>();
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && Math.Abs(l.PointSize - CellSize) < 0.2
                && l.StartBaseLine.Y > PdfText.TypeAreaBottom).ToList();
            var strokes = page.Paths.Where(p => p.IsStroked).Select(p => (Box: p.GetBoundingRectangle()!.Value, p.LineWidth)).ToList();
            if (strokes.Count == 0) continue;
            pages.Add(new TablePage(page.Number, letters,
                [.. strokes.Where(s => s.Box.Width < 0.01).Select(s => (s.Box.Left, s.Box.Bottom, s.Box.Top, s.LineWidth))],
                [.. strokes.Where(s => s.Box.Height < 0.01).Select(s => (s.Box.Bottom, s.Box.Left, s.Box.Right, s.LineWidth))]));
        }
        return pages;
    }

    /// <summary>The x of every column rule on the page, left to right.</summary>
    public IReadOnlyList<double> ColumnXs => [.. Columns.Select(c => Math.Round(c.X, 2)).Distinct().Order()];

    /// <summary>The text of a column's cells, top to bottom: its letters between two column rules (or the table's sides).</summary>
    public string ColumnText(int column)
    {
        double[] edges = [28 * Mm, .. ColumnXs, 184 * Mm];
        return string.Concat(Letters.Where(l => Centre(l) > edges[column] && Centre(l) < edges[column + 1])
            .OrderByDescending(l => Math.Round(l.StartBaseLine.Y, 1)).ThenBy(l => l.StartBaseLine.X).Select(l => l.Value));
    }

    /// <summary>The page's lines of cell text, top to bottom.</summary>
    public IReadOnlyList<string> Lines => [.. Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key)
        .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)))];

    public static double Centre(Letter letter) => (letter.BoundingBox.Left + letter.BoundingBox.Right) / 2;
}
