using System.Buffers;
using System.Text.RegularExpressions;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Check.Rules;

/// <summary>
/// A count announced ("三点建议", "三个"非常感谢, "五个送", "剑八条") against the items that follow it:
/// sub-headings under a heading that announces, markers (一是…, 首先…) right after the announcement, the
/// paragraphs that follow when it ends a paragraph, or an inline list ("即A、B、C"). An announcement that
/// nothing enumerates is left alone.
/// </summary>
internal sealed partial class ListCount : Rule
{
    /// <summary>The words a count announces its items by (三个方面, 三点, 八条), and 大 of a count that names (五大振兴).</summary>
    private const string Counters = "个方面|个|点|条|层|项|件|句|种", Great = "大";

    // Not 第三个 (an ordinal), 四五个 (an approximation), 十九大 (a name). Anchored: tried only before a counter (Announcements).
    [GeneratedRegex($@"\G(?<![第\d.零一二三四五六七八九十两几数每])(?:(?<n>[二三四五六七八九两]|十[一二三四五六七八九]?|[2-9])(?:{Counters})|(?<n>[二三四五六七八九]){Great})(?![零一二三四五六七八九十几多余])")]
    private static partial Regex AnnouncementAt();

    /// <summary>The longest numeral of an announcement (十二): how far before its counter it starts.</summary>
    private const int LongestNumeral = 2;

    private static readonly SearchValues<char> CounterStarts = SearchValues.Create([.. Counters.Split('|').Select(w => w[0]).Distinct(), .. Great]);

    /// <summary>
    /// The announcements of a text, left to right, not overlapping, as Regex.Matches would find them. Each has its counter
    /// one or two characters after its start, so the regex is tried there only: counters are rarer than numerals (a regex's
    /// own search stops at every 二, 三, 十 and digit of a text).
    /// </summary>
    private static List<Match> Announcements(string text)
    {
        var found = new List<Match>();
        var end = 0;
        for (var counter = Han.Next(text, CounterStarts, 1); counter >= 0; counter = Han.Next(text, CounterStarts, counter + 1))
            for (var at = Math.Max(end, counter - LongestNumeral); at < counter; at++)
                if (AnnouncementAt().Match(text, at) is { Success: true } m)
                {
                    found.Add(m);
                    end = m.Index + m.Length;
                    break;
                }
        return found;
    }

    // An inline list follows its announcement after a short noun (送, 措施): "五个送"即送人才、送资金.
    [GeneratedRegex(@"\G[\p{IsCJKUnifiedIdeographs}""“”]{0,6}?[，,]?(?:即|就是|包括|分别是|[：:])")]
    private static partial Regex ListIntroduction();

    // A list announced again without a count after the counted one (“四个年”活动，重点抓好以下几项工作。): the paragraphs
    // that follow are that one's items, not the count's.
    [GeneratedRegex(@"以下|如下|下列|几(?:个方面|个|点|条|项|件|种)")]
    private static partial Regex UncountedAnnouncement();

    /// <summary>How far after an announcement its first marker may stand: the announced noun and a colon (剑八条"措施。一是).</summary>
    private const int Window = 20;

    private static readonly char[] SentenceEnds = ['。', '！', '？'];
    private static readonly char[] Semicolons = ['；', ';'];
    private static readonly char[] ClauseEnds = ['。', '；', ';', '，', ',', '！', '？'];

    public override string Id => RuleIds.ListCount;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "an announced count (三点建议, 剑八条, 五个送) differs from the number of items that follow";

    public override void Check(CheckedFile file, RuleReport report)
    {
        var paragraphs = file.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var announcements = Announcements(paragraphs[p].Text);
            for (var a = 0; a < announcements.Count; a++)
            {
                var m = announcements[a];
                var n = m.Groups["n"].Value;
                var announced = char.IsAsciiDigit(n[0]) ? n[0] - '0' : ChineseNumerals.Read(n);
                // Items past the next announcement answer that one (“五大振兴”，坚持三个统筹：一是……): none are this one's.
                var next = a + 1 < announcements.Count ? announcements[a + 1].Index : paragraphs[p].Text.Length;
                if (Items(paragraphs, p, m, announced, next) is not ({ } found, { } what, var end) || found == announced
                    || Groups(found, announced) || AnotherListCounts(paragraphs, p, end, next, announced)) continue;
                report.Add(paragraphs[p].OffsetOf(m.Index), $"\"{m.Value}\" announces {announced}, but {found} follow ({what})",
                    "make the announced number match the items, or add the missing ones");
            }
        }
    }

    /// <summary>
    /// Fewer than half the announced items group them rather than miss some: 十件民生实事 followed by 首先…最后, four fields
    /// of the ten things. A writer drops an item or two; 剑八条 with 一是…四是, half of them, is still a count to check.
    /// </summary>
    private static bool Groups(int found, int announced) => found * 2 < announced;

    /// <summary>The items that follow the announcement <paramref name="m"/> (before the <paramref name="next"/> one), what they are, and where they end in its paragraph.</summary>
    private static (int?, string?, int) Items(IReadOnlyList<Prose> paragraphs, int p, Match m, int announced, int next)
    {
        var prose = paragraphs[p];
        var text = prose.Text;
        if (prose.Headings.Where(h => m.Index >= h.Start && m.Index < h.End).Select(h => (RunIn?)h).FirstOrDefault() is { } heading)
            return SubHeadings(paragraphs, p, heading) is var (subs, what) ? (subs, what, text.Length) : default;
        var end = m.Index + m.Length;
        for (var i = end; i < Math.Min(next, end + Window); i++)
            if (Ordinals.OpeningAt(text, i) is { } family)
            {
                var count = family.CountFrom(text, i, out var last);
                return (count, family.Range(count), last + 1);
            }
        if (ListIntroduction().Match(text, end) is { Success: true } intro && InlineItems(text, intro.Index + intro.Length, announced) is (var items, var inline, var stop))
            return (items, inline, stop);
        return text.Length - end <= Window && !UncountedAnnouncement().IsMatch(text, end) && p + 1 < paragraphs.Count && Paragraphs(paragraphs, p + 1) is var (numbered, described)
            ? (numbered, described, text.Length)
            : default;
    }

    /// <summary>
    /// An inline list after its introduction: separated by 、 to the end of its clause, or, when that does not count what was
    /// announced and the sentence has ；, separated by ； to the sentence's end (GB/T 15834-2011 §4.6: 分号 between items
    /// that hold 、 or ， themselves: 5项改革：深化国资国企改革、推进混合所有制改革；优化营商环境；……).
    /// </summary>
    private static (int, string, int)? InlineItems(string text, int start, int announced)
    {
        var stop = text.IndexOfAny(ClauseEnds, start) is var c and >= 0 ? c : text.Length;
        var clause = text.AsSpan(start, stop - start);
        var listed = clause.Contains('、') ? clause.Count('、') + 1 + LastJoined(clause) : 0;
        var sentence = text.IndexOfAny(SentenceEnds, start) is var e and >= 0 ? e : text.Length;
        var span = text.AsSpan(start, sentence - start);
        if (listed != announced && span.IndexOfAny(Semicolons) >= 0) return (span.Count('；') + span.Count(';') + 1, "items separated by ；", sentence);
        return listed > 0 ? (listed, "items separated by 、", stop) : null;
    }

    /// <summary>
    /// 1 when the last two items of a list in 、 are joined by 和 or 及 (A、B和C: three items); 0 when the others hold the
    /// word too, which is then part of each item (引进和培养并重、使用和管理并重: two).
    /// </summary>
    private static int LastJoined(ReadOnlySpan<char> clause)
    {
        var last = clause.LastIndexOf('、');
        return clause[(last + 1)..].IndexOfAny(Joiners) > 0 && clause[..last].IndexOfAny(Joiners) < 0 ? 1 : 0;
    }

    private static readonly SearchValues<char> Joiners = SearchValues.Create("和及");

    /// <summary>
    /// Where the items right after an announcement are another list's (“五大工程”。首先……其次……最后……。具体是：一是……五是),
    /// the announcement is answered when a later list of its paragraph, before the next announcement, or the numbered
    /// paragraphs after the paragraph count what it announced.
    /// </summary>
    private static bool AnotherListCounts(IReadOnlyList<Prose> paragraphs, int p, int from, int next, int announced)
    {
        var text = paragraphs[p].Text;
        for (var i = Ordinals.NextOpening(text, from); i >= 0 && i < next; i = Ordinals.NextOpening(text, i + 1))
            if (Ordinals.OpeningAt(text, i) is { } family)
            {
                if (family.CountFrom(text, i, out var end) == announced) return true;
                i = end;
            }
        return next == text.Length && p + 1 < paragraphs.Count && Paragraphs(paragraphs, p + 1) is ({ } numbered, _) && numbered == announced;
    }

    /// <summary>The sub-headings under a heading that announces, when the first of them is numbered 首先, 一要, ….</summary>
    private static (int?, string?) SubHeadings(IReadOnlyList<Prose> paragraphs, int p, RunIn heading)
    {
        var subs = new List<string>();
        foreach (var h in paragraphs[p].Headings.Where(h => h.Start >= heading.End)) subs.Add(paragraphs[p].Slice(h));
        for (var q = p + 1; q < paragraphs.Count && !paragraphs[q].Headings.Any(h => h.Level <= heading.Level)
                            && paragraphs[q].Kind == ProseKind.Paragraph; q++)
            subs.AddRange(paragraphs[q].Headings.Where(h => h.Level == heading.Level + 1).Select(paragraphs[q].Slice));
        return subs.Count > 0 && Ordinals.Leading(subs[0]) is { N: 1 }
            ? (subs.Count, $"{subs.Count} sub-headings from \"{Start(subs[0])}\"")
            : (null, null);
    }

    /// <summary>
    /// Paragraphs numbered in one family after an announcement that ends its paragraph; a new 一 ends the list. When they are
    /// headings on lines of their own (## 一、…), what stands under each (paragraphs, deeper headings) continues it, and a
    /// heading above them ends the list; numbered paragraphs end at any heading.
    /// </summary>
    private static (int?, string?) Paragraphs(IReadOnlyList<Prose> paragraphs, int first)
    {
        if (Ordinals.Leading(paragraphs[first].Text) is not ({ } family, 1)) return (null, null);
        var level = paragraphs[first].Kind == ProseKind.Heading ? paragraphs[first].Level : HeadingLevel.Deepest + 1;
        var count = 1;
        for (var q = first + 1; q < paragraphs.Count && !(paragraphs[q].Kind == ProseKind.Heading && paragraphs[q].Level < level); q++)
        {
            // Paragraphs without a marker continue an item, and a nested list has markers of another family.
            if (Ordinals.Leading(paragraphs[q].Text) is not ({ } other, var n) || other != family) continue;
            if (n != count + 1) break;
            count++;
        }
        return (count, $"paragraphs {family.Range(count)}");
    }

    private static string Start(string heading) => heading.Length <= 6 ? heading : heading[..6] + "…";
}
