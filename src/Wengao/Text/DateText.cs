using System.Globalization;
using System.Text.RegularExpressions;

namespace Wengao.Text;

/// <summary>
/// Reads a date as a Chinese document writes it: 2024年3月12日 (GB/T 15835, and GB/T 9704-2012 §7.3.5), or in Chinese
/// numerals, 二〇二四年三月十二日, as GB/T 9704-1999 set a 成文日期 and older documents still print it.
/// <see cref="ChineseText.Date"/> writes the first form.
/// </summary>
public static partial class DateText
{
    private const string YearDigits = "〇一二三四五六七八九";

    [GeneratedRegex(@"^(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日$")]
    private static partial Regex Arabic();

    // 〇 is also typed as ○ (U+25CB), Ｏ or 零.
    [GeneratedRegex(@"^(?<y>[〇○Ｏ零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})日$")]
    private static partial Regex Chinese();

    /// <summary>The date <paramref name="text"/> is, whole; null when it is none or no day of the calendar (2024年2月30日).</summary>
    public static DateOnly? Read(string text)
    {
        // Both forms write 年: most lines asked about (every paragraph of a text, by the checks) have none.
        if (!text.Contains('年')) return null;
        if (Arabic().Match(text) is { Success: true } a)
            return Day(Number(a.Groups["y"].Value), Number(a.Groups["m"].Value), Number(a.Groups["d"].Value));
        if (Chinese().Match(text) is not { Success: true } c) return null;
        var year = 0;
        foreach (var digit in c.Groups["y"].Value) year = year * 10 + Math.Max(0, YearDigits.IndexOf(digit));
        return Day(year, ChineseNumerals.Read(c.Groups["m"].Value), ChineseNumerals.Read(c.Groups["d"].Value));
    }

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static DateOnly? Day(int year, int month, int day) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}
