namespace Wengao.Render.Docx;

/// <summary>The units WordprocessingML measures in (ISO/IEC 29500-1 §17.18): twips, half-points, eighths of a point.</summary>
internal static class WordUnits
{
    /// <summary>A length in twentieths of a point (twips), as page sizes, margins, indents and spacing are written.</summary>
    public static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    public static string TwipsText(double points) => Twips(points).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A type size in half-points (w:sz).</summary>
    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A border's width in eighths of a point (w:sz of a border), at least 2 (ST_EighthPointMeasure allows 2–96).</summary>
    public static uint Eighths(double points) => (uint)Math.Clamp(Math.Round(points * 8, MidpointRounding.AwayFromZero), 2, 96);

    /// <summary>A line exactly <paramref name="height"/> points high (w:lineRule exact), with space before and after it.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.SpacingBetweenLines Exact(double height, double before = 0, double after = 0) => new()
    {
        Before = TwipsText(before), After = TwipsText(after), Line = TwipsText(height),
        LineRule = DocumentFormat.OpenXml.Wordprocessing.LineSpacingRuleValues.Exact,
    };

    /// <summary>An sRGB colour as w:color writes it: E60012.</summary>
    public static string Colour(PdfSharp.Drawing.XColor colour) => $"{colour.R:X2}{colour.G:X2}{colour.B:X2}";
}
