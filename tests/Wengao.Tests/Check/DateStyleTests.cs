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
}
