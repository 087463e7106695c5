using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>site.yml: what the whole site shares.</summary>
/// <param name="Checks">severities set in `checks:` for proofreading rules, by rule id; other rules keep their default</param>
public sealed record Site(
    string Title,
    string Organisation,
    double SpeakingRate,
    ImmutableDictionary<FontRole, ImmutableArray<string>> FontChains,
    string ContentDirectory,
    ImmutableDictionary<string, Check.Severity>? Checks = null);
