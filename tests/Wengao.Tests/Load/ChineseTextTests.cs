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
}
