using Wengao.Authoring;

namespace Wengao.Tests.Authoring;

/// <summary>
/// The lines a document site puts between a text's paragraphs are dropped, each with its reason; the document's own
/// lines that use the same words (编辑, 打印, 来源, 字号, 二维码) in a sentence or a heading are kept whole.
/// </summary>
public sealed class ClutterTests
{
    private static DraftLayout Layout(params string[] body) =>
        DraftLayout.Recognise(["某县人民政府工作报告", "各位代表：", .. body], salutations: true);

    [Theory]
    [InlineData("打印")]
    [InlineData("【 打印 】")]
    [InlineData("【 关闭窗口 】")]
    [InlineData("【字号：大 中 小】【打印】【关闭】")]
    [InlineData("【字号：")]
    [InlineData("大 中 小】")]
    [InlineData("打印本页 | 关闭窗口 | 收藏")]
    [InlineData("分享到：")]
    [InlineData("【我要纠错】")]
    [InlineData("扫一扫在手机打开当前页")]
    [InlineData("编辑：李某")]
    [InlineData("责任编辑：王某")]
    [InlineData("来源：某县人民政府办公室 阅读量：3562")]
    [InlineData("当前位置：首页 > 政务公开 > 政府工作报告")]
    [InlineData("首页 > 政务公开 > 政策文件")]
    [InlineData("（新华社北京3月6日电）")]
    [InlineData("本报讯（记者 王五）")]
    [InlineData("本报北京3月5日电（记者 王五）")]
    [InlineData("《 人民日报 》（ 2024年03月06日 02 版）")]
    [InlineData("图为某村新建的污水处理站。")]
    [InlineData("（摄影 张某）")]
    [InlineData("（摄影：张某）")]
    public void A_line_of_the_site_between_paragraphs_is_dropped_and_listed(string clutter)
    {
        var layout = Layout("过去一年，全县经济运行稳中向好。", clutter, "今年，我们将继续推进各项工作。");

        Assert.Equal(["过去一年，全县经济运行稳中向好。", "今年，我们将继续推进各项工作。"], layout.Paragraphs);
        var dropped = Assert.Single(layout.Dropped);
        Assert.Equal((4, clutter), (dropped.Number, dropped.Text));
    }

    [Fact]
    public void The_documents_own_lines_that_use_the_sites_words_are_kept_whole()
    {
        string[] own =
        [
            "市地方志办公室完成《某县志》的编辑出版工作，档案资料来源更加丰富。",
            "推进3D打印、工业机器人等应用场景开放。",
            "（二）拓宽资金来源：",
            "（3）拓宽资金来源",
            "4.做好地方志编辑出版工作",
            "3.擦亮老字号品牌",
            "（4）推广二维码支付",
            "编辑出版《某县年鉴（2023）》，记录全县发展历程。",
            "来源多元、渠道畅通的投入机制初步形成。",
            "打印机、复印机等办公设备按规定集中采购。",
        ];
        var layout = Layout(["过去一年，全县经济运行稳中向好。", .. own]);

        Assert.Empty(layout.Dropped);
        Assert.Equal(["过去一年，全县经济运行稳中向好。", .. own], layout.Paragraphs);
    }

    [Fact]
    public void Above_the_title_a_bar_broken_over_lines_is_never_the_title_nor_the_salutation()
    {
        var layout = DraftLayout.Recognise(["打印", "当前位置：", "【字号：", "大 中 小】", "分享到：", "某县人民政府工作报告", "各位代表：", "过去一年，全县经济运行稳中向好。"], salutations: true);

        Assert.Equal("某县人民政府工作报告", layout.Title);
        Assert.Equal("各位代表：", layout.Salutation);
        Assert.Equal([1, 2, 3, 4, 5], layout.Dropped.Select(d => d.Number));
    }
}
