using Wengao.Check;
using Wengao.Load;
using Wengao.Tests.Support;

namespace Wengao.Tests.Check;

/// <summary>
/// outline counts the parts of one level against the announcement that governs them (issue 18): a 一是……三是 list
/// inside a part is no part, and a list of the opening that announces nothing is no outline.
/// </summary>
public sealed class OutlinePrecisionTests
{
    private static IReadOnlyList<Finding> Outline(string body) => CheckKit.Run(body).Of("outline");

    // Parts run in with 一、, and in two of them a 一是 list of their own, each a run-in heading the build sets at level 1.
    private const string RunInParts = """
        同志们：今天召开全县安全生产工作会议，主要是分析形势、部署任务。下面，我讲三点意见：一是提高认识；二是突出重点；三是强化保障。

        **一、提高认识，切实增强做好安全生产工作的责任感。**安全生产事关人民群众生命财产安全，事关改革发展稳定大局。

        **一是认清形势。**当前全县安全生产形势总体平稳，但基础仍然薄弱，一些企业主体责任落实不到位。

        **二是压实责任。**各乡镇、各部门要严格落实“党政同责、一岗双责、齐抓共管、失职追责”。

        **二、突出重点，全力防范化解重大安全风险。**要聚焦重点行业领域，逐项排查整治。

        **一是抓好道路交通安全。**深入开展农村道路交通安全整治，严查超员超载。

        **二是抓好消防安全。**加强人员密集场所、高层建筑消防检查，畅通消防通道。

        **三是抓好建筑施工安全。**严厉打击违法分包、无证上岗等行为。

        **三、强化保障，确保各项措施落地见效。**各级各部门要加强组织领导，强化督查考核。
        """;

    // Parts numbered 一、 in their paragraphs (a first sentence with a comma is no run-in heading), points run in with 一是.
    private const string NumberedParagraphs = """
        这次会议的主要任务是，总结上半年工作，部署下半年任务。下面，我讲两个方面：一是上半年工作回顾；二是下半年重点任务。

        一、上半年工作回顾。上半年，全区经济运行稳中有进，主要指标好于预期。

        **一是项目建设提速。**新开工重点项目32个，完成投资占年度计划的56%。

        **二是民生保障有力。**城镇新增就业4200人，养老、医疗保险参保率稳步提高。

        **三是改革持续深化。**“一网通办”事项占比达到90%以上。

        二、下半年重点任务，要紧盯全年目标不放松。下半年，要坚持稳中求进工作总基调。

        **一是全力扩大有效投资。**加快专项债券项目开工。

        **二是持续优化营商环境。**深化“放管服”改革。
        """;

    // A list in the opening that is no outline (the meeting's business), then three parts under headings of their own.
    private const string MeetingBusiness = """
        同志们：

        今天召开全市经济工作会议，主要任务是：一是总结今年经济工作；二是分析当前形势、安排明年工作。

        下面，我讲几点意见。

        ## 一、充分肯定今年经济工作取得的成绩

        今年以来，全市上下攻坚克难，经济运行总体平稳。

        ## 二、准确把握当前经济形势

        当前，外部环境更趋复杂严峻，但长期向好的基本面没有改变。

        ## 三、扎实做好明年经济工作

        明年是全面完成“十四五”规划目标任务的关键之年。
        """;

    // The parts 一是……三是 with, inside the second, a list of the same family started again at 一是.
    private const string SameFamilyInside = """
        这里，我讲三层意思：一是感谢；二是成效；三是建议。

        **一是感谢。**感谢市委市政府长期以来的关心支持。

        **二是成效。**一年来，对口帮扶取得明显成效。

        **一是产业合作更加紧密。**共建园区引进企业12家。

        **二是人才交流更加频繁。**互派挂职干部30名。

        **三是民生帮扶更加精准。**援建学校、卫生院各2所。

        **三是建议。**希望继续深化产业合作。
        """;

    [Theory]
    [InlineData(RunInParts)]
    [InlineData(NumberedParagraphs)]
    [InlineData(MeetingBusiness)]
    [InlineData(SameFamilyInside)]
    public void Lists_inside_parts_and_an_opening_that_announces_nothing_are_silent(string body)
    {
        var findings = Outline(body);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Three_parts_announced_as_two_are_found_past_the_lists_inside_them()
    {
        var finding = Assert.Single(Outline(RunInParts.Replace("我讲三点意见：一是提高认识；二是突出重点；三是强化保障。", "我讲两点意见：一是提高认识；二是突出重点。")));
        Assert.Contains("the opening outlines 2 parts (一是…二是), but 3 sections follow", finding.Message);
    }

    [Fact]
    public void A_part_numbered_out_of_order_is_found_past_the_lists_inside_them()
    {
        var body = RunInParts.Replace("**三、强化保障", "**四、强化保障");
        var finding = Assert.Single(Outline(body));
        Assert.Contains("section 3 is numbered \"四、\"", finding.Message);
        Assert.Contains("this one is \"三、\"", finding.Hint);
    }

    [Fact]
    public void Numbered_paragraphs_are_parts_and_count_against_the_outline()
    {
        var finding = Assert.Single(Outline(NumberedParagraphs.Replace("我讲两个方面：一是上半年工作回顾；二是下半年重点任务。", "我讲三个方面：一是回顾；二是任务；三是保障。")));
        Assert.Contains("outlines 3 parts (一是…三是), but 2 sections follow", finding.Message);
    }

    [Fact]
    public void The_seeds_outline_is_still_judged_when_a_part_is_missing_from_it()
    {
        // The sample speech announces 三层意思 and has three parts; planted: the outline names two.
        using var dir = new TempDir().WithSample();
        var speech = Directory.GetFiles(dir["content/speeches"], "*.md").Single();
        var text = File.ReadAllText(speech);
        Assert.Contains("我要讲三层意思:一是非常感谢;二是成效突出;三是三点建议。", text);
        File.WriteAllText(speech, text.Replace("我要讲三层意思:一是非常感谢;二是成效突出;三是三点建议。", "我要讲两层意思:一是非常感谢;二是成效突出。"));
        var finding = Assert.Single(Checker.Run(CorpusLoader.Load(dir["content"])).Of("outline"));
        Assert.Contains("the opening outlines 2 parts (一是…二是), but 3 sections follow", finding.Message);
        Assert.Equal(13, finding.Where.Line);
    }
}
