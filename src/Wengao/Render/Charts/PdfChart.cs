using PdfSharp.Drawing;

namespace Wengao.Render.Charts;

/// <summary>A chart drawn as PDF vectors and text with the document's fonts.</summary>
public static class PdfChart
{
    /// <param name="font">the font for a text of the given size and weight</param>
    public static double Draw(XGraphics graphics, BarChart chart, double left, double top, double width, Func<double, bool, XFont> font)
    {
        var g = ChartGeometry.Of(chart, width, ChartSizes.Print);
        foreach (var box in g.Boxes)
            graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(Rgb(ChartGeometry.Palette[box.Colour]))), left + box.X, top + box.Y, box.Width, box.Height);
        var rule = new XPen(XColors.Black, 0.5);
        foreach (var line in g.Lines) graphics.DrawLine(rule, left + line.X1, top + line.Y1, left + line.X2, top + line.Y2);
        foreach (var text in g.Texts)
        {
            var f = font(text.Size, text.Bold);
            var x = text.AlignRight ? left + text.X - graphics.MeasureString(text.Text, f).Width : left + text.X;
            graphics.DrawString(text.Text, f, XBrushes.Black, x, top + text.Y, XStringFormats.Default);
        }
        return g.Height;
    }

    private static int Rgb(string hex) => unchecked((int)0xFF000000) | Convert.ToInt32(hex[1..], 16);
}
