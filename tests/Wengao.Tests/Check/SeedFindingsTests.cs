using Wengao.Check;
using Wengao.Load;
using Wengao.Model;
using Wengao.Tests.Support;

namespace Wengao.Tests.Check;

/// <summary>The sample speech, as published, has the defects a careful proofreader marks; the checks find them where they are.</summary>
public sealed class SeedFindingsTests
{
    // The speech's findings only: the sample briefing is checked too, but these counts are the seed's.
    private static readonly IReadOnlyList<Finding> Findings = Checker.Run(CorpusLoader.Load(Repo.Content))
        .Where(f => f.Where.File.Contains("speeches", StringComparison.Ordinal)).ToList();

    [Fact]
    public void The_seed_has_no_errors_so_it_still_builds() =>
        Assert.DoesNotContain(Findings, f => f.Severity == Severity.Error);

    [Fact]
    public void Every_ascii_mark_in_the_text_is_reported_with_a_fix()
    {
        var punctuation = Findings.Of("punctuation-width");
        // 206 in the body (172 , 1 : 7 ; 2 ( 2 ) 22 ") and 2 in the salutation ("…部长,各位领导:").
        Assert.Equal(208, punctuation.Count);
        Assert.All(punctuation, f => Assert.NotNull(f.Fix));
        Assert.Equal(22, punctuation.Count(f => f.Fix!.Old == "\""));
        Assert.Equal(2, punctuation.Count(f => f.Where.Line == 8));
    }

    [Fact]
    public void The_editorial_defects_are_found_where_they_are()
    {
        var others = Findings.Where(f => f.RuleId != "punctuation-width")
            .Select(f => $"{f.RuleId} {f.Where.Line}:{f.Where.Column}").ToList();
        Assert.Equal(
        [
            "confusable 15:666",        // 重情重意 → 重情重义
            "numeral-style 17:351",     // 五年帮扶规划, against 5年计划投入
            "date-style 27:156",        // 10月27号, against 10月27日 on line 15
            "confusable 29:67",         // 签定协议 → 签订协议
            "broken-paragraph 33:142",  // "…同时,组织{{ 10名 }}" ends without 。
            "broken-paragraph 35:1",    // and "{{ 10名 }}乡镇党委书记…" repeats it
            "list-count 43:92",         // "剑八条" announces 8, 一是…四是 gives 4
        ], others);
        Assert.Contains("announces 8, but 4 follow", Findings.Of("list-count")[0].Message);
        Assert.Contains("10月27日", Findings.Of("date-style")[0].Message);
    }

    [Fact]
    public void The_announced_counts_that_agree_are_silent()
    {
        // 三层意思 (一是…三是), "三个"非常感谢 (首先/其次/第三), "五个送" (five items), 三点建议 (一要/二要/三要), the outline.
        Assert.Single(Findings.Of("list-count"));
        Assert.Empty(Findings.Of("outline"));
        Assert.Empty(Findings.Of("figures"));
    }
}
