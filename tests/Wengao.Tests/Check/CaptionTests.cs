namespace Wengao.Tests.Check;

/// <summary>A photo's caption or credit, or a news report's dateline, left inside a text is reported as what it is.</summary>
public sealed class CaptionTests
{
    private const string Text = "全县共组织120名干部参加培训，考核合格率达98%。";

    [Theory]
    [InlineData("新华社记者 张三 摄", "a photo caption or credit")]
    [InlineData("（记者 李四/摄）", "a photo caption or credit")]
    [InlineData("图为全县干部培训现场。 张三 摄", "a photo caption or credit")]
    [InlineData("新华社北京3月5日电", "the news agency's dateline")]
    [InlineData("（新华社北京3月5日电）", "the news agency's dateline")]
    [InlineData("本报讯（记者 王五）", "the news agency's dateline")]
    [InlineData("本报北京3月5日电（记者 王五）", "the news agency's dateline")]
    public void A_caption_or_dateline_on_a_line_of_its_own_is_reported_with_what_it_is(string line, string what)
    {
        var finding = Assert.Single(CheckKit.Run($"{Text}\n\n{line}\n\n{Text}").Of("caption"));
        Assert.Equal((10, 1), (finding.Where.Line, finding.Where.Column));
        Assert.Equal($"{what} left in the text: \"{line}\"", finding.Message);
        Assert.StartsWith("delete it", finding.Hint);
        Assert.Contains("caption outside the text", finding.Hint);
    }

    [Theory]
    [InlineData("新华社北京3月5日电 国务院总理李强5日在北京会见外宾，双方进行了友好交谈。", "新华社北京3月5日电")]
    [InlineData("本报讯（记者 王五）近日，全县召开干部培训工作会议，部署全年培训任务。", "本报讯（记者 王五）")]
    public void A_dateline_that_opens_a_paragraph_is_reported(string paragraph, string dateline)
    {
        var finding = Assert.Single(CheckKit.Run(paragraph).Of("caption"));
        Assert.Equal((8, 1), (finding.Where.Line, finding.Where.Column));
        Assert.Equal($"the news agency's dateline \"{dateline}\" opens the paragraph", finding.Message);
    }

    [Theory]
    [InlineData("本报记者从县电力公司获悉，全县新建充电桩120个。")]
    [InlineData("据新华社3月5日报道，全国春耕生产有序推进。")]
    [InlineData("全县共拍摄宣传片3部，在网站播出后反响良好。")]
    [InlineData("图书馆新增藏书2万册，开放时间延长至晚上9点。")]
    [InlineData("农民专业合作社3月5日电商直播销售农产品50万元。")]
    public void Prose_that_names_a_paper_or_a_photo_is_not(string paragraph) =>
        Assert.Empty(CheckKit.Run($"{Text}\n\n{paragraph}").Of("caption"));
}
