using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Wengao.Tests.Support;

/// <summary>One line of a PDF page as read back: its letters left to right, at one baseline.</summary>
public sealed record PdfLine(int Page, double Baseline, IReadOnlyList<Letter> Letters)
{
    public string Text => string.Concat(Letters.Select(l => l.Value));
    public double Left => Letters.Min(l => l.BoundingBox.Left);
    public double Right => Letters.Max(l => l.BoundingBox.Right);
}

/// <summary>Reads a PDF's lines with PdfPig, split into the type area and the page-number zone below it.</summary>
public static class PdfText
{
    public const double Mm = 72 / 25.4;
    /// <summary>The type area's foot, in PDF coordinates (from the bottom): 297 − 37 − 225 = 35 mm.</summary>
    public const double TypeAreaBottom = 35 * Mm;
    /// <summary>The type area's head, in PDF coordinates: 297 − 37 = 260 mm; a draft's mark stands above it.</summary>
    public const double TypeAreaTop = 260 * Mm;

    /// <summary>The type area's left edge: letters left of it are notes in the margin, read as lines of their own.</summary>
    public const double TypeAreaLeft = 27 * Mm;

    public static IReadOnlyList<PdfLine> Lines(string path)
    {
        using var document = PdfDocument.Open(path);
        var lines = new List<PdfLine>();
        foreach (var page in document.GetPages())
            lines.AddRange(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .GroupBy(l => (Baseline: Math.Round(l.StartBaseLine.Y, 1), Margin: l.BoundingBox.Right < TypeAreaLeft))
                .OrderByDescending(g => g.Key.Baseline).ThenByDescending(g => g.Key.Margin)
                .Select(g => new PdfLine(page.Number, g.Key.Baseline, g.OrderBy(l => l.StartBaseLine.X).ToList())));
        return lines;
    }

    public static IReadOnlyList<PdfLine> Body(IEnumerable<PdfLine> lines) =>
        lines.Where(l => l.Baseline > TypeAreaBottom && l.Baseline < TypeAreaTop && l.Left >= TypeAreaLeft).ToList();

    public static IReadOnlyList<PdfLine> Margin(IEnumerable<PdfLine> lines) => lines.Where(l => l.Right < TypeAreaLeft).ToList();

    public static IReadOnlyList<PdfLine> Folios(IEnumerable<PdfLine> lines) => lines.Where(l => l.Baseline < TypeAreaBottom).ToList();
}
