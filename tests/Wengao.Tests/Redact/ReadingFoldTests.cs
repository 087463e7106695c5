using Wengao.Model;
using Wengao.Redact;

namespace Wengao.Tests.Redact;

/// <summary>The spellings of issue 14, one by one: each masked whole, invisible characters inside it too.</summary>
public sealed class ReadingFoldTests
{
    private static readonly Edition Public = new("public", "xxx");

    private static readonly Redactor Redactor = new(new Registry(
        [
            Person("王秀英", "wangxiuying"), Person("李建勤"), Person("廖雪扬"), Person("张苇"), Person("杜海燕", "海燕"), Person("何"), Person("冀"),
            Person("阿依古丽·买买提"), Person("王芳芳"),
            new RegistryEntry("金剑工业园区", EntryKind.Place, ["金剑"], null, ["internal"], new SourceSpan("r", 1, 1)),
        ], ["同志"], [], []), Public);

    private static RegistryEntry Person(string name, params string[] aliases) =>
        new(name, EntryKind.Person, [.. aliases], null, ["internal"], new SourceSpan("r", 1, 1));

    [Theory]
    [InlineData("王\uFE00秀英同志", "xxx同志")]          // variation selector
    [InlineData("王\u034F秀英", "xxx")]                 // combining grapheme joiner
    [InlineData("王\u0301秀英", "xxx")]                 // combining acute accent
    [InlineData("王\U000E0100秀英", "xxx")]             // variation selector 17
    [InlineData("王\u3164秀英", "xxx")]                 // Hangul filler
    [InlineData("王\u2800秀英", "xxx")]                 // braille blank
    [InlineData("王秀英\uFE00\u200B同志", "xxx同志")]    // what follows the name unseen goes with it
    [InlineData("\u2FA6剑，", "xxx，")]                 // Kangxi radical gold
    [InlineData("⺠\u2ED0剑", "⺠\u2ED0剑")]            // a radical that reads as another character (钅) is not 金
    [InlineData("\uF9E1建勤", "xxx")]                   // compatibility ideograph 李
    [InlineData("廖雪揚、張葦", "xxx、xxx")]            // traditional forms
    [InlineData("金剣工業園区、金剣。", "xxx、xxx。")]      // Japanese forms (剣 for 剑, 業 and 園 traditional)
    [InlineData("金剑エ业园区、金剑ｴ业园区", "xxx、xxx")]   // katakana エ drawn as 工, full and half width
    [InlineData("王芳々同志、王芳 々、人々", "xxx同志、王芳 々、人々")] // the iteration mark repeats the character before it
    [InlineData("w\u0430ngxiuying", "xxx")]             // Cyrillic а
    [InlineData("wangx\u0131uy\u0131\u0578g", "xxx")]    // dotless ı, Armenian ո
    [InlineData("ＷＡＮＧ　ＸＩＵＹＩＮＧ", "xxx")]       // full width, ideographic space
    [InlineData("Wáng Xiùyīng", "xxx")]                 // pinyin tone marks
    [InlineData("王秀\\\n英同志", "xxx同志")]            // Markdown hard line break
    [InlineData("王秀\\\r\n英", "xxx")]
    [InlineData("q=%E7%8E%8B%E7%A7%80%E8%8B%B1&n=1", "q=xxx&n=1")] // percent-encoded
    [InlineData("王&#31168;&#x82F1;", "xxx")]           // character references
    [InlineData("张&ZeroWidthSpace;苇、李建&NoBreak;勤、张&hairsp;苇、张&InvisibleComma;苇", "xxx、xxx、xxx、xxx")] // HTML5's named references
    [InlineData("王·秀英、王・秀英", "xxx、xxx")]
    [InlineData("王\u0387秀英、王\u2E31秀英、王\uA78F秀英、Wang\u2212Xiuying、王～秀英", "xxx、xxx、xxx、xxx、xxx")] // dots and dashes alike
    [InlineData("Wang-Xiuying, wang_xiuying", "xxx, xxx")]
    [InlineData("王**秀英**", "xxx")]                  // emphasis inside the name
    [InlineData("王<span>秀</span>英", "xxx")]           // inline HTML inside the name
    [InlineData("<b>王秀英</b>、王秀英<!-- 注 -->同志", "<b>xxx</b>、xxx<!-- 注 -->同志")]
    [InlineData("王\\秀英", "xxx")]                      // a backslash that escapes nothing
    [InlineData("3<5，a<b，王秀", "3<5，a<b，王秀")]
    // A minority name's dot, as every input method and font gives it, or left out, or spaced.
    [InlineData("阿依古丽·买买提、阿依古丽•买买提、阿依古丽・买买提、阿依古丽･买买提、阿依古丽‧买买提", "xxx、xxx、xxx、xxx、xxx")]
    [InlineData("阿依古丽∙买买提、阿依古丽⋅买买提、阿依古丽ᐧ买买提、阿依古丽ㆍ买买提、阿依古丽⸳买买提", "xxx、xxx、xxx、xxx、xxx")]
    [InlineData("阿依古丽․买买提、阿依古丽﹒买买提、阿依古丽●买买提、阿依古丽◦买买提、阿依古丽˙买买提", "xxx、xxx、xxx、xxx、xxx")]
    [InlineData("阿依古丽买买提、阿依古丽 · 买买提、阿依古丽　买买提、阿依古丽&middot;买买提", "xxx、xxx、xxx、xxx")]
    [InlineData("Wang'Xiuying、Wang’Xiuying、Wang＊Xiuying", "xxx、xxx、xxx")] // pinyin's apostrophe, a full-width star
    public void Every_spelling_is_masked_whole(string text, string masked) => Assert.Equal(masked, Redactor.Mask(text));

    [Theory]
    [InlineData("张[苇](https://example.org/a)同志", "[xxx](https://example.org/a)同志")] // a link over part of the name
    [InlineData("[张](https://example.org/a)苇同志", "[xxx](https://example.org/a)同志")]
    [InlineData("张[^1]苇同志", "xxx[^1]同志")]                                         // a note's mark inside the name
    [InlineData("张苇[^张苇]\n\n[^张苇]: 注", "xxx[^xxx]\n\n[^xxx]: 注")]                  // a note's label
    [InlineData("| 张 | 苇 |", "| xxx| |")]                                              // a name over two cells
    [InlineData("张`苇`同志", "xxx同志")]                                                 // a code span
    [InlineData("[检索](https://example.org/?q=%E5%BC%A0%E8%8B%87 \"李建勤\")", "[检索](https://example.org/?q=xxx \"xxx\")")]
    [InlineData("<https://example.org/?q=%E5%BC%A0%E8%8B%87>", "<https://example.org/?q=xxx>")] // an autolink
    [InlineData("<span title=\"张苇\">到</span>", "<span title=\"xxx\">到</span>")]     // raw HTML is shown as text
    [InlineData("[张苇][张苇]\n\n[张苇]: https://example.org", "[xxx][xxx]\n\n[xxx]: https://example.org")]
    [InlineData("![张苇同志](a.png \"张苇\")", "![xxx同志](a.png \"xxx\")")]
    [InlineData("张[苇]同志", "[xxx]同志")]                                               // brackets that make no link
    [InlineData("海燕[^1]说", "xxx[^1]说")]
    [InlineData("> 张\\\n> 苇同志，3 > 2", "> xxx同志，3 > 2")]                         // a quote's paragraph over two lines
    public void Markdown_inside_a_name_stays_around_the_mask(string text, string masked) => Assert.Equal(masked, Redactor.Mask(text));

    [Theory]
    [InlineData("海燕副县长到会", "xxx副县长到会")]      // a title the registry does not list, shipped
    [InlineData("海燕说：", "xxx说：")]
    [InlineData("海燕对大家讲", "xxx对大家讲")]
    [InlineData("海燕 飞过", "xxx 飞过")]               // a space ends a word
    [InlineData("看海燕飞过", "看海燕飞过")]
    [InlineData("看[海燕](https://example.org)飞过", "看[海燕](https://example.org)飞过")] // a link's destination is no part of the word
    [InlineData("[任](a)何人，任何|人", "[任](a)何人，任何|人")]
    [InlineData("海燕馆", "海燕馆")]
    [InlineData("金剑说", "金剑说")]                     // a place's alias is not made a name by a verb
    [InlineData("冀书记、何局长", "xxx书记、xxx局长")]
    [InlineData("任何人、任何。如何？为何！", "任何人、任何。如何？为何！")]
    [InlineData("京津冀。京津冀协同", "京津冀。京津冀协同")]
    [InlineData("何杰勇同志", "何杰勇同志")]
    [InlineData("任何\n人", "任何\n人")]                  // one line break joins the lines of a paragraph
    [InlineData("报告人：何\n\n一、", "报告人：xxx\n\n一、")] // a blank line ends a word
    public void Short_names_are_names_where_a_reader_reads_a_name(string text, string masked) => Assert.Equal(masked, Redactor.Mask(text));

    [Theory]
    [InlineData('沢', '泽')] // shinjitai, read through OpenCC's traditional form
    [InlineData('県', '县')]
    [InlineData('竜', '龙')]
    [InlineData('芸', '芸')] // a shinjitai key Chinese uses itself keeps its reading (not 藝 → 艺)
    [InlineData('欠', '欠')]
    [InlineData('翻', '翻')]
    [InlineData('カ', '力')] // kana drawn as an ideograph
    [InlineData('ｶ', '力')]
    [InlineData('ロ', '口')]
    public void A_japanese_form_or_a_kana_reads_as_the_ideograph_it_is_drawn_as_unless_chinese_uses_it(char form, char reads) =>
        Assert.Equal(reads, ReadingFold.Letter(form));

    [Fact]
    public void The_user_adds_to_the_shipped_guards()
    {
        var registry = new Registry([Person("杜海燕", "海燕")], ["组织员"], ["海燕广场"], ["宣布"]);
        var redactor = new Redactor(registry, Public);
        Assert.Equal("xxx组织员、xxx同志、xxx宣布、xxx说，海燕广场。", redactor.Mask("海燕组织员、海燕同志、海燕宣布、海燕说，海燕广场。"));
    }

    [Fact]
    public void Folding_a_long_text_allocates_no_more_than_its_buffers()
    {
        var text = string.Concat(Enumerable.Repeat("一二三四五六七八九十，任何人都要把工作做实。", 2000));
        Assert.Empty(Redactor.Find(text)); // the table and the pooled buffers warmed
        // The least of three runs: a collection between two may have trimmed the pool.
        var allocated = Enumerable.Range(0, 3).Min(_ =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Redactor.Find(text);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        });
        Assert.True(allocated < 4_096, $"finding names in {text.Length} characters allocated {allocated} bytes");
    }
}
