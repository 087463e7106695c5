using System.Text.RegularExpressions;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Check.Rules;

/// <summary>
/// GB/T 15835: quantities of one kind are written in one kind of numeral. When a document writes "20天" (typed
/// or drawn from the outcomes data) and also "三天", the Chinese one is reported. Fixed expressions and
/// approximations keep Chinese numerals and are not counted: 一, 两, 第三, 四五个小时, 十几天, 五年规划.
/// Only units of time, money and area are compared; counts of things (三个代表, 五个送) are too often names.
/// </summary>
internal sealed partial class NumeralStyle : Rule
{
    // From the one table of units: its units of time, money and area, longest first so 个月 wins over 月. 月 alone is
    // and 周 are left out: 三月 and 3月 are months of the calendar far more often than durations, 三周年 an anniversary.
    private static readonly string UnitPattern = string.Join("|", Units.All
        .Where(u => u.Kind is UnitKind.Time or UnitKind.Money or UnitKind.Area && u.Name is not ("月" or "周"))
        .Select(u => u.Name).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));

    private static readonly Regex Chinese = new(
        @"(?<![第\d.零一二三四五六七八九十两几数每百千])(?<n>[三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)(?<unit>" + UnitPattern + @")(?![规计])",
        RegexOptions.Compiled);

    private static readonly Regex Arabic = new(@"(?<![\d.])(?<n>\d{1,3}(?:\.\d+)?)[多余]?(?<unit>" + UnitPattern + ")", RegexOptions.Compiled);

    [GeneratedRegex(@"\{\{\s*outcomes\.(?<id>\w+)\s*\}\}")]
    private static partial Regex FigureExpression();

    public override string Id => RuleIds.NumeralStyle;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "quantities of one unit written both in Arabic and in Chinese numerals (20天 and 三天)";

    public override void Check(CheckedFile file, RuleReport report)
    {
        var arabic = new Dictionary<string, string>(StringComparer.Ordinal); // unit → first Arabic example
        foreach (var prose in file.Paragraphs)
            foreach (Match m in Arabic.Matches(prose.Text))
                arabic.TryAdd(m.Groups["unit"].Value, m.Value);
        if (file.Outcomes is { } outcomes)
            foreach (Match m in FigureExpression().Matches(file.Text, file.BodyOffset))
                if (outcomes.Find(m.Groups["id"].Value) is { } figure)
                    arabic.TryAdd(figure.Measure + figure.Unit, figure.Text);
        if (arabic.Count == 0) return;
        foreach (var prose in file.Paragraphs)
            foreach (Match m in Chinese.Matches(prose.Text))
                if (arabic.TryGetValue(m.Groups["unit"].Value, out var example))
                    report.Add(prose.OffsetOf(m.Index), $"\"{m.Value}\" in Chinese numerals, but \"{example}\" in Arabic elsewhere",
                        $"write quantities of one kind alike; GB/T 15835 prefers Arabic: {ChineseNumerals.Read(m.Groups["n"].Value)}{m.Groups["unit"].Value}");
    }
}
