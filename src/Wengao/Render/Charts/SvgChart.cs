using System.Globalization;
using System.Net;
using System.Text;

namespace Wengao.Render.Charts;

/// <summary>A chart as inline SVG: its text stays text (selectable, searchable), no script needed to see it.</summary>
public static class SvgChart
{
    /// <summary>
    /// The width a chart is drawn at: a phone's 390 px less the page's margins, so it is never scaled down and its
    /// text keeps <see cref="ChartSizes.Screen"/>'s 12 px.
    /// </summary>
    public const double Width = 340;

    public static string Render(BarChart chart, double width = Width)
    {
        var g = ChartGeometry.Of(chart, width, ChartSizes.Screen);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 {g.Width:0.##} {g.Height:0.##}\" width=\"{g.Width:0.##}\" height=\"{g.Height:0.##}\">"));
        svg.Append("<title>").Append(WebUtility.HtmlEncode(chart.Title)).Append("</title>");
        foreach (var box in g.Boxes)
            svg.Append(Invariant($"<rect x=\"{box.X:0.##}\" y=\"{box.Y:0.##}\" width=\"{box.Width:0.##}\" height=\"{box.Height:0.##}\" fill=\"{ChartGeometry.Palette[box.Colour]}\" />"));
        foreach (var line in g.Lines)
            svg.Append(Invariant($"<line x1=\"{line.X1:0.##}\" y1=\"{line.Y1:0.##}\" x2=\"{line.X2:0.##}\" y2=\"{line.Y2:0.##}\" stroke=\"#1a1a1a\" stroke-width=\"1\" />"));
        foreach (var text in g.Texts)
            svg.Append(Invariant($"<text x=\"{text.X:0.##}\" y=\"{text.Y:0.##}\" font-size=\"{text.Size:0.##}\"{(text.AlignRight ? " text-anchor=\"end\"" : "")}{(text.Bold ? " font-weight=\"bold\"" : "")}>"))
                .Append(WebUtility.HtmlEncode(text.Text)).Append("</text>");
        return svg.Append("</svg>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
