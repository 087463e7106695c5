using System.Text.RegularExpressions;

namespace Wengao.Check.Rules;

/// <summary>
/// Dates written one way in a document (GB/T 15835, house style): days end in 日, not the spoken 号, once a
/// document writes both; years in Arabic numerals (2022年), not 二〇二二年, once a document writes both.
/// </summary>
internal sealed partial class DateStyle : Rule
{
    [GeneratedRegex(@"(?<![\d零一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?<day>[日号])")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"(?<![\d〇零一二三四五六七八九])(?:(?<arabic>\d{4})|(?<chinese>[〇零一二三四五六七八九]{4}))年")]
    private static partial Regex Year();

    public override string Id => "date-style";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "dates written two ways in one document: 27日 and 27号, or 2022年 and 二〇二二年";

    public override void Check(CheckedFile file, RuleReport report)
    {
        var days = Find(file, DayOfMonth(), m => m.Groups["day"].Value == "日");
        var years = Find(file, Year(), m => m.Groups["arabic"].Success);
        if (days.Standard.Count > 0)
            foreach (var (offset, value) in days.Other)
                report.Add(offset, $"\"{value}\" ends in 号, but this document writes dates with 日 (\"{days.Standard[0].Value}\")",
                    $"in written text a date ends in 日: {value[..^1]}日");
        if (years.Standard.Count > 0)
            foreach (var (offset, value) in years.Other)
                report.Add(offset, $"\"{value}\" is written in Chinese numerals, but this document writes years in Arabic (\"{years.Standard[0].Value}\")",
                    "write years in Arabic numerals, in full (GB/T 15835)");
    }

    private static (List<(int Offset, string Value)> Standard, List<(int Offset, string Value)> Other) Find(
        CheckedFile file, Regex pattern, Func<Match, bool> isStandard)
    {
        var (standard, other) = (new List<(int, string)>(), new List<(int, string)>());
        foreach (var prose in file.Fields.Concat(file.Paragraphs))
            foreach (Match m in pattern.Matches(prose.Text))
                (isStandard(m) ? standard : other).Add((prose.OffsetOf(m.Index), m.Value));
        return (standard, other);
    }
}
