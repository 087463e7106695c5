using Wengao.Check;
using Wengao.Load;
using Wengao.Tests.Support;

namespace Wengao.Tests.Check;

/// <summary>
/// list-count on the shapes of edited prose it used to report (issue 18): an announcement followed first by another
/// list, and items separated by ； that hold 、 themselves; and the real miscounts it still finds.
/// </summary>
public sealed class ListCountPrecisionTests
{
    private static IReadOnlyList<Finding> ListCount(string body) => CheckKit.Run(body).Of("list-count");

    [Theory]
    // 五大 followed by another announcement's three items: those answer 三个统筹.
    [InlineData("全面推进乡村“五大振兴”，坚持三个统筹：一是统筹城乡规划；二是统筹产业布局；三是统筹基础设施建设。")]
    // 五大 followed by three steps first, then its five items in the same paragraph.
    [InlineData("我们深入实施“五大工程”。首先是抓规划，其次是抓项目，最后是抓考核。具体是：一是产业提升工程；二是人才引育工程；三是文化铸魂工程；四是生态宜居工程；五是组织强基工程。")]
    // 五大 followed by three steps first, then its five items as numbered paragraphs.
    [InlineData("围绕“五大行动”，首先是摸清底数，其次是压实责任，最后是强化考核。\n\n一、产业振兴行动。\n\n二、人才振兴行动。\n\n三、文化振兴行动。\n\n四、生态振兴行动。\n\n五、组织振兴行动。")]
    // 5项 with items separated by ；, one of which holds 、.
    [InlineData("今年重点推进5项改革：深化国资国企改革、推进混合所有制改革；优化营商环境；深化财税体制改革；推进农村集体产权制度改革；深化医药卫生体制改革。")]
    [InlineData("落实“三项制度”，即：行政执法公示制度；执法全过程记录制度；重大执法决定法制审核制度、备案制度。")]
    // 、 items whose sentence goes on after ；: the clause counts.
    [InlineData("落实“三个一批”即：转移一批、安置一批、兜底一批；同时，建立动态监测机制。")]
    // Parts under headings of their own, with deeper headings and paragraphs under each.
    [InlineData("下面，我讲三点意见。\n\n## 一、提高站位，充分认识整治工作的重大意义\n\n### （一）这是践行以人民为中心的具体行动\n\n正文。\n\n## 二、突出重点，扎实推进各项任务\n\n正文。\n\n## 三、强化保障，确保取得实效\n\n正文。")]
    // The last two items joined by 和 (A、B和C: three).
    [InlineData("对小型水库，要落实“三个重点环节”，即水库雨水情测报、调度运用方案和安全管理应急预案，做到有人管、有预案。")]
    [InlineData("尚未完成整改的3个问题，分别是城区老旧管网混错接改造、历史遗留矿山生态修复和农村黑臭水体治理。")]
    // 再次 is the third of 首先, 其次.
    [InlineData("我们至少还存在三个方面的突出问题。\n\n首先，服务意识还不够强。\n\n其次，改革措施落实还不够到位。\n\n再次，要素保障还有明显短板。")]
    // Fewer than half the announced things, grouped by field: 十件民生实事 in four.
    [InlineData("全年办好十件民生实事。首先，促进就业创业。其次，发展优质教育。再次，提升医疗服务。最后，完善养老服务。")]
    [InlineData("县政府承诺的十件民生实事全部完成。\n\n**一是稳就业保基本。**全年新增就业。\n\n**二是兴教育促公平。**新建学校。\n\n**三是强医疗保健康。**新建医院。\n\n**四是兜底线暖民心。**提高低保。")]
    // A name that holds a count (“四个年”), then the list announced again without one: the paragraphs are that one's.
    [InlineData("全县上下要紧紧围绕“四个年”活动，重点抓好以下几项工作。\n\n一、抓项目建设。\n\n二、抓招商引资。")]
    [InlineData("围绕“三个一流”目标，做好如下工作。\n\n一是建机制。\n\n二是强考核。")]
    public void Another_list_first_and_items_separated_by_semicolons_are_silent(string body)
    {
        var findings = ListCount(body);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    [InlineData("我们提出了“剑八条”措施。一是抓工业；二是抓项目；三是抓储备；四是抓土地。", "\"八条\" announces 8, but 4 follow (一是…四是)")]
    [InlineData("下面，我讲两个方面的意见：一是提高站位；二是健全体系；三是强化考核。", "\"两个方面\" announces 2, but 3 follow (一是…三是)")]
    [InlineData("今年重点推进5项改革：深化国资国企改革、推进混合所有制改革；优化营商环境；深化财税体制改革。", "\"5项\" announces 5, but 3 follow (items separated by ；)")]
    [InlineData("全面推进乡村“五大振兴”：一是产业振兴；二是人才振兴；三是文化振兴。", "\"五大\" announces 5, but 3 follow (一是…三是)")]
    [InlineData("要坚持“三个并重”，即引进和培养并重、使用和管理并重。", "\"三个\" announces 3, but 2 follow (items separated by 、)")]
    [InlineData("要落实“四个环节”，即雨情测报、调度运用和应急预案。", "\"四个\" announces 4, but 3 follow (items separated by 、)")]
    [InlineData("下面，我讲以下两点意见。\n\n一、提高站位。\n\n二、突出重点。\n\n三、强化保障。", "\"两点\" announces 2, but 3 follow (paragraphs 一、…三、)")]
    [InlineData("下面，我讲两点意见。\n\n## 一、提高站位\n\n### （一）统一思想\n\n正文。\n\n## 二、突出重点\n\n正文。\n\n## 三、强化保障\n\n正文。", "\"两点\" announces 2, but 3 follow (paragraphs 一、…三、)")]
    public void A_miscount_is_still_found(string body, string message)
    {
        var finding = Assert.Single(ListCount(body));
        Assert.Contains(message, finding.Message);
    }

    [Fact]
    public void The_seeds_sword_eight_with_four_items_is_still_found()
    {
        var finding = Assert.Single(Checker.Run(CorpusLoader.Load(Repo.Content))
            .Where(f => f.Where.File.Contains("speeches", StringComparison.Ordinal)).ToList().Of("list-count"));
        Assert.Equal((43, 92), (finding.Where.Line, finding.Where.Column));
        Assert.Contains("\"八条\" announces 8, but 4 follow (一是…四是)", finding.Message);
    }
}
