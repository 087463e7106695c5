namespace Wengao.Redact;

/// <summary>
/// Where the readable parts of HTML, XML and SVG lie: the text between tags, which a reader reads on across inline
/// and block tags alike (王<strong>秀英</strong>), and each attribute value and comment, read alone; a superscript's
/// text (a note's mark, 王<sup>［1］</sup>秀英) read alone too, since it is set above the line, not in the word.
/// Not a parser: it only has to find every place a name could be shown. Entities are decoded by the fold.
/// </summary>
internal static class Markup
{
    public static (List<(int Start, int End)> Text, List<(int Start, int End)> Values) Ranges(string s) => Ranges(s, 0, s.Length);

    private static (List<(int Start, int End)> Text, List<(int Start, int End)> Values) Ranges(string s, int start, int end)
    {
        var (text, values) = (new List<(int, int)>(), new List<(int, int)>());
        var from = start;
        for (var lt = s.IndexOf('<', start, end - start); lt >= 0 && lt + 1 < end; lt = s.IndexOf('<', lt + 1, end - lt - 1))
        {
            var next = s[lt + 1];
            if (!char.IsAsciiLetter(next) && next is not ('/' or '!' or '?')) continue; // "a < b" is text
            if (lt > from) text.Add((from, lt));
            from = s.AsSpan(lt).StartsWith("<!--") ? Block(s, lt, "<!--", "-->", values)
                : s.AsSpan(lt).StartsWith("<![CDATA[") ? Block(s, lt, "<![CDATA[", "]]>", text)
                : Tag(s, lt, values);
            if (from < end && Named(s, lt, "sup") && s.IndexOf("</sup", from, end - from, StringComparison.OrdinalIgnoreCase) is >= 0 and var closing)
            {
                var (inside, attributes) = Ranges(s, from, closing);
                values.AddRange(inside);
                values.AddRange(attributes);
                from = closing;
            }
            // A script's or style's text is raw: "a<b" in it is no tag.
            else if (RawText(s, lt) is { } name)
            {
                var close = s.IndexOf("</" + name, from, end - from, StringComparison.OrdinalIgnoreCase);
                if (close < 0) close = end;
                if (close > from) text.Add((from, close));
                from = close;
            }
            lt = from - 1;
            if (from >= end) break;
        }
        if (from < end) text.Add((from, end));
        return (text, values);
    }

    private static string? RawText(string s, int lt)
    {
        foreach (var name in (string[])["script", "style"])
            if (Named(s, lt, name)) return name;
        return null;
    }

    // Whether the tag at lt opens an element of this name (<sup>, <sup class="…">), not one whose name starts with it.
    private static bool Named(string s, int lt, string name) =>
        s.AsSpan(lt + 1).StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && lt + 1 + name.Length < s.Length && s[lt + 1 + name.Length] is '>' or ' ' or '\t' or '\n' or '/';

    // <!-- … --> or <![CDATA[ … ]]>: its inside added to the ranges given; returns where it ends.
    private static int Block(string s, int at, string open, string close, List<(int, int)> into)
    {
        var end = s.IndexOf(close, at + open.Length, StringComparison.Ordinal);
        if (end < 0) end = s.Length;
        into.Add((at + open.Length, end));
        return Math.Min(s.Length, end + close.Length);
    }

    // <name attr="value" attr='value' attr=value …>: each value a range; returns where the tag ends.
    private static int Tag(string s, int at, List<(int, int)> values)
    {
        var i = at + 1;
        while (i < s.Length && s[i] != '>')
        {
            if (s[i] != '=') { i++; continue; }
            i++;
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i >= s.Length) break;
            if (s[i] is '"' or '\'')
            {
                var close = s.IndexOf(s[i], i + 1);
                if (close < 0) close = s.Length;
                values.Add((i + 1, close));
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '>') i++;
                values.Add((start, i));
            }
        }
        return Math.Min(s.Length, i + 1);
    }
}
