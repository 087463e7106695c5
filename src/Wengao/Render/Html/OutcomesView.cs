using System.Text.RegularExpressions;
using Wengao.Model;
using Wengao.Render.Charts;

namespace Wengao.Render.Html;

/// <summary>An outcomes file on the dashboard: its charts as inline SVG and its figures by group, in the file's order.</summary>
public sealed record OutcomesView(string Id, string Title, string? Source, IReadOnlyList<string> Charts, IReadOnlyList<FigureGroup> Groups)
{
    public static OutcomesView From(OutcomeSet set) => new(set.Id, set.Title, set.Source,
        set.Charts.Select(c => SvgChart.Render(ChartData.From(set, c))).ToList(),
        set.Figures.GroupBy(f => f.Group ?? "其他").Select(g => new FigureGroup(g.Key, [.. g.Select(f => FigureRow.Of(f, set))])).ToList());
}

public sealed record FigureGroup(string Name, IReadOnlyList<FigureRow> Figures);

/// <summary>
/// A figure as the dashboard publishes it: what its public fields say. A derived figure says what it is computed from
/// by the figures' labels (已到位帮扶资金 ÷ 5年计划投入帮扶资金), never by their ids, which are the authors' names for
/// them; a note is shown only where the file marks it public (`note_public: true`).
/// </summary>
public sealed partial record FigureRow(string Id, string Label, string Text, string? Computed, string? Period, string? Note, string? Source)
{
    public static FigureRow Of(Figure f, OutcomeSet set) => new(f.Id, f.Label, f.Text,
        f.Formula is { } formula ? Readable(formula, set) : null, f.Period, f.NotePublic ? f.Note : null, f.Source);

    // The formula's operators as arithmetic is printed in Chinese text (GB 3102.11's signs), its ids as the figures' labels.
    private static readonly Dictionary<char, string> Signs = new() { ['/'] = " ÷ ", ['*'] = " × ", ['+'] = " + ", ['-'] = " − " };

    private static string Readable(string formula, OutcomeSet set)
    {
        var text = Identifier().Replace(formula, m => set.Find(m.Value)?.Label ?? m.Value);
        return string.Concat(text.Where(c => c != ' ').Select(c => Signs.TryGetValue(c, out var sign) ? sign : c.ToString()));
    }

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
