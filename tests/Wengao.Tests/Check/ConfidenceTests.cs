using System.Text.Json;
using Wengao.Check;
using Wengao.Cli;
using Wengao.Tests.Support;

namespace Wengao.Tests.Check;

/// <summary>
/// Each finding says how sure its rule is: JSON's `confidence` (0–1), SARIF's `rank` (0–100); `check --min-confidence`
/// keeps those at or above a level, and a build warns only from medium unless told otherwise.
/// </summary>
public sealed class ConfidenceTests : IDisposable
{
    // Four findings, one at each confidence: an ASCII comma (certain), a break with a clause on each side (high),
    // a break before one short clause (medium), a Chinese-numeral year inside a title quoted as published (low).
    private const string Body = """
        刚才,同志们作了发言。

        同时，组织10名

        乡镇党委书记考察学习，现在已结成亲戚。

        今年以来，我县高度重视干部培训工作，全县共组织

        120名干部参加培训。

        2022年开工，大家学习了《二〇〇四年政府工作报告》。
        """;

    private static readonly (string Rule, int Line, double Confidence, int Rank)[] Expected =
    [
        ("punctuation-width", 8, 0.95, 95), ("broken-paragraph", 10, 0.8, 80), ("broken-paragraph", 14, 0.5, 50), ("date-style", 18, 0.2, 20),
    ];

    private readonly TempDir _dir = new();

    public ConfidenceTests()
    {
        TempDir.Copy(Repo.Templates, _dir["templates"]);
        CheckKit.Write(_dir, Body);
    }

    private (int Exit, string Out, string Err) Wengao(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = Commands.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private List<(string Rule, int Line, double Confidence)> Json(params string[] options)
    {
        var (exit, stdout, _) = Wengao(["check", _dir["content"], "--format", "json", .. options]);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        return [.. json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("confidence").GetDouble()))];
    }

    [Fact]
    public void Json_carries_each_findings_confidence() =>
        Assert.Equal(Expected.Select(e => (e.Rule, e.Line, e.Confidence)), Json());

    [Fact]
    public void Sarif_carries_it_as_each_results_rank()
    {
        var (exit, stdout, _) = Wengao("check", _dir["content"], "--format", "sarif");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("ruleId").GetString()!, r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                r.GetProperty("rank").GetInt32()));
        Assert.Equal(Expected.Select(e => (e.Rule, e.Line, e.Rank)), results);
    }

    [Theory]
    [InlineData("high", 2)]
    [InlineData("medium", 3)]
    [InlineData("low", 4)]
    [InlineData("0.9", 1)]
    [InlineData("0", 4)]
    public void Min_confidence_keeps_the_findings_at_or_above_it(string level, int kept) =>
        Assert.Equal(Expected.Take(kept).Select(e => (e.Rule, e.Line, e.Confidence)), Json("--min-confidence", level));

    [Theory]
    [InlineData("sure")]
    [InlineData("1.5")]
    public void A_bad_level_is_bad_usage(string level)
    {
        var (exit, _, stderr) = Wengao("check", _dir["content"], "--min-confidence", level);
        Assert.Equal(2, exit);
        Assert.Contains($"--min-confidence `{level}`: use high, medium, low or a number from 0 to 1", stderr);
    }

    [Fact]
    public void An_error_is_kept_however_high_the_level()
    {
        File.AppendAllText(Directory.GetFiles(_dir["content/speeches"]).Single(), "\n已到位帮扶资金5380万元。\n");
        var (exit, stdout, _) = Wengao("check", _dir["content"], "--min-confidence", "1");
        Assert.Equal(1, exit);
        Assert.Contains("error figures:", stdout);
        Assert.DoesNotContain(": warning ", stdout);
        Assert.Contains("1 error(s), 0 warning(s)", stdout);
    }

    [Fact]
    public void The_build_warns_from_medium_by_default_and_counts_the_rest_apart()
    {
        var build = Wengao("build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], "--no-pdf");
        Assert.Equal(0, build.Exit);
        Assert.Contains("check: 0 error(s), 3 warning(s): broken-paragraph 2, punctuation-width 1\n", build.Out);
        Assert.DoesNotContain("date-style", build.Out);
        Assert.Contains("check: 1 less sure warning(s) not shown (confidence below 0.5): `wengao check` lists them", build.Out);
        Assert.Equal(Checker.BuildConfidence, Confidence.Medium);

        var high = Wengao("build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], "--no-pdf", "--min-confidence", "high");
        Assert.Equal(0, high.Exit);
        Assert.Contains("check: 0 error(s), 2 warning(s): broken-paragraph 1, punctuation-width 1\n", high.Out);
        Assert.Contains("check: 2 less sure warning(s) not shown (confidence below 0.8)", high.Out);
    }

    public void Dispose() => _dir.Dispose();
}
