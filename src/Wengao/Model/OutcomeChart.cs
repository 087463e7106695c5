using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>A chart declared in an outcomes file: figures a reader would rather compare by eye (arrived vs planned).</summary>
/// <param name="Labels">short bar labels, one per figure; empty to use the figures' own labels</param>
public sealed record OutcomeChart(string Id, string Title, ImmutableArray<string> FigureIds, ImmutableArray<string> Labels);
