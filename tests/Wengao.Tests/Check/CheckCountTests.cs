using Wengao.Check;
using Wengao.Load;
using Wengao.Model;
using Wengao.Tests.Support;

namespace Wengao.Tests.Check;

/// <summary>
/// A build only counts its warnings (RuleReport.CountsOnly: rules skip composing messages, duplicate-tag skips reading the
/// front matter again where nothing was folded); `wengao check` lists them. Both must find the same: on the planted
/// corpus, where every rule finds something, the counts by rule equal the listed findings, at each confidence.
/// </summary>
public sealed class CheckCountTests
{
    private static Corpus Planted => CorpusLoader.Load(Path.Combine(Repo.Fixtures, "precision", "planted"));

    [Fact]
    public void The_planted_corpus_triggers_every_rule()
    {
        var listed = Checker.Run(Planted);
        Assert.Equal(Checker.RuleIds.Order(StringComparer.Ordinal), listed.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> Levels => ["any", "low", "medium", "high", "certain"];

    [Theory]
    [MemberData(nameof(Levels))]
    public void Counted_warnings_are_the_listed_ones_by_rule(string level)
    {
        var least = level switch
        {
            "any" => Confidence.Any, "low" => Confidence.Low, "medium" => Confidence.Medium, "high" => Confidence.High, _ => Confidence.Certain,
        };
        var corpus = Planted;
        var listed = Checker.Run(corpus);
        var summary = Checker.Summarise(corpus, sampleSize: 10, least);
        var warnings = listed.Where(f => f.Severity == Severity.Warning).ToList();
        var expected = warnings.Where(f => f.Confidence >= least).GroupBy(f => f.RuleId)
            .ToDictionary(g => g.Key, g => g.Count()).OrderBy(r => r.Key, StringComparer.Ordinal);
        Assert.Equal(expected, summary.WarningsByRule.OrderBy(r => r.Key, StringComparer.Ordinal));
        Assert.Equal(warnings.Count(f => f.Confidence < least), summary.Unsure);
        Assert.Equal(listed.Where(f => f.Severity == Severity.Error).Select(f => f.ToString()), summary.Errors.Select(f => f.ToString()));
        // The sample is the first warnings in full, as listed: same rules, places and messages.
        Assert.All(summary.Sample, s => Assert.Contains(warnings, f => f.ToString() == s.ToString() && f.Fix == s.Fix));
    }
}
