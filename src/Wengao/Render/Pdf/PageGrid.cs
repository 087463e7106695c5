namespace Wengao.Render.Pdf;

/// <summary>
/// The GB/T 9704-2012 page (§5.2): A4, type area 156 × 225 mm at 28 mm from the left and 37 mm from the top,
/// 22 lines of 28 characters of 16 pt. All values in points, y measured down from the top of the page.
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
    public const int LinesPerPage = 22;
    public const int CharactersPerLine = 28;
    public const double BodySize = 16;   // 三号
    public const double TitleSize = 22;  // 二号
    public const double FolioSize = 14;  // 四号

    /// <summary>156 mm / 28 ≈ 15.79 pt: 16 pt glyphs set slightly tight so 28 fill the line (撑满版心).</summary>
    public const double Pitch = Width / CharactersPerLine;

    /// <summary>22 lines fill 225 mm: 21 steps plus one line's height, ≈ 29.6 pt.</summary>
    public const double LineStep = (Height - BodySize) / (LinesPerPage - 1);

    /// <summary>Where a CJK glyph's baseline sits below the top of its em box (the ideographic em box: 0.88 above, 0.12 below).</summary>
    public const double BaselineInEm = 0.88;

    /// <summary>The baseline of grid line <paramref name="row"/> (0-based) for text of <paramref name="size"/>, its em box bottom on the line's.</summary>
    public static double Baseline(int row, double size) => Top + row * LineStep + BodySize - size * (1 - BaselineInEm);

    /// <summary>The page number's baseline: its line 7 mm below the type area.</summary>
    public const double FolioBaseline = Top + Height + 7 * Mm + FolioSize * BaselineInEm;
}
