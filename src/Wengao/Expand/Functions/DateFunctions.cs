using System.Globalization;
using Wengao.Text;

namespace Wengao.Expand.Functions;

/// <summary><c>cn_date</c> and <c>cn_month</c>: dates in Arabic numerals per GB/T 15835, no leading zeros.</summary>
public static class DateFunctions
{
    /// <summary><c>{{ page.date | cn_date }}</c> → 2022年7月1日; "2022-07-01" → 2022年7月1日, "2022-07" → 2022年7月.</summary>
    public static string CnDate(object? date)
    {
        var (year, month, day) = Parts(date, "cn_date");
        return day is { } d ? ChineseText.Date(new DateOnly(year, month, d)) : ChineseText.Month(year, month);
    }

    /// <summary><c>{{ page.date | cn_month }}</c> → 2022年7月.</summary>
    public static string CnMonth(object? date)
    {
        var (year, month, _) = Parts(date, "cn_month");
        return ChineseText.Month(year, month);
    }

    private static (int Year, int Month, int? Day) Parts(object? value, string function) => value switch
    {
        DateOnly d => (d.Year, d.Month, d.Day),
        DateTime t => (t.Year, t.Month, t.Day),
        DateTimeOffset o => (o.Year, o.Month, o.Day),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => (d.Year, d.Month, d.Day),
        string s when DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) => (m.Year, m.Month, null),
        _ => throw new ArgumentException($"`{function}` needs a date, or text written YYYY-MM-DD or YYYY-MM, not {ScriptValues.Describe(value)}"),
    };
}
