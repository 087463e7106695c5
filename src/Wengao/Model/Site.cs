using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>site.yml: what the whole site shares.</summary>
/// <param name="BaseUrl">where the site is published (https://intranet/wengao/), for the feed and sitemap; relative links without it</param>
/// <param name="Editions">the editions to build, each into output/&lt;name&gt;/; empty for one build into output/</param>
/// <param name="ImageHosts">hosts a body's images may come from (`images: allow_hosts:`), lower case; none by default</param>
/// <param name="ExpressionTimeLimit">seconds the template and body expressions of a whole build may take together (`expression_time_limit`)</param>
/// <param name="Lists">`lists:`: page size and the order of names; <see cref="ListSettings.Default"/> where site.yml sets none</param>
/// <param name="Checks">severities set in `checks:` for proofreading rules, by rule id; other rules keep their default</param>
public sealed record Site(
    string Title,
    string Organisation,
    double SpeakingRate,
    ImmutableDictionary<FontRole, ImmutableArray<string>> FontChains,
    string ContentDirectory,
    ImmutableDictionary<string, Severity>? Checks = null,
    ImmutableArray<Edition> Editions = default,
    string? BaseUrl = null,
    ImmutableArray<string> ImageHosts = default,
    int ExpressionTimeLimit = Site.DefaultExpressionTimeLimit,
    ListSettings? Lists = null)
{
    public ListSettings Listing => Lists ?? ListSettings.Default;

    /// <summary>Ten minutes: expressions take milliseconds a page, so 10,000 pages use a few seconds of it; only an
    /// expression that never ends (a function calling itself twice, forty deep) reaches it.</summary>
    public const int DefaultExpressionTimeLimit = 600;
}
