using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>site.yml: what the whole site shares.</summary>
public sealed record Site(
    string Title,
    string Organisation,
    double SpeakingRate,
    ImmutableDictionary<FontRole, ImmutableArray<string>> FontChains,
    string ContentDirectory);
