using System.Buffers;
using Wengao.Text;

namespace Wengao.Check;

/// <summary>Character classes the rules share: what counts as Chinese text around a mark (numerals are <see cref="ChineseNumerals"/>'s).</summary>
internal static class Han
{
    public const string Numerals = "零一二三四五六七八九十两";

    /// <summary>Ideographs, CJK punctuation, full-width forms, curly quotes, … and —, and expressions (which render 5388万元).</summary>
    public static bool IsChinese(char c) =>
        Ideographs.Is(c) || c == Prose.Expression
        || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= '\u2018' and <= '\u201F' or '…' or '—' or '·';

    /// <summary>
    /// What `\d` of a regex matches: a decimal digit of any script (0-9, full-width ０-９, …). A regex that starts with
    /// it tests each character of a Chinese text against the Unicode tables; this set finds the next digit vectorised.
    /// </summary>
    public static readonly SearchValues<char> Digits = SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)]);

    /// <summary>
    /// The first of <paramref name="values"/> in <paramref name="text"/> at or after <paramref name="from"/>, or -1: a
    /// vectorised search, for the rules that look at a few marks among a paragraph's many characters.
    /// </summary>
    public static int Next(string text, SearchValues<char> values, int from) =>
        from >= text.Length ? -1 : text.AsSpan(from).IndexOfAny(values) is var next and >= 0 ? from + next : -1;

    /// <summary>The Chinese ideograph pairs of a text, for comparing what two passages talk about.</summary>
    public static HashSet<string> Bigrams(string text)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
            if (Ideographs.Is(text[i]) && Ideographs.Is(text[i + 1])) pairs.Add(text.Substring(i, 2));
        return pairs;
    }
}
