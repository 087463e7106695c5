using Wengao.Model;
using Wengao.Render.Charts;

namespace Wengao.Render.Html;

/// <summary>An outcomes file on the dashboard: its charts as inline SVG and its figures by group, in the file's order.</summary>
public sealed record OutcomesView(string Id, string Title, string? Source, IReadOnlyList<string> Charts, IReadOnlyList<FigureGroup> Groups)
{
    public static OutcomesView From(OutcomeSet set) => new(set.Id, set.Title, set.Source,
        set.Charts.Select(c => SvgChart.Render(ChartData.From(set, c))).ToList(),
        set.Figures.GroupBy(f => f.Group ?? "其他").Select(g => new FigureGroup(g.Key, g.ToList())).ToList());
}

public sealed record FigureGroup(string Name, IReadOnlyList<Figure> Figures);
