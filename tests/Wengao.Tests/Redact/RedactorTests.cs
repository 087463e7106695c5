using System.Collections.Immutable;
using Wengao.Model;
using Wengao.Redact;

namespace Wengao.Tests.Redact;

public sealed class RedactorTests
{
    private static readonly Edition Public = new("public", "xxx");

    private static Redactor For(string[] keep, params (string Name, string[] Aliases)[] people) =>
        new(new Registry([.. people.Select(p => new RegistryEntry(p.Name, EntryKind.Person, [.. p.Aliases], null, ["internal"], new SourceSpan("r", 1, 1)))],
            ["同志", "部长", "书记"], [.. keep], []), Public);

    [Theory]
    [InlineData("杜海燕同志帮我们协调", "xxx同志帮我们协调")]
    [InlineData("如,海燕同志在招引", "如,xxx同志在招引")]
    [InlineData("挂职的海燕、廖雪扬", "挂职的xxx、廖雪扬")]
    [InlineData("海燕馆今天开放", "海燕馆今天开放")]   // a word that merely contains the short alias
    [InlineData("看海燕飞过", "看海燕飞过")]
    [InlineData("杜\u200B海 燕来了", "xxx来了")]      // zero-width and spaces inside the name
    [InlineData("ＤＵＨＡＩＹＡＮ到了", "xxx到了")]     // full-width Latin spelling
    public void Short_aliases_are_guarded_and_names_found_through_disguise(string text, string masked) =>
        Assert.Equal(masked, For([], ("杜海燕", ["海燕", "duhaiyan"])).Mask(text));

    [Theory]
    [InlineData("张**苇**同志发言", "xxx同志发言")]   // emphasis opened inside the name goes with it
    [InlineData("张*苇*同志发言", "xxx同志发言")]
    [InlineData("*张*苇同志发言", "xxx同志发言")]      // emphasis closed inside the name goes with it too
    [InlineData("_张_苇、**张**苇", "xxx、xxx")]
    [InlineData("**张苇**同志发言", "**xxx**同志发言")] // emphasis around the name is the page's
    [InlineData("张苇**同志**发言", "xxx**同志**发言")]
    [InlineData("[a_b](https://example.org/a_b)张*苇*同志", "[a_b](https://example.org/a_b)xxx同志")] // _ of a URL is no emphasis
    public void Emphasis_inside_a_name_is_masked_with_it(string text, string masked) =>
        Assert.Equal(masked, For([], ("张苇", [])).Mask(text));

    [Fact]
    public void The_longest_alias_wins_and_kept_words_stay()
    {
        var redactor = new Redactor(new Registry(
            [new RegistryEntry("白云", EntryKind.Place, ["白云镇"], null, [], new SourceSpan("r", 1, 1))], [], ["白云山"], []), Public);
        Assert.Equal("到xxx开会，登白云山，回xxx。", redactor.Mask("到白云镇开会，登白云山，回白云。"));
    }

    [Fact]
    public void An_edition_that_may_show_a_name_leaves_it()
    {
        var registry = new Registry([new RegistryEntry("李建勤", EntryKind.Person, [], null, ["internal"], new SourceSpan("r", 1, 1))], [], [], []);
        Assert.Equal("李建勤", new Redactor(registry, new Edition("internal", "xxx")).Mask("李建勤"));
        Assert.Equal("某某", new Redactor(registry, new Edition("public", "某某")).Mask("李建勤"));
    }

    [Fact]
    public void Find_reads_a_link_s_destination_on_its_own()
    {
        const string text = "张[苇](https://example.org/?q=%E6%9D%8E%E5%BB%BA%E5%8B%A4)同志";
        var found = For([], ("张苇", []), ("李建勤", [])).Find(text);
        Assert.Equal(["张[苇", "%E6%9D%8E%E5%BB%BA%E5%8B%A4"], found.Select(m => text[m.Start..m.End]));
        Assert.Equal(["张苇", "李建勤"], found.Select(m => m.Entry.Name));
    }

    private static Redactor WithPinyin(string name, string pinyin, string? surname) =>
        new(new Registry([new RegistryEntry(name, EntryKind.Person, [], null, ["internal"], new SourceSpan("r", 1, 1), pinyin, surname)],
            ["同志", "书记", "副县长"], [], []), Public);

    [Theory]
    [InlineData("Zhang Wei、ZHANG Wei、Zhāng Wěi、Zha\u0304ng We\u030Ci、Zhang-Wei、zhangwei", "xxx、xxx、xxx、xxx、xxx、xxx")]
    [InlineData("Wei Zhang、WEI ZHANG、Wěi Zhāng、Wei-Zhang, by Wei Zhang.", "xxx、xxx、xxx、xxx, by xxx.")]
    [InlineData("zhangwei-jianghua", "xxx-jianghua")]
    [InlineData("Zhang Ying、Wei Li", "Zhang Ying、Wei Li")] // the family name or given name alone is not the name
    public void A_pinyin_the_registry_gives_is_read_in_either_order(string text, string masked) =>
        Assert.Equal(masked, WithPinyin("张伟", "Zhang Wei", null).Mask(text));

    [Theory]
    [InlineData("Zhang1 Wei3、zhang1wei3、ZHANG1 WEI3、Wei3 Zhang1、Zhang Wei3、Zhang1 Wei", "xxx、xxx、xxx、xxx、xxx、xxx")]
    [InlineData("Zhang1 Wei3说", "xxx说")]
    [InlineData("Zhang Wei 2023、Zhang Wei2023、Zhang Wei12", "xxx 2023、xxx2023、xxx12")] // a figure after the name is no tone
    [InlineData("Zhang6 Wei、Zhang Wei-3", "Zhang6 Wei、xxx-3")] // 1–5 only, and only on a syllable
    public void A_pinyin_is_read_with_its_tone_numbers(string text, string masked) =>
        Assert.Equal(masked, WithPinyin("张伟", "Zhang Wei", null).Mask(text));

    [Theory]
    [InlineData("ZHANG, Wei、Zhang，Wei、Wei, Zhang、Zhang1, Wei3", "xxx、xxx、xxx、xxx")] // a Western list of authors
    [InlineData("Zhan, gWei、Zhang,, Wei", "Zhan, gWei、Zhang,, Wei")] // only where the words meet, one comma
    public void A_pinyin_is_read_with_a_comma_where_its_words_meet(string text, string masked) =>
        Assert.Equal(masked, WithPinyin("张伟", "Zhang Wei", null).Mask(text));

    [Fact]
    public void A_compound_family_name_s_pinyin_stays_whole_in_the_western_order() =>
        Assert.Equal("xxx、xxx、Yang Ouxiu", WithPinyin("欧阳修", "Ouyang Xiu", null).Mask("Ouyang Xiu、Xiu Ouyang、Yang Ouxiu"));

    [Fact]
    public void A_pinyin_with_u_umlaut_is_read_as_typed_and_as_passports_write_it() =>
        Assert.Equal("xxx、xxx、xxx、xxx、xxx、xxx", WithPinyin("吕布", "Lǚ Bu", null).Mask("Lü Bu、Lv Bu、LYU Bu、Lu Bu、Bu Lyu、Bu Lv"));

    [Theory]
    [InlineData("张书记、张 副县长、张　同志、张&nbsp;书记", "xxx书记、xxx 副县长、xxx　同志、xxx&nbsp;书记")]
    [InlineData("张伟书记", "xxx书记")]
    [InlineData("一张书桌、张贴、开张、张三", "一张书桌、张贴、开张、张三")] // the surname alone, or before no title, stays
    public void A_surname_the_registry_asks_for_is_masked_before_a_title(string text, string masked) =>
        Assert.Equal(masked, WithPinyin("张伟", "Zhang Wei", "张").Mask(text));

    [Fact]
    public void Without_a_surname_in_the_registry_a_surname_and_title_stay() =>
        Assert.Equal("张书记", WithPinyin("张伟", "Zhang Wei", null).Mask("张书记"));

    [Fact]
    public void Slugs_stay_slugs()
    {
        var redactor = For([], ("王大明", ["wangdaming"]));
        Assert.Equal("xxx-jianghua", redactor.MaskSlug("wangdaming-jianghua"));
    }
}
