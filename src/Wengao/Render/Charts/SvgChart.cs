using System.Globalization;
using System.Net;
using System.Text;

namespace Wengao.Render.Charts;

/// <summary>A chart as inline SVG: its text stays text (selectable, searchable), no script needed to see it.</summary>
public static class SvgChart
{
    public static string Render(BarChart chart, double width = 480)
    {
        var g = ChartGeometry.Of(chart, width);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 {g.Width:0.##} {g.Height:0.##}\" width=\"{g.Width:0.##}\" height=\"{g.Height:0.##}\">"));
        svg.Append("<title>").Append(WebUtility.HtmlEncode(chart.Title)).Append("</title>");
        foreach (var box in g.Boxes)
            svg.Append(Invariant($"<rect x=\"{box.X:0.##}\" y=\"{box.Y:0.##}\" width=\"{box.Width:0.##}\" height=\"{box.Height:0.##}\" fill=\"{ChartGeometry.Palette[box.Colour]}\" />"));
        foreach (var text in g.Texts)
            svg.Append(Invariant($"<text x=\"{text.X:0.##}\" y=\"{text.Y:0.##}\" font-size=\"{text.Size:0.##}\"{(text.AlignRight ? " text-anchor=\"end\"" : "")}{(text.Bold ? " font-weight=\"bold\"" : "")}>"))
                .Append(WebUtility.HtmlEncode(text.Text)).Append("</text>");
        return svg.Append("</svg>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
