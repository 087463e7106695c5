using System.Text;

namespace Wengao.Text;

/// <summary>
/// Chinese numerals, which GB/T 15835 keeps for list markers and fixed expressions (一、 （三） 第二十一):
/// 十一 not 一十一, 一百零一, 十万零一; 零 for nothing counted (〇 belongs to years written out, 二〇二二).
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";
    private static readonly string[] Places = ["", "十", "百", "千"];
    private static readonly string[] Sections = ["", "万", "亿", "万亿"];
    private const long Limit = 10_000_000_000_000_000;

    public static string Count(long n)
    {
        if (n < 0) throw new ArgumentException($"Chinese numerals count from 零; {n} is negative");
        if (n >= Limit) throw new ArgumentException($"{n} is too large for Chinese numerals; write it in Arabic numerals");
        if (n == 0) return "零";
        var groups = new List<int>();
        for (; n > 0; n /= 10_000) groups.Add((int)(n % 10_000));
        var text = new StringBuilder();
        var gap = false;
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            if (groups[i] == 0) { gap = true; continue; }
            // 十万零一, 一亿零一万: a missing place before a group is read as 零.
            if (text.Length > 0 && (gap || groups[i] < 1000)) text.Append('零');
            text.Append(Group(groups[i])).Append(Sections[i]);
            gap = false;
        }
        // 十一, 十万: a leading 一十 is read 十.
        return text.Length > 1 && text[0] == '一' && text[1] == '十' ? text.ToString(1, text.Length - 1) : text.ToString();
    }

    /// <summary>1–99 as written in Chinese numerals (三, 十二, 二十五, 两 for 2), or -1: the counts a text announces (三个方面).</summary>
    public static int Read(ReadOnlySpan<char> text)
    {
        static int Digit(char c) => c == '两' ? 2 : Digits.IndexOf(c);
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

    /// <summary>A heading's marker at GB/T 9704's four levels: 三、 （三） 3. （3）.</summary>
    public static string ListMarker(long n, int level)
    {
        if (n < 1) throw new ArgumentException($"list markers count from 1, not {n}");
        return level switch
        {
            1 => Count(n) + "、",
            2 => $"（{Count(n)}）",
            3 => $"{n}.",
            4 => $"（{n}）",
            _ => throw new ArgumentException($"list levels are 1 (一、) to 4 (（1）), not {level}"),
        };
    }

    private static string Group(int group)
    {
        var text = new StringBuilder();
        var zero = false;
        for (int place = 3, unit = 1000; place >= 0; place--, unit /= 10)
        {
            var digit = group / unit % 10;
            if (digit == 0) { zero = text.Length > 0; continue; }
            if (zero) text.Append('零');
            text.Append(Digits[digit]).Append(Places[place]);
            zero = false;
        }
        return text.ToString();
    }
}
