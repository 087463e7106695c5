using System.Text.Json;
using Wengao.Pipeline;
using Wengao.Cli;
using Wengao.Tests.Support;

namespace Wengao.Tests.Check;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();

    private string SpeechFile => Directory.GetFiles(_dir["content/speeches"], "*.md").Single();

    private (int Exit, string Out, string Err) Wengao(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = Commands.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Check_prints_located_findings_with_the_line_and_a_caret()
    {
        var (exit, stdout, _) = Wengao("check", _dir["content"]);
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n');
        var at = Array.FindIndex(lines, l => l.EndsWith(":43:92: warning list-count: \"八条\" announces 8, but 4 follow (一是…四是)", StringComparison.Ordinal));
        Assert.True(at >= 0, stdout);
        Assert.Contains("剑八条", lines[at + 1]);
        Assert.Equal("^", lines[at + 2].Trim());
        Assert.Contains("fix: replace `,` with `，`", stdout);
        Assert.Contains("0 error(s), 217 warning(s)", stdout); // 215 in the speech, 1 in the briefing and 1 in the 公文 报告 (五年 vs 5年)
    }

    [Fact]
    public void Check_of_one_file_checks_that_file()
    {
        var (exit, stdout, _) = Wengao("check", SpeechFile, "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(215, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--format")]
    [InlineData("check", "--bogus")]
    [InlineData("check", "no/such/folder")]
    public void Bad_usage_exits_2(params string[] args) => Assert.Equal(2, Wengao(args).Exit);

    [Fact]
    public void A_figure_contradicting_the_data_exits_1_and_fails_the_build()
    {
        File.AppendAllText(SpeechFile, "\n已到位帮扶资金5380万元。\n");
        var (exit, stdout, _) = Wengao("check", _dir["content"]);
        Assert.Equal(1, exit);
        Assert.Matches(@"\.md:47:8: error figures: ""5380万元"" contradicts the outcomes data", stdout);

        var build = Wengao("build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], "--no-pdf");
        Assert.Equal(1, build.Exit);
        Assert.Matches(@"\.md:47:8: error: figures: ""5380万元""", build.Err);
        Assert.False(Directory.Exists(_dir["output"]));
    }

    [Fact]
    public void Sarif_has_the_required_properties()
    {
        var (exit, stdout, _) = Wengao("check", _dir["content"], "--format", "sarif");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("wengao", driver.GetProperty("name").GetString());
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(global::Wengao.Check.Checker.RuleIds, ruleIds);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(217, results.Count);
        foreach (var result in results)
        {
            Assert.Contains(result.GetProperty("ruleId").GetString(), ruleIds);
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.EndsWith(".md", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.True(physical.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
        }
    }

    [Fact]
    public void Fix_changes_only_punctuation_and_a_second_fix_changes_nothing()
    {
        var before = File.ReadAllText(SpeechFile);
        var (exit, stdout, stderr) = Wengao("check", _dir["content"], "--fix");
        Assert.Equal(0, exit);
        Assert.Contains("fixed 208 mark(s) in 1 file(s)", stderr);
        var after = File.ReadAllText(SpeechFile);

        Assert.Equal(before.Length, after.Length);
        var changes = before.Zip(after).Where(p => p.First != p.Second).Select(p => $"{p.First}{p.Second}").Distinct().Order().ToList();
        Assert.Equal(["\"“", "\"”", "(（", ")）", ",，", ":：", ";；"], changes);
        Assert.Contains("0 error(s), 9 warning(s)", stdout); // what --fix cannot do is still reported
        Assert.Empty(Directory.GetFiles(_dir["content"], "*.wengao-fix", SearchOption.AllDirectories));

        var again = Wengao("check", _dir["content"], "--fix");
        Assert.Contains("fixed 0 mark(s) in 0 file(s)", again.Err);
        Assert.Equal(after, File.ReadAllText(SpeechFile));

        var report = SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["output"], Pdf: false));
        Assert.False(report.Checks.WarningsByRule.ContainsKey("punctuation-width"));
        var html = File.ReadAllText(Directory.GetFiles(_dir["output/internal/site/speeches"]).Single());
        Assert.Contains("一是“三个”非常感谢。", html);
        Assert.Contains("run-in-1", html);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        var before = File.ReadAllText(SpeechFile);
        var (exit, stdout, _) = Wengao("check", _dir["content"], "--fix", "--dry-run");
        Assert.Equal(0, exit);
        Assert.StartsWith("--- ", stdout);
        Assert.Contains("\n+++ ", stdout);
        Assert.Contains("\n@@ -5,", stdout);
        Assert.Contains("\n-刚才,几位xxx", stdout);
        Assert.Contains("\n+刚才，几位xxx", stdout);
        Assert.Equal(before, File.ReadAllText(SpeechFile));
    }

    [Fact]
    public void Build_prints_the_warnings_and_succeeds()
    {
        var (exit, stdout, _) = Wengao("build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], "--no-pdf");
        Assert.Equal(0, exit);
        Assert.Contains("check: 0 error(s), 217 warning(s)", stdout);
        Assert.Contains("warning list-count:", stdout); // findings that need a person come first
        Assert.Contains("run `wengao check` to see them all", stdout);
    }

    public void Dispose() => _dir.Dispose();
}
