namespace Wengao.Render.Charts;

/// <summary>One bar: what it measures, how long it is (on a scale shared by the chart) and the figure as written.</summary>
public sealed record Bar(string Label, double Magnitude, string Text);

/// <summary>
/// A horizontal bar chart of a few figures (funds arrived vs planned, cadres each way). One model, drawn the same
/// way as SVG for the site and as vectors in the PDF; no chart library draws both into PDFsharp.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<Bar> Bars);

/// <summary>A piece of text in a chart: where its baseline starts, its size, and whether it is right-aligned at X.</summary>
public readonly record struct ChartText(string Text, double X, double Y, double Size, bool AlignRight = false, bool Bold = false);

/// <summary>A filled rectangle in a chart, in points from the chart's top-left corner.</summary>
public readonly record struct ChartBox(double X, double Y, double Width, double Height, int Colour);

/// <summary>Where everything of a chart goes for a given width: computed once, drawn by every backend alike.</summary>
public sealed record ChartGeometry(double Width, double Height, IReadOnlyList<ChartBox> Boxes, IReadOnlyList<ChartText> Texts)
{
    private const double TitleSize = 12, LabelSize = 10.5, BarHeight = 16, Gap = 10;

    /// <summary>Two colours that stay apart in print and on screen: the official red and a grey.</summary>
    public static readonly string[] Palette = ["#b22222", "#7f7f7f"];

    public static ChartGeometry Of(BarChart chart, double width)
    {
        var texts = new List<ChartText> { new(chart.Title, 0, TitleSize, TitleSize, Bold: true) };
        var boxes = new List<ChartBox>();
        // Labels are Chinese: one em a character is their width, with half an em to the bar.
        var labelWidth = (chart.Bars.Count == 0 ? 0 : chart.Bars.Max(b => b.Label.Length) + 0.5) * LabelSize;
        var valueRoom = 6 * LabelSize; // the figure written after the bar
        var longest = chart.Bars.Count == 0 ? 1 : Math.Max(chart.Bars.Max(b => b.Magnitude), double.Epsilon);
        var y = TitleSize + Gap;
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var length = Math.Max(0, bar.Magnitude) / longest * (width - labelWidth - valueRoom);
            var baseline = y + BarHeight / 2 + LabelSize * 0.35;
            texts.Add(new ChartText(bar.Label, labelWidth - LabelSize / 2, baseline, LabelSize, AlignRight: true));
            boxes.Add(new ChartBox(labelWidth, y, length, BarHeight, i % Palette.Length));
            texts.Add(new ChartText(bar.Text, labelWidth + length + LabelSize / 2, baseline, LabelSize));
            y += BarHeight + Gap;
        }
        return new ChartGeometry(width, y, boxes, texts);
    }
}
