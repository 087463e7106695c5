namespace Wengao.Render.Pdf;

/// <summary>
/// The GB/T 9704-2012 page (§5.2): A4 with a type area of 156 × 225 mm at 28 mm from the left and 37 mm from the top.
/// Points throughout, y measured down from the top of the page.
/// </summary>
public static class PageGrid
{
    public const double Mm = 72 / 25.4;
    public const double PageWidth = 210 * Mm;
    public const double PageHeight = 297 * Mm;
    public const double Left = 28 * Mm;
    public const double Top = 37 * Mm;
    public const double Width = 156 * Mm;
    public const double Height = 225 * Mm;

    /// <summary>Where a CJK glyph's baseline sits below the top of its em box (the ideographic em box: 0.88 above, 0.12 below).</summary>
    public const double BaselineInEm = 0.88;

    /// <summary>The page number's line stands 7 mm below the type area (GB/T 9704 §7.5: 下边缘之下7 mm).</summary>
    public const double FolioGap = 7 * Mm;
}

/// <summary>The line grid a document is set on, inside the type area, and how its pages behave (as its template's &lt;page&gt; says).</summary>
/// <param name="FoliosAlternate">odd page numbers at the right, even at the left (printed on both sides)</param>
/// <param name="KeepParagraphsWhole">start a paragraph on a new page rather than split it, where it fits on one</param>
/// <param name="SpeakingMarks">cumulative speaking time in the margin at each paragraph</param>
public sealed record PageLayout(
    double BodySize, double TitleSize, int CharactersPerLine, int LinesPerPage,
    bool FoliosAlternate, bool KeepParagraphsWhole, bool SpeakingMarks)
{
    /// <summary>The CJK character pitch: for the manuscript 156 mm / 28 ≈ 15.79 pt, 16 pt glyphs set slightly tight (撑满版心).</summary>
    public double Pitch => PageGrid.Width / CharactersPerLine;

    /// <summary>The line pitch that makes the lines fill 225 mm: for the manuscript ≈ 29.6 pt.</summary>
    public double LineStep => (PageGrid.Height - BodySize) / (LinesPerPage - 1);

    /// <summary>The baseline of grid line <paramref name="row"/> (0-based) for text of <paramref name="size"/>, its em box resting on the line's.</summary>
    public double Baseline(int row, double size) => PageGrid.Top + row * LineStep + BodySize - size * (1 - PageGrid.BaselineInEm);
}
