using Wengao.Authoring;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Check.Rules;

/// <summary>
/// A paragraph broken in the middle of a sentence: it ends without terminal punctuation and the next paragraph
/// carries on (a pasted or converted text split "组织10名" / "10名乡镇党委书记…"). Text repeated on both sides
/// of the break is reported too. Only running text is read: headings and lines written as headings (一、…, a line
/// with no clause, a paragraph that is all run-in heading), the items of a list (each apart from the next), rows of a table typed as text, photo captions and
/// datelines (<see cref="SiteChrome.Clutter"/>), and the signature block's issuer and date lines are not paragraphs of it.
/// </summary>
internal sealed class BrokenParagraph : Rule
{
    private const string Terminal = "。！？；：…—”’）》」』.!?;:)\"";
    private const string Clause = "，、；,;";
    // A sentence ends in one of these: a continuation that is one short clause (120名干部参加培训。) has no clause mark.
    private const string SentenceEnd = "。！？!?";
    private const int LongestRepeat = 60;

    public override string Id => RuleIds.BrokenParagraph;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "a paragraph ends mid-sentence and the next one continues it (with text repeated across the break)";
    public override Confidence Confidence => Confidence.High;

    public override void Check(CheckedFile file, RuleReport report)
    {
        var paragraphs = file.Paragraphs;
        var signature = SignatureLines(paragraphs);
        for (var p = 0; p + 1 < paragraphs.Count; p++)
        {
            var (before, after) = (paragraphs[p], paragraphs[p + 1]);
            var text = before.Text.TrimEnd();
            if (text.Length == 0 || Terminal.Contains(text[^1]) || signature.Contains(p) || signature.Contains(p + 1)
                || (before.ListItem ?? after.ListItem) is not null && before.ListItem != after.ListItem || !Breaks(before) || !Continues(after)) continue;
            var end = before.OffsetOf(text.Length - 1) + 1;
            var start = after.OffsetOf(0);
            var repeat = Repeated(file.Text, end, start);
            report.Add(end, "the paragraph ends without 。！？ and the next paragraph continues the sentence",
                "join the two paragraphs (remove the blank line between them)", confidence: Sureness(before, after, repeat));
            if (repeat is { Length: > 0 })
                report.Add(start, $"\"{repeat}\" repeats the end of the previous paragraph across the break",
                    "keep it once when you join the paragraphs", confidence: Confidence.Certain);
        }
    }

    /// <summary>
    /// Text repeated across the break is a conversion's doing, certainly; a clause on each side, likely; a side without a
    /// clause (a run-in heading's short remainder, one short clause after) may be a heading line written without a marker.
    /// </summary>
    private Confidence Sureness(Prose before, Prose after, string? repeat) =>
        repeat is not null ? Confidence.Certain
        : Running(before).AsSpan().IndexOfAny(Clause) >= 0 && after.Text.AsSpan().IndexOfAny(Clause) >= 0 ? Confidence : Confidence.Medium;

    /// <summary>
    /// Running text that a sentence may break off in: after its run-in headings (**一是抓培训。**全县共组织) there is
    /// text, and without one it has a clause, so a line written as a heading (坚持问题导向) is never taken for a broken one.
    /// </summary>
    private static bool Breaks(Prose prose)
    {
        if (!IsText(prose) || Running(prose) is not { Length: > 0 } running || IsHeadingLine(running)) return false;
        return prose.Headings.Count > 0 || running.AsSpan().IndexOfAny(Clause) >= 0;
    }

    /// <summary>
    /// Running text that carries a sentence on: a clause in it, or a sentence's end (one short clause, 120名干部参加培训。);
    /// not one that opens with a marker (二是…, （二）…), which starts an item of its own.
    /// </summary>
    private static bool Continues(Prose prose)
    {
        if (!IsText(prose) || prose.Headings.Count > 0 || HasMarker(prose.Text)) return false;
        var text = prose.Text.TrimEnd();
        return text.AsSpan().IndexOfAny(Clause) >= 0 || text.Length > 0 && SentenceEnd.Contains(text[^1]);
    }

    /// <summary>A paragraph of the text: not a heading, nor a table's row typed as text, a field line, a caption or dateline left in it.</summary>
    private static bool IsText(Prose prose) =>
        prose.Kind == ProseKind.Paragraph && !IsTableRow(prose.Text) && !IsFieldLine(prose.Text) && SiteChrome.Clutter(prose.Text.Trim()) is null;

    /// <summary>The longest label of a field line: 参加人员, 联系电话, 主持人.</summary>
    private const int LongestLabel = 6;

    /// <summary>
    /// A field line of a 纪要 or a notice — 出席：张三、李四 / 列席：… / 联系人：张三，电话：… — a label and a colon, and no
    /// sentence: one after another, none ends in 。 and none is broken.
    /// </summary>
    private static bool IsFieldLine(string text)
    {
        var line = text.Trim();
        var colon = line.AsSpan(0, Math.Min(line.Length, LongestLabel + 1)).IndexOfAny('：', ':');
        return colon > 0 && line.AsSpan(0, colon).IndexOfAny(Clause) < 0 && line.AsSpan().IndexOfAny(SentenceEnd) < 0;
    }

    /// <summary>The text after the paragraph's run-in headings.</summary>
    private static string Running(Prose prose) => prose.Headings.Count > 0 ? prose.Text[prose.Headings[^1].End..].Trim() : prose.Text.Trim();

    /// <summary>一、… （一）… 一是… written as a line of their own: a marker, and no sentence ended in the line.</summary>
    private static bool IsHeadingLine(string text) => HasMarker(text) && text.AsSpan().TrimEnd().IndexOfAny(SentenceEnd) < 0;

    private static bool HasMarker(string text) => HeadingLevel.Of(text) > 0 || Ordinals.Leading(text) is not null;

    /// <summary>
    /// A row of a table typed as text: cells split by TABs or runs of spaces (as import reads a pasted table), or by `|`
    /// in rows Markdown does not take for a table (no delimiter row under the first).
    /// </summary>
    private static bool IsTableRow(string text) =>
        DraftTable.IsRow(text) || text.TrimStart().StartsWith('|') || text.Count(c => c == '|') >= MinPipes;

    /// <summary>Two `|` make a row of three cells; prose has no use for one.</summary>
    private const int MinPipes = 2;

    /// <summary>
    /// The signature block left in the text (GB/T 9704 §7.3.5): a date line (2024年4月8日, 二〇〇四年一月十六日), and the
    /// issuers' lines above it — an issuer each, or joint issuers on one line split by 、.
    /// </summary>
    private static HashSet<int> SignatureLines(IReadOnlyList<Prose> paragraphs)
    {
        var lines = new HashSet<int>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (paragraphs[p].Kind != ProseKind.Paragraph || DateLine(paragraphs[p].Text) is null) continue;
            lines.Add(p);
            for (var i = p - 1; i >= 0 && paragraphs[i].Kind == ProseKind.Paragraph && IsIssuers(paragraphs[i].Text.Trim()); i--) lines.Add(i);
        }
        return lines;
    }

    private static bool IsIssuers(string line) =>
        line.Length > 0 && (DraftFurniture.IsIssuer(line) || line.Split('、').All(name => name.Length > 0 && DraftFurniture.IsIssuer(name)));

    /// <summary>A line that is a date and nothing else, in brackets or not: a 成文日期, or a speech's date under its title.</summary>
    internal static DateOnly? DateLine(string text) => DateText.Read(text.Trim().Trim('（', '）', '(', ')').Trim());

    /// <summary>The longest text (2 characters or more) that both ends the first paragraph and starts the second.</summary>
    private static string? Repeated(string text, int end, int start)
    {
        for (var length = Math.Min(LongestRepeat, Math.Min(end, text.Length - start)); length >= 2; length--)
            if (text.AsSpan(end - length, length).SequenceEqual(text.AsSpan(start, length)))
                return text.Substring(start, length);
        return null;
    }
}
