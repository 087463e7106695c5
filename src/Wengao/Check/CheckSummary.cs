namespace Wengao.Check;

/// <summary>
/// What a build needs of the proofreading: the errors (which fail it), how many warnings of each rule, and a few
/// to show — not every finding, which on a large archive of unfixed texts runs to millions.
/// </summary>
/// <param name="Sample">the first warnings that need a person (no safe fix), then fixable ones, up to the sample size</param>
public sealed record CheckSummary(IReadOnlyList<Finding> Errors, IReadOnlyDictionary<string, int> WarningsByRule, IReadOnlyList<Finding> Sample)
{
    public int Warnings => WarningsByRule.Values.Sum();

    /// <summary>The warnings less sure than <see cref="Least"/>: neither counted in <see cref="WarningsByRule"/> nor shown.</summary>
    public int Unsure { get; init; }

    /// <summary>The confidence a warning needed to be counted and shown.</summary>
    public Confidence Least { get; init; }

    /// <summary>"0 error(s), 216 warning(s): punctuation-width 208, …", as `wengao check` ends.</summary>
    public string Text => Errors.Count + Warnings == 0 ? "no findings"
        : $"{Errors.Count} error(s), {Warnings} warning(s): {string.Join(", ", WarningsByRule.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}"))}";
}
