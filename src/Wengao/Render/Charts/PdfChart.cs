using PdfSharp.Drawing;
using Wengao.Render.Pdf;

namespace Wengao.Render.Charts;

/// <summary>A chart drawn as vectors and text with the document's fonts, on a page of the PDF or the OFD.</summary>
internal static class PdfChart
{
    /// <param name="font">the font for a text of the given size and weight</param>
    public static double Draw(IPageCanvas canvas, BarChart chart, double left, double top, double width, Func<double, bool, XFont> font)
    {
        var g = ChartGeometry.Of(chart, width, ChartSizes.Print);
        foreach (var box in g.Boxes)
            canvas.Rectangle(new XSolidBrush(XColor.FromArgb(Rgb(ChartGeometry.Palette[box.Colour]))), left + box.X, top + box.Y, box.Width, box.Height);
        var rule = new XPen(XColors.Black, 0.5);
        foreach (var line in g.Lines) canvas.Line(rule, left + line.X1, top + line.Y1, left + line.X2, top + line.Y2);
        foreach (var text in g.Texts)
        {
            var f = font(text.Size, text.Bold);
            var x = text.AlignRight ? left + text.X - canvas.Measure(text.Text, f) : left + text.X;
            canvas.Text(text.Text, f, XBrushes.Black, x, top + text.Y);
        }
        return g.Height;
    }

    private static int Rgb(string hex) => unchecked((int)0xFF000000) | Convert.ToInt32(hex[1..], 16);
}
