using System.Globalization;
using System.Text.RegularExpressions;
using Wengao.Model;

namespace Wengao.Check.Rules;

/// <summary>
/// A figure typed in prose that contradicts the speech's outcomes data: "已到位5380万元" where funds_arrived is
/// 5388万元. A typed number is consistent when a figure of the same kind of unit has that value at the typed
/// precision (41% for 41.4%, 1.3亿元 for 13000万元) or its qualifier admits it (510万元 for 500多万元). It
/// contradicts a figure only when the words around it name that figure (they share its label's words), so
/// other numbers of the same unit are never taken for it. Expressions ({{ outcomes.id }}) are consistent by definition.
/// </summary>
internal sealed partial class FiguresVsData : Rule
{
    [GeneratedRegex(@"(?<![\d.A-Za-z第约近逾超])(?<n>\d+(?:\.\d+)?)(?<q>[多余])?")]
    private static partial Regex Number();

    private const int Around = 16;
    private const int SharedWords = 3;

    public override string Id => RuleIds.Figures;
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "a figure typed in the text contradicts the outcomes data (5380万元 where the data says 5388万元)";
    // The data says otherwise; only a figure the words around it do not name after all is a false alarm.
    public override Confidence Confidence => Confidence.High;

    public override void Check(CheckedFile file, RuleReport report)
    {
        if (file.Outcomes is not { Figures.Length: > 0 } outcomes) return;
        var units = outcomes.Figures.SelectMany(f => Magnitudes(f.Unit).Select(u => f.Measure + u)).Distinct()
            .OrderByDescending(u => u.Length).ToList();
        var labels = outcomes.Figures.ToDictionary(f => f, f => Han.Bigrams(Plain(f.Label)));
        foreach (var prose in file.Paragraphs)
            foreach (Match m in Number().Matches(prose.Text))
            {
                var after = m.Index + m.Length;
                var unit = units.FirstOrDefault(u => prose.Text.AsSpan(after).StartsWith(u, StringComparison.Ordinal));
                if (unit is null || unit == "年" && m.Groups["n"].Length == 4) continue; // 2008年 is a date
                var typed = decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                var kin = outcomes.Figures.Where(f => Kind(f.Measure + f.Unit) == Kind(unit)).ToList();
                if (kin.Any(f => Agrees(f, typed, Scale(unit), Decimals(m.Groups["n"].Value)))) continue;
                var context = Han.Bigrams(Plain(prose.Text[Math.Max(0, m.Index - Around)..Math.Min(prose.Text.Length, after + unit.Length + Around)]));
                var named = kin.Select(f => (Figure: f, Shared: labels[f].Count(context.Contains)))
                    .Where(c => c.Shared >= Math.Min(SharedWords, labels[c.Figure].Count) && c.Shared >= 2)
                    .OrderByDescending(c => c.Shared).FirstOrDefault().Figure;
                if (named is null) continue;
                report.Add(prose.OffsetOf(m.Index),
                    $"\"{m.Value}{unit}\" contradicts the outcomes data: {named.Label} is {named.Text} ({outcomes.Id}.{named.Id})",
                    $"write {{{{ outcomes.{named.Id} }}}} so the figure is drawn from the data");
            }
    }

    /// <summary>
    /// The negations of written and spoken Chinese as one word, 未, so a label in the written register (尚未开工项目) is
    /// named by a speech's spoken one (还没有开工的项目). Longest first: 还没有 before 没有.
    /// </summary>
    private static readonly string[] Negations = ["还没有", "尚未", "还未", "仍未", "没有"];

    private static string Plain(string text)
    {
        foreach (var negation in Negations) text = text.Replace(negation, "未", StringComparison.Ordinal);
        return text;
    }

    /// <summary>Whether a figure has the typed value at the typed precision, or within what its qualifier admits.</summary>
    private static bool Agrees(Figure figure, decimal typed, decimal typedScale, int decimals)
    {
        var value = (decimal)figure.Value * Scale(figure.Measure + figure.Unit) / typedScale;
        var step = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)Math.Max(1, value))));
        return figure.Qualifier switch
        {
            "多" or "余" => typed >= value && typed < value + step,
            "以上" => typed >= value,
            "以下" or "以内" => typed <= value,
            "左右" or "几" => Math.Abs(typed - value) <= value / 10,
            _ => decimal.Round(value, decimals, MidpointRounding.AwayFromZero) == typed,
        };
    }

    private static int Decimals(string number) => number.IndexOf('.') is var dot and >= 0 ? number.Length - dot - 1 : 0;

    /// <summary>A unit and its forms with 万/亿, so 1.3亿元 is compared with 13000万元.</summary>
    private static IEnumerable<string> Magnitudes(string unit) =>
        Kind(unit) is var kind && kind.Length > 0 && kind != unit.TrimStart('个') ? [kind, "万" + kind, "亿" + kind] : [unit];

    /// <summary>What a unit counts, without its magnitude: 万元 and 亿元 → 元, 个亿 → "" (a bare amount).</summary>
    private static string Kind(string unit) => unit.TrimStart('个').TrimStart('万', '亿');

    private static decimal Scale(string unit) => unit.TrimStart('个') switch
    {
        "%" => 0.01m,
        var u when u.StartsWith('亿') => 100_000_000m,
        var u when u.StartsWith('万') => 10_000m,
        _ => 1m,
    };
}
