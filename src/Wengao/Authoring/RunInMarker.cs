using System.Text.RegularExpressions;

namespace Wengao.Authoring;

/// <summary>A run-in heading the importer marked, for its report.</summary>
public sealed record MarkedHeading(int Paragraph, int Level, string Text);

/// <summary>
/// Writes a draft's paragraph as Markdown: a run-in heading (段首标题) at its start marked `**一是……。**` (level 1) or
/// `*首先……。*` (level 2), a level-1 heading directly followed by a level-2 one as `**……。***……。*`, and every
/// character Markdown or Scriban would read as markup escaped, so the text renders exactly as written.
/// </summary>
internal static partial class RunInMarker
{
    // The first sentence of a paragraph is a heading when it opens with an ordinal and the paragraph goes on after it.
    [GeneratedRegex("^[一二三四五六七八九十]+是")]
    private static partial Regex LevelOne();

    // 第一个/第三次… count things, they do not order points.
    [GeneratedRegex("^(首先|其次|再次|最后|第[一二三四五六七八九十]+(?![个次批届位名天年条点项])|[一二三四五六七八九十]+要|关于)")]
    private static partial Regex LevelTwo();

    private const int MaxHeading = 50;

    /// <summary>Writes the paragraph, found at <paramref name="origin"/> of the draft, into <paramref name="markdown"/>.</summary>
    public static void Mark(string paragraph, int origin, int number, List<MarkedHeading> marked, MappedText markdown)
    {
        var start = markdown.Length;
        var at = 0;
        if (Heading(paragraph, LevelOne()) is { } one)
        {
            marked.Add(new MarkedHeading(number, 1, one));
            markdown.Append("**").Escape(one, origin, lineStart: false).Append("**");
            at = one.Length;
        }
        if (Heading(paragraph[at..], LevelTwo()) is { } two)
        {
            marked.Add(new MarkedHeading(number, 2, two));
            markdown.Append("*").Escape(two, origin + at, lineStart: false).Append("*");
            at += two.Length;
        }
        markdown.Escape(paragraph[at..], origin + at, lineStart: markdown.Length == start);
    }

    private static string? Heading(string text, Regex opening)
    {
        var end = text.IndexOf('。');
        if (end < 0 || end + 1 >= text.Length || end + 1 > MaxHeading || !opening.IsMatch(text)) return null;
        var sentence = text[..(end + 1)];
        return sentence.IndexOfAny(['；', ';']) >= 0 ? null : sentence; // 一是…；二是…。 is a list, not a heading
    }

    /// <summary>Escapes what CommonMark and Scriban would read as markup; the rendered text is the original.</summary>
    private static MappedText Escape(this MappedText escaped, string text, int origin, bool lineStart)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                foreach (var e in "{{\"{{\"}}") escaped.Append(e, origin + i);
                i++;
                continue;
            }
            var blockStart = lineStart && i == 0 && c is '#' or '>' or '-' or '+' or '=';
            // "1. " or "1) " opening a line would start a list.
            var listNumber = lineStart && c is '.' or ')' && i > 0 && text[..i].All(char.IsAsciiDigit);
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '&' || blockStart || listNumber) escaped.Append('\\', origin + i);
            escaped.Append(c, origin + i);
        }
        return escaped;
    }
}
