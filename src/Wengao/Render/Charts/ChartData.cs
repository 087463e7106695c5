using Wengao.Model;
using Wengao.Parse;

namespace Wengao.Render.Charts;

/// <summary>Turns charts declared in an outcomes file into bars: lengths on the figures' common base scale, labels as written.</summary>
public static class ChartData
{
    public static BarChart From(OutcomeSet set, OutcomeChart chart) =>
        new(chart.Title, chart.FigureIds.Select(id => set.Find(id)!)
            .Select((f, i) => new Bar(chart.Labels.IsEmpty ? f.Label : chart.Labels[i], (double)f.BaseValue, f.Text)).ToList());

    /// <summary>A chart a document names (in a `charts` field, checked at load), from the outcomes file it draws on.</summary>
    public static BarChart? Of(ParsedDocument parsed, string id) =>
        parsed.Outcomes is { } set && set.Charts.FirstOrDefault(c => c.Id == id) is { } chart ? From(set, chart) : null;
}
