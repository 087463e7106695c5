using System.Globalization;
using System.Text;

namespace Wengao.Text;

/// <summary>Measures and dates as Chinese offices count and write them.</summary>
public static class ChineseText
{
    /// <summary>
    /// 字数 as a word processor counts it for Chinese: every Chinese character and punctuation mark is one,
    /// a run of Latin letters or digits (a word, 5388) is one, white space is nothing.
    /// </summary>
    public static int CountCharacters(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune)) { inWord = false; continue; }
            var wordy = rune.Value < 0x80 && Rune.IsLetterOrDigit(rune) || rune.Value == '.' && inWord;
            if (!(wordy && inWord)) count++;
            inWord = wordy;
        }
        return count;
    }

    /// <summary>Minutes to read a text aloud at <paramref name="charactersPerMinute"/>, rounded up, at least 1.</summary>
    public static int SpeakingMinutes(int characters, double charactersPerMinute) =>
        Math.Max(1, (int)Math.Ceiling(characters / charactersPerMinute));

    /// <summary>A date per GB/T 15835: Arabic numerals, full year, no leading zeros — 2022年7月1日.</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>A month per GB/T 15835: 2022年7月.</summary>
    public static string Month(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月");
}
