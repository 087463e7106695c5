using System.Globalization;
using PdfSharp.Drawing;

namespace Wengao.Render.Ofd;

/// <summary>
/// OFD's numbers: millimetres (GB/T 33190 坐标系: the default unit is the millimetre, y down from the top left), written to a thousandth of a millimetre, far finer
/// than a glyph's placing needs; colours as "R G B" in 0–255 (颜色: Value, Alpha).
/// </summary>
internal static class OfdUnits
{
    /// <summary>Decimals written: 0.001 mm.</summary>
    private const int Decimals = 3;

    public static double Mm(double points) => Round(points / Wengao.Render.Pdf.PageGrid.Mm);

    /// <summary>Rounded as written, so that differences of written values are exact (DeltaX adds up to the next glyph's X).</summary>
    public static double Round(double mm) => Math.Round(mm, Decimals, MidpointRounding.AwayFromZero) + 0.0; // + 0.0: never "-0"

    public static string Number(double mm) => Round(mm).ToString("0.###", CultureInfo.InvariantCulture);

    public static string Box(double x, double y, double width, double height) => $"{Number(x)} {Number(y)} {Number(width)} {Number(height)}";

    public static string Colour(XColor colour) => $"{colour.R} {colour.G} {colour.B}";

    /// <summary>An Alpha attribute for a colour that is not opaque (0–255), else nothing.</summary>
    public static string Alpha(XColor colour) => colour.A >= 1 ? "" : $" Alpha=\"{(int)Math.Round(colour.A * 255)}\"";

    public static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}

/// <summary>An affine transform of the page (x' = a·x + c·y + e, y' = b·x + d·y + f; points, y down), as PDFsharp keeps one.</summary>
internal readonly record struct Affine(double A, double B, double C, double D, double E, double F)
{
    public static readonly Affine Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>No turn or shear: a scale along the axes and a shift.</summary>
    public bool Upright => B == 0 && C == 0;

    public XPoint Apply(double x, double y) => new(A * x + C * y + E, B * x + D * y + F);

    /// <summary><paramref name="first"/> applied before this (PDFsharp's MatrixOrder.Prepend).</summary>
    public Affine After(Affine first) => new(
        first.A * A + first.B * C, first.A * B + first.B * D,
        first.C * A + first.D * C, first.C * B + first.D * D,
        first.E * A + first.F * C + E, first.E * B + first.F * D + F);

    public static Affine About(XPoint at, double a, double b, double c, double d) =>
        new(a, b, c, d, at.X - a * at.X - c * at.Y, at.Y - b * at.X - d * at.Y);
}
