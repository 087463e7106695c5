using Wengao.Model;

namespace Wengao.Check.Rules;

/// <summary>
/// A paragraph broken in the middle of a sentence: it ends without terminal punctuation and the next paragraph
/// carries on (a pasted or converted text split "组织10名" / "10名乡镇党委书记…"). Text repeated on both sides
/// of the break is reported too. Headings and lines that look like headings (一、…, short, no clause) are not paragraphs.
/// </summary>
internal sealed class BrokenParagraph : Rule
{
    private const string Terminal = "。！？；：…—”’）》」』.!?;:)\"";
    private const string Clause = "，、；,;";
    private const int LongestRepeat = 60;

    public override string Id => RuleIds.BrokenParagraph;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "a paragraph ends mid-sentence and the next one continues it (with text repeated across the break)";

    public override void Check(CheckedFile file, RuleReport report)
    {
        var paragraphs = file.Paragraphs;
        for (var p = 0; p + 1 < paragraphs.Count; p++)
        {
            var (before, after) = (paragraphs[p], paragraphs[p + 1]);
            var text = before.Text.TrimEnd();
            if (text.Length == 0 || Terminal.Contains(text[^1]) || !IsSentence(before) || !IsSentence(after)) continue;
            var end = before.OffsetOf(text.Length - 1) + 1;
            report.Add(end, "the paragraph ends without 。！？ and the next paragraph continues the sentence",
                "join the two paragraphs (remove the blank line between them)");
            var start = after.OffsetOf(0);
            if (Repeated(file.Text, end, start) is { Length: > 0 } repeat)
                report.Add(start, $"\"{repeat}\" repeats the end of the previous paragraph across the break",
                    "keep it once when you join the paragraphs");
        }
    }

    /// <summary>Running text: not a heading, and with a clause in it, so a standalone heading line is never taken for a broken one.</summary>
    private static bool IsSentence(Prose prose) =>
        prose.Kind == ProseKind.Paragraph && prose.Lead is null && Ordinals.Leading(prose.Text) is null
        && prose.Text.AsSpan().IndexOfAny(Clause) >= 0;

    /// <summary>The longest text (2 characters or more) that both ends the first paragraph and starts the second.</summary>
    private static string? Repeated(string text, int end, int start)
    {
        for (var length = Math.Min(LongestRepeat, Math.Min(end, text.Length - start)); length >= 2; length--)
            if (text.AsSpan(end - length, length).SequenceEqual(text.AsSpan(start, length)))
                return text.Substring(start, length);
        return null;
    }
}
