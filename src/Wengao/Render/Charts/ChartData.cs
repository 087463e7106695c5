using Wengao.Model;
using Wengao.Parse;
using Wengao.Text;

namespace Wengao.Render.Charts;

/// <summary>
/// Turns charts declared in an outcomes file into bars: lengths in the smallest unit among the figures (their base
/// values share a scale: the loader refuses a chart that mixes kinds), labels as written.
/// </summary>
public static class ChartData
{
    public static BarChart From(OutcomeSet set, OutcomeChart chart)
    {
        var figures = chart.FigureIds.Select(id => set.Find(id)!).ToList();
        var unit = figures.Select(f => Units.Find(f.Unit)).OfType<Unit>().MinBy(u => u.Scale);
        var scale = unit?.Scale ?? 1;
        return new(chart.Title, figures.Select((f, i) => new Bar(chart.Labels.IsEmpty ? f.Label : chart.Labels[i], (double)(f.BaseValue / scale), f.Text)).ToList(),
            unit?.Name ?? "");
    }

    /// <summary>A chart a document names (in a `charts` field, checked at load), from the outcomes file it draws on.</summary>
    public static BarChart? Of(ParsedDocument parsed, string id) =>
        parsed.Outcomes is { } set && set.Charts.FirstOrDefault(c => c.Id == id) is { } chart ? From(set, chart) : null;
}
