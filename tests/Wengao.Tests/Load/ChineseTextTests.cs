using Wengao.Text;

namespace Wengao.Tests.Load;

public sealed class ChineseTextTests
{
    [Theory]
    [InlineData("帮扶资金", 4)]
    [InlineData("已到位5388万元。", 7)]
    [InlineData("送 25 名 cadres", 4)]
    [InlineData("1.3亿元", 3)]
    [InlineData("", 0)]
    public void Characters_are_counted_as_chinese_offices_count_them(string text, int count) =>
        Assert.Equal(count, ChineseText.CountCharacters(text));

    [Theory]
    [InlineData(1, 180, 1)]
    [InlineData(180, 180, 1)]
    [InlineData(181, 180, 2)]
    [InlineData(3600, 240, 15)]
    public void Speaking_time_rounds_up(int characters, double rate, int minutes) =>
        Assert.Equal(minutes, ChineseText.SpeakingMinutes(characters, rate));

    [Fact]
    public void Dates_have_no_leading_zeros() =>
        Assert.Equal("2022年7月1日", ChineseText.Date(new DateOnly(2022, 7, 1)));

    [Theory]
    [InlineData("2024年3月12日", "2024-03-12")]
    [InlineData("2024 年 3 月 12 日", "2024-03-12")]
    [InlineData("二〇二四年三月十二日", "2024-03-12")]           // GB/T 9704-1999's 成文日期
    [InlineData("二○一一年十二月三十一日", "2011-12-31")]        // 〇 typed as ○
    [InlineData("2024年2月30日", null)]                          // no day of the calendar
    [InlineData("2024年3月", null)]
    [InlineData("于2024年3月12日", null)]                         // a date inside a sentence is no date line
    public void Dates_are_read_in_either_numerals(string text, string? date) =>
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateText.Read(text));
}
