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
