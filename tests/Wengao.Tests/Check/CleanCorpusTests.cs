using Wengao.Check;
using Wengao.Load;
using Wengao.Model;
using Wengao.Tests.Support;

namespace Wengao.Tests.Check;

public sealed class CleanCorpusTests
{
    private static string Clean => Path.Combine(Repo.Root, "tests", "Wengao.Tests", "Check", "Clean");

    [Fact]
    public void Correct_speeches_produce_no_findings()
    {
        var corpus = CorpusLoader.Load(Clean);
        var speeches = corpus.Documents.Where(d => d.Kind.Name == "speech").ToList();
        Assert.True(speeches.Count >= 3);
        Assert.All(speeches, s => Assert.True(s.Body.Length >= 400, $"{s.Slug} is too short to be a fair test"));
        var findings = Checker.Run(corpus);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Every_rule_is_documented_and_configurable()
    {
        var docs = File.ReadAllText(Path.Combine(Repo.Root, "docs", "checks.md"));
        Assert.All(Checker.RuleIds, id => Assert.Contains($"`{id}`", docs));
    }

    /// <summary>site.yml's `checks:` accepts the ids of the model's list: every rule run is on it, and nothing else.</summary>
    [Fact]
    public void The_rules_run_are_those_site_yml_may_name_in_order() =>
        Assert.Equal(RuleIds.All, Checker.RuleIds);
}
