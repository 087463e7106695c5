using Wengao.Model;
using Wengao.Text;

namespace Wengao.Tests.Expand;

/// <summary>The formatters behind the template functions and Figure.Text, called from C#.</summary>
public sealed class NumberFormattingTests
{
    [Theory]
    [InlineData("13000", "万元", "1.3亿元")]
    [InlineData("5388", "万元", "5388万元")]
    [InlineData("130000000", "元", "1.3亿元")]
    [InlineData("9999", "元", "9999元")]
    [InlineData("10000", "元", "1万元")]
    [InlineData("12345", "元", "12345元")]        // 1.2345万元 would need 4 decimals
    [InlineData("12300", "元", "1.23万元")]
    [InlineData("4000", "元", "4000元")]          // never 4千元
    [InlineData("0", "元", "0元")]
    [InlineData("0", "万元", "0元")]
    [InlineData("-13000", "万元", "-1.3亿元")]
    [InlineData("-9999", "元", "-9999元")]
    [InlineData("1000000000000", "元", "1万亿元")]
    [InlineData("15000", "亿元", "1.5万亿元")]
    [InlineData("0.5", "万元", "5000元")]
    [InlineData("12345.678", "元", "12345.678元")]
    [InlineData("20", "个亿", "20亿")]
    [InlineData("23", "万", "23万")]
    [InlineData("230000", "万", "23亿")]
    [InlineData("13000", "人", "1.3万人")]
    [InlineData("10000", "亩", "1万亩")]
    [InlineData("20000", "天", "20000天")]        // time takes no 万
    public void Amounts_move_up_to_wan_and_yi_only_when_exact(string value, string unit, string text) =>
        Assert.Equal(text, ArabicNumbers.Amount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Units.Get(unit)));

    [Fact]
    public void An_amount_too_large_for_decimal_arithmetic_is_an_argument_error() =>
        Assert.Contains("too large", Assert.Throws<ArgumentException>(() => ArabicNumbers.Amount(7e27m, Units.Get("万亿元"))).Message);

    [Theory]
    [InlineData("0.41446", 0, "41%")]
    [InlineData("0.41446", 1, "41.4%")]
    [InlineData("0.125", 0, "13%")]     // half away from zero
    [InlineData("-0.125", 0, "-13%")]
    [InlineData("0.285", 0, "29%")]     // 28.5 exactly in decimal, where a double holds 28.4999…
    [InlineData("0.41", 1, "41.0%")]    // the decimals asked for are shown
    [InlineData("0", 0, "0%")]
    [InlineData("1", 0, "100%")]
    [InlineData("123456.789", 0, "12345679%")]
    public void Percentages_round_half_away_from_zero(string ratio, int decimals, string text) =>
        Assert.Equal(text, ArabicNumbers.Percent(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void Doubles_lose_their_binary_noise() =>
        Assert.Equal("0.3", ArabicNumbers.Format(ArabicNumbers.ToDecimal(0.1 + 0.2)));

    [Theory]
    [InlineData(0, "零")]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(1001, "一千零一")]
    [InlineData(1010, "一千零一十")]
    [InlineData(10000, "一万")]
    [InlineData(10010, "一万零一十")]
    [InlineData(100001, "十万零一")]
    [InlineData(120000000, "一亿二千万")]
    [InlineData(100010000, "一亿零一万")]
    [InlineData(100001000, "一亿零一千")]
    [InlineData(1000000000000, "一万亿")]
    public void Chinese_numerals_read_as_they_are_said(long n, string text) =>
        Assert.Equal(text, ChineseNumerals.Count(n));

    [Fact]
    public void Chinese_numerals_refuse_negatives_and_huge_numbers()
    {
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => ChineseNumerals.Count(-1)).Message);
        Assert.Contains("too large", Assert.Throws<ArgumentException>(() => ChineseNumerals.Count(long.MaxValue)).Message);
        Assert.Throws<ArgumentException>(() => ChineseNumerals.ListMarker(0, 1));
        Assert.Throws<ArgumentException>(() => ChineseNumerals.ListMarker(1, 5));
    }

    [Theory]
    [InlineData(3, 1, "三、")]
    [InlineData(3, 2, "（三）")]
    [InlineData(3, 3, "3.")]
    [InlineData(3, 4, "（3）")]
    [InlineData(11, 1, "十一、")]
    public void List_markers_follow_the_four_heading_levels(long n, int level, string marker) =>
        Assert.Equal(marker, ChineseNumerals.ListMarker(n, level));

    [Fact]
    public void Months_are_written_without_leading_zeros() => Assert.Equal("2022年7月", ChineseText.Month(2022, 7));
}
