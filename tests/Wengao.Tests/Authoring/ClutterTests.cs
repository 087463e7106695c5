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
    [InlineData("【字体：大 中 小】")]
    [InlineData("【字体：大 中 小】　浏览次数：3562")]
    [InlineData("信息来源：某市人民政府办公室　发布时间：2024-05-20 10:12")]
    [InlineData("索 引 号：000014349/2024-00031\t主题分类：城乡建设、环境保护")]
    [InlineData("发文机关：国务院\t成文日期：2024年03月05日")]
    [InlineData("标　　题：国务院关于印发《推动城乡老旧设施更新改造行动方案》的通知")]
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
            "（三）规范公文标题和字体字号",
            "2.统一字体：",
            "主题分类和索引号由档案部门统一编制。",
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

    [Fact]
    public void A_government_sites_footer_after_the_text_is_dropped_but_a_closing_note_in_brackets_is_kept()
    {
        var layout = Layout("过去一年，全县经济运行稳中向好。", "某县人民政府办公室", "2024年5月16日", "（联系地址：某县某路1号，邮编：310000）",
            "主办单位：某县人民政府办公室　承办单位：某县大数据中心", "版权所有：某县人民政府　网站标识码：3301000001",
            "ICP备案号：某ICP备05012345号-1　某公网安备 33010202000123号", "地址：某县某区市民中心1号楼　邮编：310000　联系电话：0571-12345678");

        Assert.Equal(["过去一年，全县经济运行稳中向好。", "某县人民政府办公室", "2024年5月16日", "（联系地址：某县某路1号，邮编：310000）"], layout.Paragraphs);
        Assert.Equal([7, 8, 9, 10], layout.Dropped.Select(d => d.Number));
        Assert.All(layout.Dropped, d => Assert.Equal("site footer after the text", d.Reason));
    }

    [Theory]
    [InlineData("附件下载：")]
    [InlineData("相关解读：")]
    [InlineData("政策解读")]
    public void A_policy_pages_list_of_files_or_readings_ends_the_text(string head)
    {
        var layout = Layout("过去一年，全县经济运行稳中向好。", head, "1.某县重点任务分工表.docx", "【图解】一图读懂某县实施意见");

        Assert.Equal(["过去一年，全县经济运行稳中向好。"], layout.Paragraphs);
        Assert.Equal(Enumerable.Repeat("the site's list of links after the text", 3), layout.Dropped.Select(d => d.Reason));
    }

    [Fact]
    public void A_title_the_page_shows_on_one_line_and_the_document_broken_over_two_is_the_documents()
    {
        var layout = DraftLayout.Recognise(["某县人民政府门户网站", "某县人民政府关于做好2024年防汛工作的通知", "来源：某县人民政府办公室",
            "某县人民政府关于做好", "2024年防汛工作的通知", "各乡镇人民政府：", "为切实做好今年防汛工作，现将有关事项通知如下。"], salutations: true);

        Assert.Equal("某县人民政府关于做好\n2024年防汛工作的通知", layout.Title);
        Assert.Equal([(1, "site header above the title"), (2, "the title repeated by the page"), (3, "site header above the title")],
            layout.Dropped.Select(d => (d.Number, d.Reason)));
    }

    [Fact]
    public void A_title_broken_over_two_lines_above_its_copy_on_one_line_is_the_title_repeated()
    {
        var layout = DraftLayout.Recognise(["某县人民政府关于做好", "2024年防汛工作的通知", "某县人民政府关于做好2024年防汛工作的通知",
            "各乡镇人民政府：", "为切实做好今年防汛工作，现将有关事项通知如下。"], salutations: true);

        Assert.Equal("某县人民政府关于做好2024年防汛工作的通知", layout.Title);
        Assert.Equal([(1, "the title repeated by the page"), (2, "the title repeated by the page")], layout.Dropped.Select(d => (d.Number, d.Reason)));
    }

    [Theory]
    [InlineData("各省、自治区、直辖市人民政府，国务院各部委、", "各直属机构：")]
    [InlineData("各省、自治区、直辖市人民政府，", "国务院各部委、", "各直属机构：")]
    public void A_main_addressee_wrapped_over_lines_is_one_salutation(params string[] lines)
    {
        var layout = DraftLayout.Recognise(["国务院关于印发某行动方案的通知", "国发〔2024〕12号", .. lines, "现将《某行动方案》印发给你们，请认真贯彻执行。"], salutations: true);

        Assert.Equal("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", layout.Salutation);
        Assert.Equal((3, 2 + lines.Length), (layout.SalutationLine!.Number, layout.SalutationLine.Through));
        Assert.Empty(layout.Dropped);
        Assert.Equal(["现将《某行动方案》印发给你们，请认真贯彻执行。"], layout.Paragraphs);
    }
}
