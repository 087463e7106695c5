using System.Text.RegularExpressions;
using Wengao.Text;

namespace Wengao.Authoring;

/// <summary>A heading the importer marked, for its report: a line of its own, or run in at a paragraph's start.</summary>
public sealed record MarkedHeading(int Paragraph, int Level, string Text, bool Standalone = false);

/// <summary>
/// Writes a draft's paragraph as Markdown, its headings marked. A line that is only a heading with its marker
/// (一、总体要求 / （一）指导思想。/ 1.加强组织领导 / （1）…) becomes a Markdown heading one `#` deeper than its level, so
/// the page's title stays the only `#`; the level itself is the marker's (<see cref="HeadingLevel"/>, GB/T 9704 §7.3.3),
/// as the PDF and the site read it. A run-in heading (段首标题) at a paragraph's start is emphasis: with a marker
/// `**（一）指导思想。**`, else `**一是……。**` (level 1) or `*首先……。*` (level 2), a level-1 heading directly followed
/// by a level-2 one as `**……。***……。*`. Every character Markdown or Scriban would read as markup is escaped, so the
/// text renders exactly as written.
/// </summary>
internal static partial class HeadingMarker
{
    // The first sentence of a paragraph is a heading when it opens with an ordinal and the paragraph goes on after it.
    [GeneratedRegex("^[一二三四五六七八九十]+是")]
    private static partial Regex LevelOne();

    // 第一个/第三次… count things, they do not order points.
    // 第一季度 and 第一期 name a time, they do not order points either.
    [GeneratedRegex("^(首先|其次|再次|最后|第[一二三四五六七八九十]+(?![个次批届位名天年条点项季期])|[一二三四五六七八九十]+要|关于)")]
    private static partial Regex LevelTwo();

    private const int MaxHeading = 50;

    /// <summary>
    /// What a heading that joins phrases with commas opens on: a verb or adverb of action (强化组织领导，压实工作责任。
    /// 坚持工业强县，加快构建现代化产业体系。), for a heading says what to do. A numbered sentence opens on who does it
    /// (牵头单位要会同有关部门，…。) or on what it is about (联席会议每年至少召开一次全体会议，…。). A heading that says what
    /// is (排查不深不细，隐患底数不清。) opens on no such word, but says no modal either (<see cref="Modals"/>).
    /// </summary>
    private static readonly string[] ActionOpenings =
    [
        "加强", "强化", "坚持", "推进", "推动", "深化", "突出", "加大", "加快", "落实", "完善", "健全", "建立", "提升", "提高", "优化",
        "狠抓", "抓好", "抓实", "抓住", "做好", "做实", "做优", "扎实", "全力", "着力", "切实", "深入", "持续", "统筹", "聚焦", "严格",
        "严守", "创新", "防范", "守住", "守牢", "实施", "开展", "夯实", "筑牢", "压实", "压紧", "构建", "培育", "发展", "扩大", "保障",
        "稳定", "巩固", "拓展", "支持", "激发", "促进", "坚决", "全面", "大力", "积极", "主动", "依法", "规范", "用好", "管好", "紧盯",
        "围绕", "立足", "注重", "打造", "打好", "增强", "营造", "树立", "明确", "细化", "协同", "精准", "着眼", "锚定", "守护", "提振",
        "加速", "助力", "赋能", "补齐", "补强", "织密", "用心", "高效", "高质量", "毫不", "始终", "不断", "进一步",
    ];

    /// <summary>
    /// The modal and the prepositions a numbered sentence directs with (各地要…，你县可…，由…负责，将其…划归): a heading
    /// names a task, it gives no one an order. Each is a modal only outside the words it is part of (<see cref="NotModals"/>).
    /// </summary>
    private const string Modals = "要应须可将由请";

    /// <summary>Words holding a character of <see cref="Modals"/> that direct no one: 重要, 应急管理, 可持续, 由于.</summary>
    private static readonly string[] NotModals =
    [
        "重要", "主要", "需要", "必要", "首要", "纲要", "摘要", "紧要", "要求", "要素", "要点", "要件", "要害", "应急", "供应", "适应",
        "响应", "相应", "对应", "效应", "应用", "应对", "反应", "理应", "可靠", "认可", "许可", "可持续", "可能", "可行", "可控", "可视",
        "由于", "自由", "理由", "将来", "即将", "须知", "申请", "邀请", "提请",
    ];

    /// <summary>Whether the phrase says a modal: a character of <see cref="Modals"/> outside the words of <see cref="NotModals"/>.</summary>
    private static bool HasModal(string phrase) =>
        NotModals.Aggregate(phrase, (text, word) => text.Replace(word, "", StringComparison.Ordinal)).IndexOfAny(Modals.ToCharArray()) >= 0;

    /// <summary>A heading on a line of its own is short: longer, a line with a marker is a numbered paragraph.</summary>
    private const int MaxStandalone = 40;

    /// <summary>What ends a sentence or a clause of a list: a standalone heading has none inside it.</summary>
    private const string SentencePunctuation = "。！？；;:：";

    /// <summary>Commas: a standalone heading may join two phrases with one (一、提高站位，充分认识……意义), but then does not end as a sentence.</summary>
    private const string Commas = "，,";

    /// <summary>
    /// The paragraphs whose marker opens a numbered sentence rather than a run-in heading, however short their first
    /// sentence: those of a series (the paragraphs numbered at one level under one heading, 一、二、三、 of a 函) set unlike
    /// a series of headings. A heading is one of a series set alike (GB/T 9704 §7.3.3 gives each level one form): its
    /// members are headings when every one opens on a short sentence — phrases joined by commas too, as
    /// （一）强化组织领导，压实工作责任。 joins two —, or when at least half open on one without a comma. So 一、同意建立…制度。
    /// is not set bold when 二、住房城乡建设部要…(a long sentence) and 三、联席会议每年至少召开一次全体会议，根据工作需要可临时召开。
    /// (short, but with a comma, and beside a sentence) stand beside it.
    /// </summary>
    public static HashSet<int> NumberedSentences(IReadOnlyList<string> paragraphs)
    {
        var series = new Dictionary<(int Level, int Parent), List<int>>();
        var parents = new int[HeadingLevel.Deepest + 1]; // the paragraph (plus one) that opened each level last; 0 before any
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var level = HeadingLevel.Of(paragraphs[i]);
            if (level == 0) continue;
            if (!IsStandalone(paragraphs[i]))
            {
                var key = (level, parents[level - 1]);
                if (!series.TryGetValue(key, out var members)) series[key] = members = [];
                members.Add(i);
            }
            parents[level] = i + 1;
            for (var deeper = level + 1; deeper <= HeadingLevel.Deepest; deeper++) parents[deeper] = 0;
        }
        bool Opens(int i, bool commas) => Heading(paragraphs[i], null, commas) is not null;
        return [.. series.Values.Where(m => !m.All(i => Opens(i, commas: true)) && m.Count(i => Opens(i, commas: false)) * 2 < m.Count).SelectMany(m => m)];
    }

    /// <summary>Writes the paragraph, found at <paramref name="origin"/> of the draft, into <paramref name="markdown"/>.</summary>
    /// <param name="notes">the draft's notes, whose markers in the text become references to them</param>
    /// <param name="numberedSentence">its marker opens a numbered sentence of a series (<see cref="NumberedSentences"/>), not a heading</param>
    public static void Mark(string paragraph, DraftPlace origin, int number, List<MarkedHeading> marked, MappedText markdown, DraftNotes? notes = null,
        bool numberedSentence = false)
    {
        var level = HeadingLevel.Of(paragraph);
        if (level > 0 && IsStandalone(paragraph))
        {
            marked.Add(new MarkedHeading(number, level, paragraph, Standalone: true));
            markdown.Append(new string('#', level + 1) + " ").Escape(paragraph, origin, lineStart: false, notes);
            return;
        }
        var start = markdown.Length;
        var at = 0;
        var under = marked.LastOrDefault(h => h.Standalone)?.Level ?? 0; // as the build will read it (HeadingLevel.RunIn)
        if (level > 0 && !numberedSentence && Heading(paragraph, null) is { } numbered)
        {
            marked.Add(new MarkedHeading(number, level, numbered));
            markdown.Append("**").Escape(numbered, origin, lineStart: false, notes).Append("**");
            at = numbered.Length;
        }
        else if (Heading(paragraph, LevelOne()) is { } one)
        {
            marked.Add(new MarkedHeading(number, HeadingLevel.RunIn(one, strong: true, under), one));
            markdown.Append("**").Escape(one, origin, lineStart: false, notes).Append("**");
            at = one.Length;
        }
        if (Heading(paragraph[at..], LevelTwo()) is { } two)
        {
            marked.Add(new MarkedHeading(number, HeadingLevel.RunIn(two, strong: false, under), two));
            markdown.Append("*").Escape(two, origin.Plus(at), lineStart: false, notes).Append("*");
            at += two.Length;
        }
        markdown.Escape(paragraph[at..], origin.Plus(at), lineStart: markdown.Length == start, notes);
    }

    /// <summary>
    /// 一、总体要求, （一）指导思想。, 二、关于今年重点工作： or 一、提高站位，充分认识整治工作的重大意义: the marker and a
    /// few words, no sentence ended inside; a comma only in a heading that does not end as a sentence does, or that names
    /// a task (1.各乡镇要逐户摸排，新建户厕1200户。 is a numbered sentence, 1.对符合条件的企业，给予以下支持： one that leads a list).
    /// </summary>
    private static bool IsStandalone(string line)
    {
        // A heading on its line may end as a sentence does, or with the colon of one that introduces what follows
        // (二、关于今年重点工作：).
        var ended = line[^1] is '。' or '！' or '？' or '：' or ':';
        var inside = line.AsSpan(0, line.Length - (ended ? 1 : 0));
        if (line.Length > MaxStandalone || inside.IndexOfAny(SentencePunctuation) >= 0) return false;
        // One that joins phrases and ends as a sentence is a heading when it names a task as headings do, opening on the
        // action and directing no one (（二）坚持创新驱动，现代化产业体系加快构建。, a 政府工作报告's form).
        return !(ended && inside.IndexOfAny(Commas) >= 0) || line[^1] == '。' && NamesATask(line[HeadingLevel.MarkerLength(line)..]);
    }

    /// <summary>Words that open on an action (<see cref="ActionOpenings"/>) and say no modal: a task named, not a sentence.</summary>
    private static bool NamesATask(string words) => ActionOpenings.Any(a => words.StartsWith(a, StringComparison.Ordinal)) && !HasModal(words);

    /// <summary>The paragraph's first sentence, if it is a heading the paragraph goes on after (null <paramref name="opening"/>: a marker opened it).</summary>
    /// <param name="commas">whether a marker's heading may join phrases with commas (（一）强化组织领导，压实工作责任。); its series decides (<see cref="NumberedSentences"/>)</param>
    private static string? Heading(string text, Regex? opening, bool commas = true)
    {
        var end = text.IndexOf('。');
        if (end < 0 || end + 1 >= text.Length || end + 1 > MaxHeading || opening?.IsMatch(text) == false) return null;
        var sentence = text[..(end + 1)];
        // 一是…；二是…。 is a list, not a heading; a marker's sentence with a comma is one where it opens on an action, and
        // then as its series allows.
        if (sentence.IndexOfAny(['；', ';']) >= 0) return null;
        if (opening is not null || sentence.IndexOfAny(['，', ',']) < 0) return sentence;
        var words = sentence[HeadingLevel.MarkerLength(sentence)..];
        return commas && (ActionOpenings.Any(a => words.StartsWith(a, StringComparison.Ordinal)) || !HasModal(words)) ? sentence : null;
    }

    /// <summary>Escapes what CommonMark and Scriban would read as markup; the rendered text is the original. A note's marker is its reference.</summary>
    /// <param name="cell">the text is a pipe table's cell, where a `|` would end it</param>
    internal static MappedText Escape(this MappedText escaped, string text, DraftPlace origin, bool lineStart, DraftNotes? notes = null, bool cell = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (notes?.ReferenceAt(text, i) is { } marker)
            {
                foreach (var r in DraftNotes.Reference(marker.Number)) escaped.Append(r, origin.Of(i));
                i += marker.Length - 1;
                continue;
            }
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                foreach (var e in "{{\"{{\"}}") escaped.Append(e, origin.Of(i));
                i++;
                continue;
            }
            var blockStart = lineStart && i == 0 && c is '#' or '>' or '-' or '+' or '=';
            // "1. " or "1) " opening a line would start a list.
            var listNumber = lineStart && c is '.' or ')' && i > 0 && text[..i].All(char.IsAsciiDigit);
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '&' || blockStart || listNumber || cell && c == '|') escaped.Append('\\', origin.Of(i));
            escaped.Append(c, origin.Of(i));
        }
        return escaped;
    }
}
