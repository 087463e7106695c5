namespace Wengao.Tests.Check;

/// <summary>
/// A 成文日期 is judged by the standard in force on the document's date: GB/T 9704-1999 wrote it in Chinese numerals,
/// GB/T 9704-2012 §7.3.5 (from 2012-07-01) in Arabic. Years in running text are written one way whatever the date.
/// </summary>
public sealed class DateStyleTests
{
    private const string Signed = "2003年全县粮食总产量达到12万吨。\n\n某县人民政府\n\n二〇〇四年一月十六日";

    [Theory]
    [InlineData("", "2004-01-16")]                                              // the document's date
    [InlineData("signature: 某县人民政府\nsigned: 2004-01-16\n", "2023-01-01")]  // its 成文日期 before its date
    [InlineData("", "2012-06-30")]                                              // the last day of GB/T 9704-1999
    public void A_signing_date_in_chinese_numerals_before_2012_is_not_reported(string front, string date) =>
        Assert.Empty(CheckKit.Run(Signed, front, date: date).Of("date-style"));

    [Theory]
    [InlineData("", "2012-07-01")]
    [InlineData("signature: 某县人民政府\nsigned: 2013-01-16\n", "2004-01-16")]
    public void From_2012_07_01_it_is_reported_against_the_2012_standard(string front, string date)
    {
        var finding = Assert.Single(CheckKit.Run(Signed, front, date: date).Of("date-style"));
        Assert.Contains("成文日期 \"二〇〇四年\"", finding.Message);
        Assert.Contains("GB/T 9704-2012 §7.3.5", finding.Hint);
    }

    [Theory]
    [InlineData("date: 2004-01-16\n", 0)]
    [InlineData("date: 2013-01-16\n", 1)]
    [InlineData("", 0)]                       // no date of its own: the line's, 2004
    [InlineData("date: 明年\n", 0)]          // an unfinished date is none
    public void A_markdown_draft_is_judged_by_its_front_matter_date(string front, int expected)
    {
        using var dir = new Wengao.Tests.Support.TempDir();
        var file = dir["草稿.md"];
        File.WriteAllText(file, $"---\ntitle: 报告\n{front}---\n\n{Signed}\n");
        Assert.Equal(expected, global::Wengao.Check.DraftCheck.Run(file).Of("date-style").Count);
    }

    [Fact]
    public void A_chinese_year_in_running_text_is_reported_in_a_document_of_any_date()
    {
        var finding = Assert.Single(CheckKit.Run("2003年开工，二〇〇四年竣工。", date: "2004-01-16").Of("date-style"));
        Assert.Contains("\"二〇〇四年\" is written in Chinese numerals", finding.Message);
    }

    [Fact]
    public void The_day_written_with_hao_is_still_reported_beside_a_signing_date()
    {
        var finding = Assert.Single(CheckKit.Run("1月5号开会。\n\n某县人民政府\n\n二〇〇四年一月十六日", date: "2004-01-16").Of("date-style"));
        Assert.Contains("\"1月5号\" ends in 号", finding.Message);
    }

    [Fact]
    public void Before_2012_a_signing_date_in_arabic_numerals_is_reported()
    {
        var text = "2010年全县安全生产形势保持稳定。\n\n某县人民政府办公室\n\n2011年1月20日";
        var finding = Assert.Single(CheckKit.Run(text, date: "2011-01-20").Of("date-style"));
        Assert.Contains("成文日期 \"2011年\" is in Arabic numerals", finding.Message);
        Assert.Contains("二〇一一年一月二十日", finding.Hint);
        Assert.Empty(CheckKit.Run(text, date: "2012-07-01").Of("date-style"));
    }

    [Theory]
    [InlineData("《某县2007年实施方案》已经二〇〇七年三月十二日县人民政府常务会议研究通过。")]  // a full date
    [InlineData("按照《某市关于做好二〇一一年冬春农田水利建设工作的通知》要求，2011年开局良好。")] // a title it cites
    public void Before_2012_a_full_date_or_a_cited_title_in_chinese_numerals_is_the_style_of_the_time(string text)
    {
        Assert.Empty(CheckKit.Run(text, date: "2011-12-26").Of("date-style"));
        Assert.NotEmpty(CheckKit.Run(text, date: "2013-01-16").Of("date-style"));
    }
}
