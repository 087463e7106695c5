using Wengao.Render.Pdf.Compose;

namespace Wengao.Render.Pdf;

/// <summary>
/// Breaks a title that does not fit one line into balanced lines (GB/T 9704 §7.2.2: 梯形或菱形, not one long line
/// and a stub) without splitting a word. A title written with line breaks keeps the author's lines where each fits the
/// measure; where one does not (a title copied from a web page, broken for the page's width), the title is broken
/// afresh, the author's breaks the places it breaks best (§7.3.1: 回行时要做到词意完整，排列对称), rather than leave the
/// typesetter to wrap the long line and strand its last character.
/// </summary>
internal static class TitleLines
{
    // Breaking after these reads naturally: particles, conjunctions, enumeration marks.
    private const string GoodAfter = "的之和与及暨、，；：,;:";

    // Compounds of official writing that must not be split; breaking inside costs more than any imbalance worth having.
    private static readonly string[] Words =
    [
        "帮扶工作队", "工作队", "座谈会", "慰问", "帮扶", "对口帮扶", "乡村振兴", "工作会议", "会议", "讲话", "发言",
        "工作", "领导", "干部", "建设", "发展", "意见", "通知", "报告", "总结", "部署", "推进", "全面", "进一步",
        "高质量", "经济", "社会", "党委", "政府", "人民", "群众", "工业园区", "园区", "动员大会", "大会", "汇报",
        "行动方案", "实施方案", "方案", "实施意见", "实施", "设施", "更新", "改造", "规划", "管理", "服务", "安全生产",
    ];

    private const double BadBreak = 3, WordBreak = 12;

    /// <param name="width">of one character or cluster at index i, in pt</param>
    public static IReadOnlyList<string> Break(string title, double lineWidth, Func<string, int, double> width)
    {
        var authored = title.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (authored.Length > 1 && authored.All(line => Width(line, width) <= lineWidth + Slack)) return authored;
        title = string.Concat(authored);
        var widths = new double[title.Length + 1]; // prefix sums
        for (var i = 0; i < title.Length; i++) widths[i + 1] = widths[i] + width(title, i);
        var total = widths[^1];
        if (total <= lineWidth) return [title];

        var cost = BreakCosts(title);
        for (var (i, at) = (0, 0); i < authored.Length - 1; i++)
            if (!double.IsPositiveInfinity(cost[at += authored[i].Length])) cost[at] = 0;
        for (var lines = (int)Math.Ceiling(total / lineWidth); lines <= title.Length; lines++)
            if (Best(title, widths, cost, lineWidth, lines) is { } breaks)
                return [.. breaks.Zip(breaks.Skip(1), (from, to) => title[from..to])];
        return [title];
    }

    /// <summary>What a line may exceed the measure by and still fit: rounding of the characters' widths.</summary>
    private const double Slack = 0.01;

    private static double Width(string line, Func<string, int, double> width) => Enumerable.Range(0, line.Length).Sum(i => width(line, i));

    // Dynamic programming over break positions: imbalance (squared, in characters) plus the cost of each break.
    private static List<int>? Best(string title, double[] widths, double[] cost, double lineWidth, int lines)
    {
        var n = title.Length;
        var target = widths[n] / lines;
        var em = widths[n] / n;
        var score = new double[lines + 1, n + 1];
        var from = new int[lines + 1, n + 1];
        for (var k = 0; k <= lines; k++) for (var i = 0; i <= n; i++) score[k, i] = double.PositiveInfinity;
        score[0, 0] = 0;
        for (var k = 1; k <= lines; k++)
            for (var end = 1; end <= n; end++)
            {
                if (end < n && double.IsPositiveInfinity(cost[end])) continue;
                for (var start = end - 1; start >= 0; start--)
                {
                    var w = widths[end] - widths[start];
                    if (w > lineWidth + Slack) break;
                    if (double.IsPositiveInfinity(score[k - 1, start])) continue;
                    var deviation = (w - target) / em;
                    var s = score[k - 1, start] + deviation * deviation + (end < n ? cost[end] : 0);
                    if (s < score[k, end]) (score[k, end], from[k, end]) = (s, start);
                }
            }
        if (double.IsPositiveInfinity(score[lines, n])) return null;
        var breaks = new List<int> { n };
        for (int k = lines, at = n; k > 0; at = from[k, at], k--) breaks.Add(from[k, at]);
        breaks.Reverse();
        return breaks;
    }

    /// <summary>The cost of a break before index i: infinite where a line may not break, high inside a word.</summary>
    private static double[] BreakCosts(string title)
    {
        var cost = new double[title.Length + 1];
        for (var i = 1; i < title.Length; i++)
        {
            char before = title[i - 1], after = title[i];
            cost[i] = char.IsLowSurrogate(after) || CjkChars.IsNoStart(after) || CjkChars.IsNoEnd(before)
                      || char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after) ? double.PositiveInfinity
                : GoodAfter.Contains(before) || char.IsAscii(before) != char.IsAscii(after) ? 0
                : BadBreak;
        }
        foreach (var word in Words)
            for (var at = title.IndexOf(word, StringComparison.Ordinal); at >= 0; at = title.IndexOf(word, at + 1, StringComparison.Ordinal))
                for (var i = at + 1; i < at + word.Length; i++) cost[i] += WordBreak;
        return cost;
    }
}
