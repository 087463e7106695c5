namespace Wengao.Tests.Check;

/// <summary>
/// broken-paragraph reads running text only: what real texts hold between their paragraphs (tables typed as text,
/// headings, captions, the signature block) is never a broken sentence, and a sentence broken off is found whether the
/// paragraph opens with a run-in heading or the continuation is one short clause.
/// </summary>
public sealed class BrokenParagraphTests
{
    private static List<string> Found(string body) =>
        [.. CheckKit.Run(body).Of("broken-paragraph").Select(f => $"{f.Where.Line}:{f.Where.Column}")];

    [Theory]
    // a table typed as text: cells split by runs of ideographic spaces, by TABs, or by pipes with no delimiter row
    [InlineData("1　　改造老旧小区，惠及居民3000户　　已完成\n\n2　　新建学校，新增学位1200个　　在建")]
    [InlineData("1\t改造老旧小区，惠及居民3000户\t已完成\n\n2\t新建学校，新增学位1200个\t在建")]
    [InlineData("| 改造老旧小区，惠及居民3000户 | 已完成 |\n\n全县共改造老旧小区，惠及居民3000户。")]
    // headings: a line of a marker, a paragraph that is all run-in heading (at any level), a Markdown heading
    [InlineData("一、坚持问题导向，推动工作落实\n\n全县上下坚持问题导向，推动工作落实。")]
    [InlineData("**（一）坚持问题导向，推动工作落实**\n\n全县上下坚持问题导向，推动工作落实。")]
    [InlineData("**坚持问题导向，推动工作落实**\n\n全县上下坚持问题导向，推动工作落实。")]
    [InlineData("## 坚持问题导向，推动工作落实\n\n全县上下坚持问题导向，推动工作落实。")]
    // a photo caption left in the text, before or after a paragraph
    [InlineData("图为县委书记张三（左二）在某镇调研春耕生产，了解农业生产情况　李四 摄\n\n全县共组织干部下沉一线，帮助群众春耕。")]
    [InlineData("全县共组织干部下沉一线，帮助群众春耕\n\n（记者 李四/摄）")]
    // the items of a list, as import writes 1.… lines: a 通报's commended units, each apart
    [InlineData("1. 某县人民医院、某县中医院\n2. 某县疾病预防控制中心、某县妇幼保健院\n3. 某镇卫生院")]
    [InlineData("- 改造老旧小区，惠及居民3000户\n\n- 新建学校，新增学位1200个")]
    // a 纪要's or a notice's field lines: a label, a colon, names or a number, no sentence
    [InlineData("出席：张三、李四、王五\n\n列席：赵六、钱七\n\n主持：张三")]
    [InlineData("联系人：张三，联系电话：0000-1234567\n\n附件：某县培训工作安排表，某县培训名单")]
    // the signature block: joint issuers on lines split by 、, then the 成文日期
    [InlineData("特此通知。\n\n中共某县委组织部、某县人力资源和社会保障局\n\n某县财政局、某县审计局\n\n2023年5月6日")]
    [InlineData("特此通知。\n\n中共某县委办公室、某县人民政府办公室\n\n二〇〇四年一月十六日")]
    public void What_is_not_running_text_is_never_a_broken_paragraph(string body) => Assert.Empty(Found(body));

    [Fact]
    public void A_paragraph_that_opens_with_a_run_in_heading_is_found_broken()
    {
        // Body from line 8: the broken paragraph ends after 组织 (column 16 counts the ** marks).
        Assert.Equal(["8:16"], Found("**一是抓培训。**全县共组织\n\n120名干部参加培训，考核合格率达98%。"));
    }

    [Fact]
    public void A_continuation_of_one_short_clause_is_found()
    {
        Assert.Equal(["8:24"], Found("今年以来，我县高度重视干部培训工作，全县共组织\n\n120名干部参加培训。"));
        // and both at once: a run-in heading, then one short clause
        Assert.Equal(["8:16"], Found("**一是抓培训。**全县共组织\n\n120名干部参加培训。"));
    }

    [Theory]
    [InlineData("**一是抓培训。**全县共组织120名干部参加培训。\n\n**二是抓考核。**考核合格率达98%。")]  // whole paragraphs
    [InlineData("**一是抓培训**\n\n120名干部参加培训。")]                                          // a run-in heading alone is a heading line
    [InlineData("主要做法\n\n120名干部参加培训。")]                                                  // a line with no clause is a heading line
    [InlineData("今年以来，我县高度重视干部培训工作\n\n二是抓考核。")]                             // the next one is an item of its own
    public void Whole_sentences_and_headings_before_a_short_clause_are_not(string body) => Assert.Empty(Found(body));
}
