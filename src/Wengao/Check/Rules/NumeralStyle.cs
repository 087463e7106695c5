using System.Buffers;
using System.Text.RegularExpressions;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Check.Rules;

/// <summary>
/// GB/T 15835-2011 §4.3 (同类别同形式): quantities of one kind in one text are written in one kind of numeral. A
/// quantity in Chinese numerals ("三天") is reported when the text writes one of the same unit in the same construction
/// in Arabic ("20天", typed or drawn from the outcomes data): a span is compared with a span, an idiom with the same
/// idiom (五年来 with 5年来, 这五年 with 这5年, 连续十四年 with 连续3年), never 五年来 with an unrelated 5年时间.
/// Not counted (§4.2, fixed expressions and names keep Chinese numerals): 一, 两, 第三, approximations (四五个, 十几天),
/// programmes (三年行动计划, 五年规划, 百年一遇), the shipped and the user's list of fixed phrases (长江十年禁渔), text in
/// 《》 or quotes, and years (二〇〇四年一月十六日 is a date, not 四年). Only units of time, money and area are compared;
/// counts of things (三个代表, 五个送) are too often names.
/// </summary>
internal sealed partial class NumeralStyle : Rule
{
    // From the one table of units: its units of time, money and area, longest first so 个月 wins over 月. 月 alone is
    // and 周 are left out: 三月 and 3月 are months of the calendar far more often than durations, 三周年 an anniversary.
    private static readonly string[] UnitNames = [.. Units.All
        .Where(u => u.Kind is UnitKind.Time or UnitKind.Money or UnitKind.Area && u.Name is not ("月" or "周"))
        .Select(u => u.Name).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)];

    private static readonly string UnitPattern = string.Join("|", UnitNames);

    /// <summary>The first characters of the units: after a number in Arabic numerals, one of them (or 多/余 and one) makes it a quantity.</summary>
    private static readonly SearchValues<char> UnitStarts = SearchValues.Create([.. UnitNames.Select(n => n[0]).Distinct()]);

    // 年代 (九十年代) and 年级 (三年级) are no spans of years.
    private const string NotASpan = @"(?!(?<=年)[代级])";

    // Not after another digit of a number, an ordinal 第, an approximation (几, 数), 每, or a year's digit: 二〇〇四年 has
    // 〇四年, 一九九八年 九八年, and neither is a span of 四 or 八 years.
    // Anchored, as Arabic: tried only where ChineseQuantities finds a numeral that can start one.
    private static readonly Regex Chinese = new(
        @"\G(?<![第\d.〇○Ｏ零一二三四五六七八九十两几数每百千])(?<n>[三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)(?<unit>"
        + UnitPattern + ")" + NotASpan, RegexOptions.Compiled);

    // Anchored: tried only at the digits that Han.Digits finds (ArabicQuantities), as Regex.Matches would find them.
    private static readonly Regex Arabic = new(@"\G(?<![\d.])(?<n>\d{1,3}(?:\.\d+)?)[多余]?(?<unit>" + UnitPattern + ")" + NotASpan, RegexOptions.Compiled);

    /// <summary>
    /// The quantities in Arabic numerals of a text, left to right, not overlapping, as Regex.Matches finds them: each
    /// starts at a digit, so the regex is tried at the first digit of each number only (its own search would test every
    /// character of the text; a digit after a digit or a point is inside a number, where its lookbehind fails).
    /// </summary>
    private static IEnumerable<Match> ArabicQuantities(string text)
    {
        for (var at = Han.Next(text, Han.Digits, 0); at >= 0;)
        {
            var past = PastNumber(text, at);
            var m = UnitAt(text, past) || text.Length > past + 1 && text[past] is '多' or '余' && UnitAt(text, past + 1) ? Arabic.Match(text, at) : Match.Empty;
            if (m.Success) yield return m;
            at = Han.Next(text, Han.Digits, m.Success ? m.Index + m.Length : past);
        }
    }

    /// <summary>The first numerals of <see cref="Chinese"/>'s numbers: 三…九, 十 and 二 (of 二十).</summary>
    private static readonly SearchValues<char> ChineseStarts = SearchValues.Create("二三四五六七八九十");

    /// <summary>
    /// The quantities in Chinese numerals of a text, left to right, not overlapping, as Regex.Matches finds them: the
    /// regex is tried only at the numerals a number can start with. Its own search tried each character of the text,
    /// and in the Native AOT program a regex whose pattern is made at run time (from the units) is interpreted.
    /// </summary>
    private static IEnumerable<Match> ChineseQuantities(string text)
    {
        for (var at = Han.Next(text, ChineseStarts, 0); at >= 0;)
        {
            var m = Chinese.Match(text, at);
            if (m.Success) yield return m;
            at = Han.Next(text, ChineseStarts, m.Success ? m.Index + m.Length : at + 1);
        }
    }

    // The number of a match is digits and a point only, so it ends where they end: its unit (after 多 or 余) stands there.
    private static bool UnitAt(string text, int index) => index < text.Length && UnitStarts.Contains(text[index]);

    private static int PastNumber(string text, int at)
    {
        while (at < text.Length && (char.IsDigit(text[at]) || text[at] == '.')) at++;
        return at;
    }

    // A programme or a return period is named by its span (三年行动计划, 五年规划, 十年一遇): GB/T 15835 §4.2. Only directly
    // after the unit: 五年帮扶规划 is a plan over five years, a span like 5年时间.
    [GeneratedRegex(@"\G(?:行动|规划|计划|一遇)")]
    private static partial Regex NamedSpan();

    [GeneratedRegex(@"\{\{\s*outcomes\.(?<id>\w+)\s*\}\}")]
    private static partial Regex FigureExpression();

    /// <summary>
    /// The words that make a span an idiom of its own: 连续三年, 过去五年, 今后五年, 近三年, 这五年, 极不平凡的五年 before it,
    /// 前三年 (the first years of a term: 租金前3年减免), 第一个五年 (a term as a unit) before it; 五年来, 三年以来, 五年间 and
    /// 五年的 (五年的成就来之不易: the years looked back on) after it. A span in none of them is a plain one (用20天时间,
    /// 制定五年帮扶规划). Longest first, so 连续 wins over 连.
    /// </summary>
    private static readonly string[] Before = ["连续", "过去", "今后", "未来", "最近", "近", "前", "个", "这", "那", "的"];
    private static readonly string[] After = ["以来", "多来", "来", "间", "的"];

    /// <summary>Sentence ends, which bound a parallel phrase (这五年是……的五年).</summary>
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；'];

    public override string Id => RuleIds.NumeralStyle;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "quantities of one unit in one construction written both in Arabic and in Chinese numerals (20天 and 三天, 5年来 and 五年来)";

    public override void Check(CheckedFile file, RuleReport report)
    {
        var arabic = new Dictionary<string, string>(StringComparer.Ordinal); // construction → first Arabic example
        foreach (var prose in file.Paragraphs)
        {
            // Read only where a quantity stands: most paragraphs have none, and every one would be scanned for its marks.
            Quotations? quoted = null;
            foreach (var m in ArabicQuantities(prose.Text))
                if (!(quoted ??= new Quotations(prose.Text)).Contain(m.Index) && Construction(prose.Text, m.Index, m.Index + m.Length, m.Groups["unit"].Value) is var (key, before, after))
                    arabic.TryAdd(key, before + m.Value + after);
        }
        if (file.Outcomes is { } outcomes)
            foreach (Match m in FigureExpression().Matches(file.Text, file.BodyOffset))
                if (outcomes.Find(m.Groups["id"].Value) is { } figure
                    && Construction(file.Text, m.Index, m.Index + m.Length, figure.Measure + figure.Unit) is var (key, before, after))
                    arabic.TryAdd(key, before + figure.Text + after);
        if (arabic.Count == 0) return;
        var fixedPhrases = file.Context.FixedNumerals;
        foreach (var prose in file.Paragraphs)
        {
            var text = prose.Text;
            Quotations? quoted = null;
            foreach (var m in ChineseQuantities(text))
            {
                var (unit, end) = (m.Groups["unit"].Value, m.Index + m.Length);
                if ((quoted ??= new Quotations(text)).Contain(m.Index) || unit == "年" && NamedSpan().IsMatch(text, end) || fixedPhrases.Covers(text, m.Index, m.Value)) continue;
                var (key, before, after) = Construction(text, m.Index, end, unit);
                if (!arabic.TryGetValue(key, out var example)) continue;
                var written = before + ChineseNumerals.Read(m.Groups["n"].Value) + unit + after;
                report.Add(prose.OffsetOf(m.Index), $"\"{before}{m.Value}{after}\" in Chinese numerals, but \"{example}\" in Arabic elsewhere",
                    RepeatsInSentence(text, m)
                        ? $"\"{m.Value}\" is repeated in this sentence as a figure of speech: keep it, and write \"{example}\" in Chinese numerals instead (GB/T 15835 §4.3: one kind alike)"
                        : $"write spans of one kind alike (GB/T 15835 §4.3), Arabic preferred: {written}; if \"{m.Value}\" is a name, add the phrase to `fixed:` in content/{FixedNumerals.UserFile}");
            }
        }
    }

    /// <summary>The construction a quantity at [<paramref name="start"/>, <paramref name="end"/>) stands in, as a key, and the words that make it.</summary>
    private static (string Key, string Before, string After) Construction(string text, int start, int end, string unit)
    {
        var before = Before.FirstOrDefault(w => start >= w.Length && text.AsSpan(start - w.Length, w.Length).SequenceEqual(w)) ?? "";
        var after = After.FirstOrDefault(w => text.AsSpan(end).StartsWith(w, StringComparison.Ordinal)) ?? "";
        // 以来, 多来 and 来 are one idiom: 五年来, 三年以来.
        return ($"{before}|{unit}|{(after.EndsWith('来') ? "来" : after)}", before, after);
    }

    /// <summary>Whether the same Chinese quantity stands again in the sentence: 这五年是极不平凡的五年, a parallel phrase.</summary>
    private static bool RepeatsInSentence(string text, Match m)
    {
        var start = m.Index == 0 ? 0 : text.LastIndexOfAny(SentenceEnds, m.Index - 1) + 1;
        var end = text.IndexOfAny(SentenceEnds, m.Index) is var e and >= 0 ? e : text.Length;
        var sentence = text.AsSpan(start, end - start);
        return sentence.IndexOf(m.Value, StringComparison.Ordinal) != m.Index - start
            || sentence[(m.Index - start + m.Length)..].Contains(m.Value, StringComparison.Ordinal);
    }
}
