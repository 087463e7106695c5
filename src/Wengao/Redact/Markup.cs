namespace Wengao.Redact;

/// <summary>
/// Where the readable parts of HTML, XML and SVG lie: the text between tags, which a reader reads on across inline
/// and block tags alike (王<strong>秀英</strong>), and each attribute value and comment, read alone.
/// Not a parser: it only has to find every place a name could be shown. Entities are decoded by the fold.
/// </summary>
internal static class Markup
{
    public static (List<(int Start, int End)> Text, List<(int Start, int End)> Values) Ranges(string s)
    {
        var (text, values) = (new List<(int, int)>(), new List<(int, int)>());
        var from = 0;
        for (var lt = s.IndexOf('<'); lt >= 0 && lt + 1 < s.Length; lt = s.IndexOf('<', lt + 1))
        {
            var next = s[lt + 1];
            if (!char.IsAsciiLetter(next) && next is not ('/' or '!' or '?')) continue; // "a < b" is text
            if (lt > from) text.Add((from, lt));
            from = s.AsSpan(lt).StartsWith("<!--") ? Block(s, lt, "<!--", "-->", values)
                : s.AsSpan(lt).StartsWith("<![CDATA[") ? Block(s, lt, "<![CDATA[", "]]>", text)
                : Tag(s, lt, values);
            // A script's or style's text is raw: "a<b" in it is no tag.
            if (RawText(s, lt) is { } name)
            {
                var close = s.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
                if (close < 0) close = s.Length;
                if (close > from) text.Add((from, close));
                from = close;
            }
            lt = from - 1;
        }
        if (from < s.Length) text.Add((from, s.Length));
        return (text, values);
    }

    private static string? RawText(string s, int lt)
    {
        foreach (var name in (string[])["script", "style"])
            if (s.AsSpan(lt + 1).StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && lt + 1 + name.Length < s.Length && s[lt + 1 + name.Length] is '>' or ' ' or '\t' or '\n' or '/')
                return name;
        return null;
    }

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
