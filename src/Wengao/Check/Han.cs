namespace Wengao.Check;

/// <summary>Character classes the rules share: what counts as Chinese text around a mark, and Chinese numerals.</summary>
internal static class Han
{
    public const string Numerals = "零一二三四五六七八九十两";

    public static bool IsIdeograph(char c) =>
        c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' || char.IsSurrogate(c);

    /// <summary>Ideographs, CJK punctuation, full-width forms, curly quotes, … and —, and expressions (which render 5388万元).</summary>
    public static bool IsChinese(char c) =>
        IsIdeograph(c) || c == Prose.Expression
        || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= '\u2018' and <= '\u201F' or '…' or '—' or '·';

    /// <summary>1–99 in Chinese numerals (三, 十二, 二十五), or -1.</summary>
    public static int Number(ReadOnlySpan<char> text)
    {
        static int Digit(char c) => c == '两' ? 2 : "零一二三四五六七八九".IndexOf(c);
        return text switch
        {
            [var one] when Digit(one) > 0 => Digit(one),
            ['十'] => 10,
            ['十', var one] when Digit(one) > 0 => 10 + Digit(one),
            [var ten, '十'] when Digit(ten) > 1 => Digit(ten) * 10,
            [var ten, '十', var one] when Digit(ten) > 1 && Digit(one) > 0 => Digit(ten) * 10 + Digit(one),
            _ => -1,
        };
    }

    /// <summary>1–99 written in Chinese numerals: 三, 十二, 二十五.</summary>
    public static string Write(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n < 10 ? digits[n].ToString() : $"{(n >= 20 ? digits[n / 10].ToString() : "")}十{(n % 10 > 0 ? digits[n % 10].ToString() : "")}";
    }

    /// <summary>The Chinese ideograph pairs of a text, for comparing what two passages talk about.</summary>
    public static HashSet<string> Bigrams(string text)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
            if (IsIdeograph(text[i]) && IsIdeograph(text[i + 1])) pairs.Add(text.Substring(i, 2));
        return pairs;
    }
}
