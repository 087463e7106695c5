using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>An outcomes file: the figures of one programme, the single source every document draws from.</summary>
public sealed record OutcomeSet(string Id, string SourcePath, string Title, string? Source, ImmutableArray<Figure> Figures, ImmutableArray<OutcomeChart> Charts)
{
    public Figure? Find(string id) => Figures.FirstOrDefault(f => f.Id == id);
}
