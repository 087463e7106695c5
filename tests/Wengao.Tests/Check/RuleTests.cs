using Wengao.Check;
using Wengao.Model;

namespace Wengao.Tests.Check;

/// <summary>Each rule on text that should and should not be reported.</summary>
public sealed class RuleTests
{
    [Theory]
    [InlineData("刚才,几位同志作了发言:一是好;二是快?真的!", 5)]
    [InlineData("市长xxx,市委副书记", 1)]                      // Latin before, Chinese after
    [InlineData("统筹县级干部(含二调、三调)共同帮扶", 2)]
    [InlineData("他说\"我们的干部眼中有光\"。", 2)]
    [InlineData("按照\"133\"的思路", 2)]                        // digits quoted in Chinese
    [InlineData("资金{{ outcomes.funds_arrived }},已到位", 1)]  // an expression reads as Chinese
    [InlineData("全县投入10,000元,用时10:30。", 1)]            // numbers keep their marks
    [InlineData("见 https://example.gov.cn/a?b=1,c=2 。", 0)]
    [InlineData("调用 alert(1) 和 f(x, y) 即可。", 0)]
    [InlineData("Hello, world (again)!", 0)]
    [InlineData("他说\"好\"又说\"好", 1)]                        // odd quotes: one finding, no fix
    [InlineData("**一是\"三个\"非常感谢。**正文，`a,b`。", 2)]  // code spans are not prose
    public void Punctuation_width(string body, int expected)
    {
        var findings = CheckKit.Run(body).Of("punctuation-width");
        Assert.True(expected == findings.Count, string.Join("\n", findings));
    }

    [Fact]
    public void Punctuation_fix_never_touches_markers_or_expressions()
    {
        var findings = CheckKit.Run("**一是\"三个\"非常感谢。***首先,要抓好。*资金{{ outcomes.funds_arrived }},已到位").Of("punctuation-width");
        Assert.Equal(["“", "”", "，", "，"], findings.Select(f => f.Fix!.New));
        Assert.All(findings, f => Assert.True(f.Fix!.Old is "\"" or ","));
    }

    [Fact]
    public void Punctuation_in_the_salutation_is_found_where_it_stands()
    {
        var finding = Assert.Single(CheckKit.Run("正文。", front: "salutation: \"尊敬的各位领导,同志们：\"\n").Of("punctuation-width"));
        Assert.Equal((6, 21), (finding.Where.Line, finding.Where.Column));
    }

    [Fact]
    public void The_furnitures_printed_fields_are_proofread_where_they_stand()
    {
        var front = "signature:\n  - \"某县人民政府办公室\"\n  - \"某县农业农村局,\"\nsigned: 2023-01-01\n"
            + "attachments:  # 附件说明\n  - \"某县2023年工作方案\"\n  - \"某县联络员名单(2023年)\"\nnote: \"(此件公开发布）\"  # 附注\n";
        var findings = CheckKit.Run("正文。", front: front).Of("punctuation-width");
        Assert.Equal([(8, 13), (12, 13), (12, 19), (13, 8)], findings.Select(f => (f.Where.Line, f.Where.Column)));
    }

    [Theory]
    [InlineData("我们提出了“剑八条”措施。一是抓工业；二是抓项目；三是抓储备；四是抓土地。", 1)]
    [InlineData("我们提出了“剑四条”措施。一是抓工业；二是抓项目；三是抓储备；四是抓土地。", 0)]
    [InlineData("我讲三层意思：一是感谢；二是成效。", 1)]
    [InlineData("总体就是“五个送”，即送人才、送资金、送物资、送理念。", 1)]
    [InlineData("总体就是“五个送”，即送人才、送资金、送物资、送理念、送感情。", 0)]
    [InlineData("我讲三点：首先是学习，其次是落实，最后是督查。", 0)]
    [InlineData("用了四五个小时，见了三个人。", 0)]        // approximations and plain counts announce nothing
    [InlineData("学习党的十九大精神，一是学，二是做。", 0)]
    [InlineData("**三是三点建议。***一要抓工业。*正文。\n\n*二要抓财政。*正文。", 1)]
    [InlineData("**三是三点建议。***一要抓工业。*正文。\n\n*二要抓财政。*正文。\n\n*三要用干部。*正文。\n\n**四是其他。**正文。", 0)]
    [InlineData("下面，我讲两个方面的意见。\n\n一、提高站位\n\n正文，正文。\n\n二、健全体系\n\n三、强化考核", 1)]
    [InlineData("下面，我讲三个方面的意见。\n\n一、提高站位\n\n首先，正文。\n\n二、健全体系\n\n三、强化考核", 0)]
    public void List_count(string body, int expected)
    {
        var findings = CheckKit.Run(body).Of("list-count");
        Assert.True(expected == findings.Count, string.Join("\n", findings));
    }

    [Fact]
    public void List_count_says_announced_and_found()
    {
        var finding = Assert.Single(CheckKit.Run("我们提出了“剑八条”措施。一是甲；二是乙；三是丙；四是丁。").Of("list-count"));
        Assert.Contains("announces 8, but 4 follow (一是…四是)", finding.Message);
        Assert.Equal(8, finding.Where.Column); // 八, counted in characters
    }

    [Theory]
    [InlineData("我讲三层意思：一是感谢；二是成效；三是建议。\n\n**一是感谢。**正文。\n\n**二是成效。**正文。", 1)]
    [InlineData("我讲三层意思：一是感谢；二是成效；三是建议。\n\n**一是感谢。**正文。\n\n**二是成效。**正文。\n\n**三是建议。**正文。", 0)]
    [InlineData("开场。\n\n**一是感谢。**正文。\n\n**三是成效。**正文。", 1)]   // numbered out of order
    public void Outline(string body, int expected)
    {
        var findings = CheckKit.Run(body).Of("outline");
        Assert.True(expected == findings.Count, string.Join("\n", findings));
    }

    // The outline reads heading levels by the build's one rule: a `###` under a `##` is a sub-section, not a part;
    // `*一、抓工业。*` is level 1 by its marker (as the page sets it) though written with one `*`; where the parts are
    // numbered 一、二、, the 一是……二是 inside a part are points of that part, not parts of the outline.
    [Theory]
    [InlineData("我讲三个方面：一是产业；二是民生；三是党建。\n\n## 一、产业\n\n### （一）工业\n\n正文。\n\n### （二）农业\n\n正文。\n\n## 二、民生\n\n正文。\n\n## 三、党建\n\n正文。", 0)]
    [InlineData("我讲三个方面：一是产业；二是民生；三是党建。\n\n## 产业\n\n### 工业\n\n正文。\n\n### 农业\n\n正文。\n\n## 民生\n\n正文。", 1)]
    [InlineData("我讲两点：一是工业；二是农业。\n\n*一、抓工业。*正文。\n\n*二、抓农业。*正文。", 0)]
    [InlineData("我讲三点：一是工业；二是农业；三是服务业。\n\n*一、抓工业。*正文。\n\n*二、抓农业。*正文。", 1)]
    [InlineData("## 一、产业\n\n**一是工业。**正文。\n\n**二是农业。**正文。\n\n## 二、民生\n\n**一是教育。**正文。\n\n**二是医疗。**正文。", 0)]
    [InlineData("## 一、产业\n\n正文。\n\n## 三、民生\n\n正文。", 1)]                             // numbered out of order
    public void Outline_reads_the_levels_the_build_sets(string body, int expected)
    {
        var findings = CheckKit.Run(body).Of("outline");
        Assert.True(expected == findings.Count, string.Join("\n", findings));
    }

    [Theory]
    [InlineData("去年10月27日来剑，到10月27号完成。", 1)]
    [InlineData("去年10月27号来剑，到11月3号完成。", 0)]      // one style throughout is not mixed
    [InlineData("2022年开工，二〇二三年竣工。", 1)]
    [InlineData("2022年7月1日开工，2023年竣工，编号3号。", 0)]
    public void Date_style(string body, int expected)
    {
        var findings = CheckKit.Run(body).Of("date-style");
        Assert.True(expected == findings.Count, string.Join("\n", findings));
    }

    [Theory]
    [InlineData("5年计划投入，制定五年帮扶规划。", 1)]
    [InlineData("仅用20天时间，又用了三天。", 1)]
    [InlineData("仅用20天时间，又用了一天，十几天，四五个小时。", 0)] // 一, approximations
    [InlineData("制定五年规划，用了三天。", 0)]                        // fixed expression; no Arabic to contrast
    [InlineData("投入2亿元，又追加三亿元。", 1)]                            // money of the units table at every magnitude
    [InlineData("新增耕地1万亩，复垦三万亩。", 1)]
    [InlineData("历时2个月，又用三个月。", 1)]
    [InlineData("2月开工，三月竣工。", 0)]                                  // months of the calendar, not durations
    [InlineData("新建2户，改造三户。", 0)]                                  // counts of things are too often names
    public void Numeral_style(string body, int expected)
    {
        var findings = CheckKit.Run(body).Of("numeral-style");
        Assert.True(expected == findings.Count, string.Join("\n", findings));
    }

    [Theory]
    [InlineData("同时，组织{{ outcomes.townships }}\n\n{{ outcomes.townships }}乡镇党委书记考察学习，现在已结成亲戚。", 2)]
    [InlineData("同时，组织10名\n\n乡镇党委书记考察学习，现在已结成亲戚。", 1)]
    [InlineData("同时，组织10名乡镇党委书记考察学习。\n\n现在，两地已结成亲戚。", 0)]
    [InlineData("一、提高政治站位\n\n基层治理是基石，要抓好。", 0)]   // a heading line
    [InlineData("**一是感谢**\n\n正文，正文。", 0)]
    [InlineData("| 任务 | 内容 |\n|---|---|\n| 同时，组织10名 | 乡镇党委书记考察学习，现在已结成亲戚。 |", 0)]   // table cells are no paragraphs
    public void Broken_paragraph(string body, int expected)
    {
        var findings = CheckKit.Run(body).Of("broken-paragraph");
        Assert.True(expected == findings.Count, string.Join("\n", findings));
    }

    [Theory]
    [InlineData("已到位帮扶资金5380万元。", 1)]
    [InlineData("已到位帮扶资金5388万元。", 0)]
    [InlineData("5年计划投入帮扶资金1.3亿元，已到位资金占比41%。", 0)]    // 41.4% rounds to 41%
    [InlineData("已到位资金占比42%。", 1)]
    [InlineData("计划投入帮扶资金13000万元。", 0)]                        // 1.3亿元 in 万元
    [InlineData("捐赠了价值510万元的防疫物资。", 0)]                        // within 500多万元
    [InlineData("捐赠了价值620万元的防疫物资。", 1)]
    [InlineData("跑遍了全县28个村。", 0)]                                   // the words name no figure
    [InlineData("已到位帮扶资金{{ outcomes.funds_arrived }}。", 0)]
    [InlineData("2008年帮扶资金到位。", 0)]
    [InlineData("有的乡镇进度滞后，有11个项目至今还没有开工。", 1)]          // 还没有 is the spoken 尚未 of the label
    [InlineData("有的乡镇进度滞后，有9个项目至今还没有开工。", 0)]
    public void Figures_vs_data(string body, int expected)
    {
        var findings = CheckKit.Run(body).Of("figures");
        Assert.True(expected == findings.Count, string.Join("\n", findings));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void Figures_name_the_figure_and_the_expression_to_use()
    {
        var finding = Assert.Single(CheckKit.Run("已到位帮扶资金5380万元。").Of("figures"));
        Assert.Contains("5388万元", finding.Message);
        Assert.Contains("{{ outcomes.funds_arrived }}", finding.Hint);
    }

    [Theory]
    [InlineData("已与管理局签定协议。", 1)]
    [InlineData("已与管理局签订协议。", 0)]
    [InlineData("睿智务实、重情重意，再接再励。", 2)]
    public void Confusable(string body, int expected)
    {
        var findings = CheckKit.Run(body).Of("confusable");
        Assert.True(expected == findings.Count, string.Join("\n", findings));
    }

    [Fact]
    public void Confusables_are_extended_and_allowed_by_the_user()
    {
        const string user = "words:\n  - { wrong: 抓的很紧, right: 抓得很紧 }\nallow: [签定协议书样本]\n";
        var findings = CheckKit.Run("工作抓的很紧。签定协议书样本见附件。", confusables: user).Of("confusable");
        var finding = Assert.Single(findings);
        Assert.Contains("抓得很紧", finding.Message);
    }

    [Fact]
    public void A_bad_user_dictionary_names_its_line()
    {
        var error = Assert.Throws<Wengao.Diagnostics.BuildFailedException>(() => CheckKit.Run("正文。", confusables: "words:\n  - { wrong: 甲, rite: 乙 }\n"));
        Assert.Contains(error.Errors, e => e.Where.Line == 2 && e.Message.Contains("rite"));
    }

    [Fact]
    public void Speaking_time_over_the_allotted_duration()
    {
        var body = string.Concat(Enumerable.Repeat("我们要坚持实事求是，一切从实际出发，扎扎实实推进各项工作。", 20)); // 580 characters
        var finding = Assert.Single(CheckKit.Run(body, front: "duration: 2\n").Of("speaking-time"));
        Assert.Equal(6, finding.Where.Line);
        Assert.Contains("4 minutes", finding.Message);
        Assert.Empty(CheckKit.Run(body, front: "duration: 4\n").Of("speaking-time"));
        Assert.Empty(CheckKit.Run(body).Of("speaking-time"));
    }

    [Fact]
    public void Site_settings_turn_rules_off_and_change_severity()
    {
        const string body = "刚才,几位同志。已与管理局签定协议。";
        var findings = CheckKit.Run(body, site: "checks:\n  punctuation-width: off\n  confusable: error\n");
        Assert.Empty(findings.Of("punctuation-width"));
        Assert.Equal(Severity.Error, Assert.Single(findings.Of("confusable")).Severity);
    }

    [Theory]
    [InlineData("checks:\n  punctuation-widht: off\n", "unknown key `punctuation-widht`", "did you mean `punctuation-width`")]
    [InlineData("checks:\n  confusable: loud\n", "`confusable` must be error, warning or off", "found `loud`")]
    public void Bad_site_settings_are_reported_at_their_line(string site, string message, string hint)
    {
        var error = Assert.Throws<Wengao.Diagnostics.BuildFailedException>(() => CheckKit.Run("正文。", site: site));
        var e = Assert.Single(error.Errors);
        Assert.Equal(3, e.Where.Line);
        Assert.Contains(message, e.Message);
        Assert.Contains(hint, e.Hint);
    }
}
