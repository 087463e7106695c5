using Wengao.Check;
using Wengao.Load;
using Wengao.Tests.Support;

namespace Wengao.Tests.Check;

/// <summary>
/// numeral-style on the shapes of edited official prose that it used to report (issue 18): names and fixed terms,
/// idioms with no Arabic counterpart, Chinese-numeral dates, titles and quotes; and the real mixes it still finds.
/// </summary>
public sealed class NumeralStylePrecisionTests
{
    private static IReadOnlyList<Finding> Numerals(string body) => CheckKit.Run(body).Of("numeral-style");

    [Theory]
    // Programmes named by their span: N年行动/规划/计划, N年一遇.
    [InlineData("全市深入实施城市更新三年行动计划，计划用3年时间完成老旧小区改造。")]
    [InlineData("编制完成国土空间总体规划和“十四五”五年规划纲要，项目建设周期为4年。")]
    [InlineData("新建堤防按照五十年一遇标准设防，十年一遇的内涝已不再发生，设计使用年限为50年。")]
    // Fixed terms of the shipped list.
    [InlineData("坚决落实长江十年禁渔，退捕渔民全部转产就业，社会保障补助期限为5年。")]
    [InlineData("巩固九年义务教育成果，实现学前到高中阶段12年免费教育。")]
    // Idioms with no Arabic counterpart in the same construction.
    [InlineData("五年来，我们坚持稳中求进工作总基调，利用5年时间建成了高速公路环线。")]
    [InlineData("这五年是极不平凡的五年。全市保障性住房建设周期缩短为2年。")]
    [InlineData("全县粮食产量连续十四年稳定在50万吨以上，人均受教育年限达到11年。")]
    [InlineData("过去五年，全市经济总量迈上新台阶；重点项目平均建设周期缩短到2年。")]
    // The years looked back on, a term as a unit, the first years of a term: not the span of a target.
    [InlineData("各位代表！五年的成就来之不易。今后，我们将用5年时间建成先进制造业强市。")]
    [InlineData("今年是开启新征程的第一个五年的开局之年，我们要用5年时间推动产业集群产值翻番。")]
    [InlineData("三年新冠疫情防控转段后经济恢复发展，土地承包再延长三十年，标准厂房租金前3年给予减免。")]
    // Dates and years in Chinese numerals are no spans.
    [InlineData("本办法自二〇〇四年一月十六日起施行，有效期4年。")]
    [InlineData("二〇二四年，全县新增就业岗位，试点期为4年。")]
    [InlineData("一九九八年特大洪水之后，我们用8年时间加固了全部堤防。")]
    // Decades and school years are no spans of years.
    [InlineData("上世纪八十年代建成的老厂房，已经使用了40年。")]
    [InlineData("为三年级以上学生开设劳动课，小学学制为6年。")]
    // Titles and quotes keep their own wording.
    [InlineData("印发《关于实施乡村建设三年攻坚行动的意见》，整治期限为3年。")]
    [InlineData("推广“七天办结”服务承诺，一般事项办理时限压缩到5天。")]
    [InlineData("群众说，\"三年见成效\"不是口号，项目建设周期从5年缩短到3年。")]
    public void Names_idioms_dates_and_quotes_are_not_reported(string body)
    {
        var findings = Numerals(body);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    [InlineData("5年来，全县脱贫攻坚取得决定性成就。五年来，我们始终把民生放在首位。", "五年来", "5年来")]
    [InlineData("我们用5年时间完成了管网改造，又用三年时间建成污水处理厂。", "三年", "5年")]
    [InlineData("全县连续3年获评平安县，粮食产量连续十四年保持稳定。", "连续十四年", "连续3年")]
    [InlineData("近3年新增城镇就业岗位，近五年累计培训技能人才。", "近五年", "近3年")]
    [InlineData("租金前3年全免，前五年减半收取。", "前五年", "前3年")]
    [InlineData("投入2亿元建设标准化厂房，又追加三亿元用于配套设施。", "三亿元", "2亿元")]
    public void A_span_and_the_same_span_in_Arabic_are_reported(string body, string chinese, string arabic)
    {
        var finding = Assert.Single(Numerals(body));
        Assert.Equal($"\"{chinese}\" in Chinese numerals, but \"{arabic}\" in Arabic elsewhere", finding.Message);
    }

    [Fact]
    public void The_hint_writes_the_span_in_its_construction()
    {
        var finding = Assert.Single(Numerals("5年来，全县脱贫攻坚取得决定性成就。五年来，我们始终把民生放在首位。"));
        Assert.Contains("Arabic preferred: 5年来", finding.Hint);
    }

    [Fact]
    public void A_parallel_phrase_is_kept_and_the_arabic_one_is_to_change()
    {
        // 这五年 is reported against 这5年, but the sentence repeats 五年 on purpose: the hint keeps it.
        var findings = Numerals("这5年，全县完成投资翻番。这五年是极不平凡的五年，我们经受住了考验。");
        var finding = Assert.Single(findings);
        Assert.Contains("\"这五年\"", finding.Message);
        Assert.Contains("keep it, and write \"这5年\" in Chinese numerals", finding.Hint);
        Assert.DoesNotContain("Arabic preferred", finding.Hint);
    }

    [Fact]
    public void A_site_adds_its_own_fixed_phrases_in_content_checks()
    {
        const string Body = "用5年时间推进对口帮扶，制定五年帮扶规划，逐年落实。";
        Assert.Single(Numerals(Body)); // a span like 5年时间, unless the site names it
        using var dir = new TempDir();
        CheckKit.Write(dir, Body);
        Directory.CreateDirectory(dir["content/checks"]);
        File.WriteAllText(dir["content/checks/numerals.yml"], "fixed: [五年帮扶规划]\n");
        Assert.Empty(Checker.Run(CorpusLoader.Load(dir["content"])).Of("numeral-style"));
    }

    [Fact]
    public void A_malformed_list_of_the_site_is_a_located_error()
    {
        using var dir = new TempDir();
        CheckKit.Write(dir, "正文。");
        Directory.CreateDirectory(dir["content/checks"]);
        File.WriteAllText(dir["content/checks/numerals.yml"], "fixed: [五年帮扶规划]\nwords: []\n");
        var error = Assert.Throws<Wengao.Diagnostics.BuildFailedException>(() => Checker.Run(CorpusLoader.Load(dir["content"])));
        Assert.Contains(error.Errors, e => e.Where.File.EndsWith("numerals.yml", StringComparison.Ordinal) && e.Where.Line == 2);
    }
}
