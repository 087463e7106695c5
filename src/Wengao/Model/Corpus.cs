using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>Everything loaded from content/: the input of a build.</summary>
public sealed record Corpus(Site Site, ImmutableArray<Speech> Speeches, ImmutableArray<Briefing> Briefings,
    ImmutableDictionary<string, OutcomeSet> Outcomes, Registry Registry);
