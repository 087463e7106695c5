using System.Globalization;
using System.Text.RegularExpressions;

namespace Wengao.Authoring;

/// <summary>
/// Numbered lines that follow each other with nothing between them (1.某县人民医院 / 2.… as a 通报 lists the units it
/// commends) are an ordered list, not headings: a heading (1.加强组织领导) has text under it before the next one.
/// A line with a sentence inside it (1.加快污水治理。完成……) is a run-in heading, left to <see cref="HeadingMarker"/>.
/// </summary>
internal static partial class NumberedList
{
    private const int MinItems = 2;

    // 1. as Markdown numbers a list. A line numbered 1．(full width) stays a paragraph: a list shows "1." and would lose its stop.
    [GeneratedRegex(@"^(\d{1,9})(\.)(?!\d)\s*(\S.*)$")]
    private static partial Regex Item();

    /// <summary>How many body lines from <paramref name="start"/> make a list (numbered in order); 0 if none starts there.</summary>
    public static int ItemsAt(IReadOnlyList<DraftLine> body, int start)
    {
        if (Number(body[start].Text) is not { } first) return 0;
        var items = 1;
        while (start + items < body.Count && Number(body[start + items].Text) == first + items) items++;
        return items >= MinItems ? items : 0;
    }

    /// <summary>`1. 某县人民医院`, one line per item: the number as written, a space, the text.</summary>
    public static void Write(IReadOnlyList<DraftLine> body, int start, int items, MappedText markdown)
    {
        for (var i = start; i < start + items; i++)
        {
            if (i > start) markdown.Append("\n");
            var (line, match) = (body[i], Item().Match(body[i].Text));
            var number = match.Groups[1];
            foreach (var (c, at) in number.Value.Select((c, at) => (c, at))) markdown.Append(c, line.At(at));
            markdown.Append('.', line.At(match.Groups[2].Index)).Append(" ");
            HeadingMarker.Escape(markdown, match.Groups[3].Value, DraftPlace.In(line, match.Groups[3].Index), lineStart: true);
        }
    }

    private static int? Number(string line)
    {
        var match = Item().Match(line);
        if (!match.Success) return null;
        var text = match.Groups[3].Value;
        // a sentence ended inside the line: a run-in heading with its text, not a list item
        if (text.AsSpan(0, text.Length - 1).IndexOfAny("。！？") >= 0) return null;
        return int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
