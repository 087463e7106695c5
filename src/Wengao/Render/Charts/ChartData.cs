using Wengao.Model;
using Wengao.Parse;

namespace Wengao.Render.Charts;

/// <summary>Turns charts declared in an outcomes file into bars: lengths on the figures' common base scale, labels as written.</summary>
public static class ChartData
{
    public static BarChart From(OutcomeSet set, OutcomeChart chart) =>
        new(chart.Title, chart.FigureIds.Select(id => set.Find(id)!)
            .Select((f, i) => new Bar(chart.Labels.IsEmpty ? f.Label : chart.Labels[i], (double)f.BaseValue, f.Text)).ToList());

    /// <summary>The charts a briefing shows, in the order its front matter names them (checked at load).</summary>
    public static IReadOnlyList<BarChart> Of(ParsedBriefing parsed) =>
        parsed.Outcomes is not { } set ? []
        : parsed.Briefing.Charts.Select(id => From(set, set.Charts.Single(c => c.Id == id))).ToList();
}
