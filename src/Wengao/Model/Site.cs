using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>site.yml: what the whole site shares.</summary>
/// <param name="Editions">the editions to build, each into output/&lt;name&gt;/; empty for one build into output/</param>
/// <param name="Checks">severities set in `checks:` for proofreading rules, by rule id; other rules keep their default</param>
public sealed record Site(
    string Title,
    string Organisation,
    double SpeakingRate,
    ImmutableDictionary<FontRole, ImmutableArray<string>> FontChains,
    string ContentDirectory,
    ImmutableDictionary<string, Check.Severity>? Checks = null,
    ImmutableArray<Edition> Editions = default);
