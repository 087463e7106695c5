using Wengao.Text;

namespace Wengao.Render.Charts;

/// <summary>One bar: what it measures, how long it is (in the chart's unit) and the figure as written.</summary>
public sealed record Bar(string Label, double Magnitude, string Text);

/// <summary>
/// A horizontal bar chart of a few figures (funds arrived vs planned, cadres each way), on one axis in
/// <see cref="Unit"/> (the smallest of its figures' units: 万元 for 1.3亿元 and 5388万元). One model, drawn the same
/// way as SVG for the site and as vectors in the PDF; no chart library draws both into PDFsharp.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<Bar> Bars, string Unit = "");

/// <summary>A piece of text in a chart: where its baseline starts, its size, and whether it is right-aligned at X.</summary>
public readonly record struct ChartText(string Text, double X, double Y, double Size, bool AlignRight = false, bool Bold = false);

/// <summary>A filled rectangle in a chart, in points from the chart's top-left corner.</summary>
public readonly record struct ChartBox(double X, double Y, double Width, double Height, int Colour);

/// <summary>A rule of a chart (its axis, a tick), one unit wide, in the text's colour.</summary>
public readonly record struct ChartLine(double X1, double Y1, double X2, double Y2);

/// <summary>The sizes a chart's text is drawn at: the site's in CSS px, the PDF's in points.</summary>
/// <param name="Title">the title's size</param>
/// <param name="Label">every other text's: labels, figures, the axis, the legend</param>
public readonly record struct ChartSizes(double Title, double Label)
{
    /// <summary>On the page: 12 px at least for every text, the least a phone shows legibly (WCAG's reflow at 320 px keeps it).</summary>
    public static readonly ChartSizes Screen = new(15, 12);

    /// <summary>In the PDF: 小四 for the title, 五号 (10.5 pt, 14 px) for the rest, as a printed table is set.</summary>
    public static readonly ChartSizes Print = new(12, 10.5);
}

/// <summary>
/// Where everything of a chart goes for a given width: computed once, drawn by every backend alike. Top to bottom:
/// the title and the unit (单位：万元); each bar under its label, its figure after it; the value axis with its ticks;
/// the legend, a swatch for each bar's colour.
/// </summary>
public sealed record ChartGeometry(double Width, double Height, IReadOnlyList<ChartBox> Boxes, IReadOnlyList<ChartText> Texts, IReadOnlyList<ChartLine> Lines)
{
    private const double BarHeight = 16, Gap = 8, Tick = 4, Swatch = 10;

    /// <summary>Ticks on the axis: about four, at 1, 2 or 5 times a power of ten.</summary>
    private const int Ticks = 4;

    /// <summary>Two colours that stay apart in print and on screen: the official red and a grey.</summary>
    public static readonly string[] Palette = ["#b22222", "#7f7f7f"];

    public static ChartGeometry Of(BarChart chart, double width, ChartSizes sizes)
    {
        var (titleSize, size) = (sizes.Title, sizes.Label);
        var texts = new List<ChartText>();
        var boxes = new List<ChartBox>();
        var lines = new List<ChartLine>();
        var y = 0.0;
        foreach (var line in Wrap(chart.Title, width, titleSize))
            texts.Add(new ChartText(line, 0, y += titleSize * 1.3, titleSize, Bold: true));
        if (chart.Unit.Length > 0) texts.Add(new ChartText($"单位：{chart.Unit}", width, y += size * 1.6, size, AlignRight: true));
        y += Gap;
        var valueRoom = chart.Bars.Count == 0 ? 0 : chart.Bars.Max(b => Measure(b.Text, size)) + size / 2;
        var scale = NiceTop(chart.Bars.Count == 0 ? 1 : chart.Bars.Max(b => b.Magnitude));
        var barRoom = Math.Max(1, width - valueRoom);
        var top = y;
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            foreach (var line in Wrap(bar.Label, width, size))
                texts.Add(new ChartText(line, 0, y += size * 1.3, size));
            y += size * 0.4;
            var length = Math.Max(0, bar.Magnitude) / scale.Top * barRoom;
            boxes.Add(new ChartBox(0, y, length, BarHeight, i % Palette.Length));
            texts.Add(new ChartText(bar.Text, length + size / 2, y + BarHeight / 2 + size * 0.35, size));
            y += BarHeight + Gap;
        }
        // The value axis: the bars start on its zero, its ticks every step up to the top of the scale.
        lines.Add(new ChartLine(0, top, 0, y));
        lines.Add(new ChartLine(0, y, barRoom, y));
        for (var t = 0; t <= scale.Steps; t++)
        {
            var x = t * scale.Step / scale.Top * barRoom;
            lines.Add(new ChartLine(x, y, x, y + Tick));
            var label = ArabicNumbers.Format((decimal)Math.Round(t * scale.Step, 6));
            texts.Add(new ChartText(label, t == 0 ? 0 : x + Measure(label, size) / 2, y + Tick + size * 1.2, size, AlignRight: t > 0));
        }
        y += Tick + size * 1.2 + Gap;
        // The legend: each colour with the bar it stands for, as many a row as the width holds.
        var legendX = 0.0;
        y += size;
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var label = chart.Bars[i].Label;
            var room = Swatch + size / 3 + Measure(label, size) + size;
            if (legendX > 0 && legendX + room > width) (legendX, y) = (0, y + size * 1.5);
            boxes.Add(new ChartBox(legendX, y - Swatch, Swatch, Swatch, i % Palette.Length));
            texts.Add(new ChartText(label, legendX + Swatch + size / 3, y, size));
            legendX += room;
        }
        return new ChartGeometry(width, y + size / 2, boxes, texts, lines);
    }

    /// <summary>The width of a text, estimated: a Chinese character is one em, a Latin letter or digit about half.</summary>
    public static double Measure(string text, double size) => text.Sum(c => c < 0x2E80 ? 0.55 : 1.0) * size;

    /// <summary>A text cut into lines no wider than <paramref name="width"/>, between characters (Chinese has no spaces).</summary>
    private static IEnumerable<string> Wrap(string text, double width, double size)
    {
        var start = 0;
        var used = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var w = Measure(text[i].ToString(), size);
            if (used + w > width && i > start)
            {
                yield return text[start..i];
                (start, used) = (i, 0);
            }
            used += w;
        }
        if (start < text.Length) yield return text[start..];
    }

    /// <summary>The axis's scale: the step (1, 2 or 5 × 10ⁿ) that takes about <see cref="Ticks"/> steps to pass the longest bar.</summary>
    private static (double Step, int Steps, double Top) NiceTop(double longest)
    {
        if (!(longest > 0)) return (1, 1, 1);
        var rough = longest / Ticks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1.0, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        var steps = (int)Math.Ceiling(longest / step - 1e-9);
        return (step, steps, steps * step);
    }
}
