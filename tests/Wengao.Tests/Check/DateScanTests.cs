using System.Text.RegularExpressions;
using Wengao.Check.Rules;
using Wengao.Tests.Support;

namespace Wengao.Tests.Check;

/// <summary>
/// The date-style rule scans from each 月 and 年 instead of running a pattern that tries every numeral; these are
/// the patterns that define it, and the scan must find exactly their matches.
/// </summary>
public sealed partial class DateScanTests
{
    [GeneratedRegex(@"(?<![\d零一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?<day>[日号])")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"(?<![\d〇零一二三四五六七八九])(?:(?<arabic>\d{4})|(?<chinese>[〇零一二三四五六七八九]{4}))年")]
    private static partial Regex Year();

    private static IEnumerable<string> AllTexts()
    {
        yield return string.Join("\n", Seed.Paragraphs);
        yield return "10月27号，二〇二二年，2022年7月1日，１２月３日，十二月三十一日";
        // Short texts over the characters that matter, so edges (runs too long, mixed kinds, text ends) come up often.
        const string alphabet = "0123456789１〇零一二三四五六七八九十月年日号x";
        var random = new Random(9704);
        for (var n = 0; n < 500; n++)
            yield return string.Join("、", Enumerable.Range(0, 50).Select(_ =>
                new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])])));
    }

    [Fact]
    public void Scan_finds_what_the_patterns_match()
    {
        foreach (var text in AllTexts())
        {
            Assert.Equal(DayOfMonth().Matches(text).Select(m => (m.Index, m.Index + m.Length, m.Groups["day"].Value == "日")),
                DateStyle.DaysOfMonth(text).Select(d => (d.Start, d.End, d.Standard)));
            Assert.Equal(Year().Matches(text).Select(m => (m.Index, m.Index + m.Length, m.Groups["arabic"].Success)),
                DateStyle.Years(text).Select(d => (d.Start, d.End, d.Standard)));
        }
    }

    [Fact]
    public void The_random_texts_contain_dates_of_every_kind()
    {
        var texts = AllTexts().ToList();
        var days = texts.SelectMany(DateStyle.DaysOfMonth).ToList();
        var years = texts.SelectMany(DateStyle.Years).ToList();
        Assert.All(new[] { days.Count(d => d.Standard), days.Count(d => !d.Standard), years.Count(y => y.Standard), years.Count(y => !y.Standard) },
            count => Assert.True(count >= 5, $"{days.Count} days, {years.Count} years"));
    }
}
