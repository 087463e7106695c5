using System.Xml.Linq;
using Wengao.Model;
using Wengao.Tests.Support;
using Wengao.Text;
using Wengao.Tests.Safety;

namespace Wengao.Tests.Lists;

/// <summary>Names in pinyin or stroke order (姓氏笔画) from the table the build carries, numbers by value.</summary>
public sealed class NameOrderTests
{
    private static List<string> Sorted(NameOrder order, params string[] names) => [.. names.Order(order)];

    [Fact]
    public void Pinyin_orders_by_reading_then_tone_with_u_umlaut_after_u()
    {
        // an 安, bai 白, chen 陈, li 李, lü 吕, luo 罗, wang 王, zhang 张; 芦 lú before 鲁 lǔ (tone), 吕 lǚ after both.
        Assert.Equal(["安", "白", "陈", "李", "芦", "鲁", "吕", "罗", "王", "张"], Sorted(NameOrder.Pinyin, "张", "吕", "罗", "王", "鲁", "芦", "李", "陈", "白", "安"));
    }

    [Fact]
    public void Strokes_order_by_the_count_then_by_pinyin()
    {
        // 丁 2, 王 4, 白 5, 安 6, 李 7, 张 7 (li before zhang), 陈 7, 赵 9.
        Assert.Equal(["丁", "王", "白", "安", "陈", "李", "张", "赵"], Sorted(NameOrder.Strokes, "赵", "张", "李", "陈", "安", "白", "王", "丁"));
    }

    [Fact]
    public void A_persons_surname_is_read_as_a_surname()
    {
        // 曾 is céng (曾经) as a word, zēng as a surname; 单 dān and shàn: 陈 chen, 单 shan, 曾 zeng, 张 zhang.
        Assert.Equal(["曾一", "陈二", "单五", "张三"], Sorted(NameOrder.Pinyin, "张三", "单五", "曾一", "陈二"));
        Assert.Equal(["陈二", "单五", "曾一", "张三"], Sorted(NameOrder.PinyinPeople, "张三", "单五", "曾一", "陈二"));
        Assert.Equal(["一曾", "一陈"], Sorted(NameOrder.PinyinPeople, "一陈", "一曾")); // only the first character is a surname: céng < chén
    }

    [Fact]
    public void Numbers_inside_a_name_are_ordered_by_their_value()
    {
        string[] names = ["县委书记10", "县委书记2", "县委书记1", "县委书记12", "县委书记02"];
        Assert.Equal(["县委书记1", "县委书记02", "县委书记2", "县委书记10", "县委书记12"], Sorted(NameOrder.Pinyin, names));
        Assert.Equal(["2号会议", "10号会议", "AI", "ai", "大会"], Sorted(NameOrder.Pinyin, "大会", "ai", "10号会议", "AI", "2号会议"));
    }

    [Fact]
    public void The_order_is_total_and_a_character_outside_the_table_comes_last()
    {
        // 𠮷 (U+20BB7) is outside the unified block the table holds.
        Assert.Equal(["张", "𠮷"], Sorted(NameOrder.Pinyin, "𠮷", "张"));
        Assert.Equal(0, NameOrder.Pinyin.Compare("张三", "张三"));
        Assert.NotEqual(0, NameOrder.Pinyin.Compare("县委书记2", "县委书记02"));
    }

    [Theory]
    [InlineData("  page_size: 0\n", "page_size")]
    [InlineData("  name_order: alphabet\n", "name_order")]
    [InlineData("  page: 20\n", "page")]
    public void A_wrong_lists_setting_is_a_located_error(string line, string key)
    {
        using var site = new SafetySite($"title: 安全测试\nlists:\n{line}");
        site.Speech("plain", "正文。");
        var error = Assert.Single(site.Failure());
        Assert.Equal((site["content/site.yml"], 3), (error.Where.File, error.Where.Line));
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void Stroke_order_is_a_site_yml_choice()
    {
        using var site = new ListSite(nameOrder: "strokes");
        string[] strokes = ["丁一", "王五", "安平", "李四", "县委书记1", "县委书记2", "县委书记10", "张三"];
        var names = new[] { "topics/speakers.html", "topics/speakers/2.html", "topics/speakers/3.html" }
            .SelectMany(p => site.Page(p).Descendants("section").Descendants("a").Select(a => a.Text()));
        Assert.Equal(strokes, names);
        Assert.Equal(NameOrdering.Strokes, Wengao.Load.SiteLoader.Load(site.Content).Listing.NameOrder);
    }
}
