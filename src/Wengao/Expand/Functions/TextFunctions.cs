using Wengao.Text;

namespace Wengao.Expand.Functions;

/// <summary><c>char_count</c> and <c>speaking_time</c>: the measures of a text the index and speech pages show.</summary>
public static class TextFunctions
{
    /// <summary><c>{{ "已到位5388万元。" | char_count }}</c> → 7, counted as <see cref="ChineseText.CountCharacters"/> counts.</summary>
    public static int CharCount(string? text) => ChineseText.CountCharacters(text ?? "");

    /// <summary>
    /// <c>{{ text | speaking_time 180 }}</c> → 约3分钟: minutes to read a text, or a number of characters, aloud
    /// at that many characters a minute, rounded up.
    /// </summary>
    public static string SpeakingTime(object? textOrCharacters, double charactersPerMinute)
    {
        if (!(charactersPerMinute > 0))
            throw new ArgumentException($"`speaking_time` needs a speaking rate above 0 characters a minute, not {charactersPerMinute}");
        var characters = textOrCharacters is string text ? ChineseText.CountCharacters(text) : ScriptValues.Whole(textOrCharacters, "speaking_time");
        if (characters < 0) throw new ArgumentException($"`speaking_time` needs a count of characters from 0, not {characters}");
        return $"约{ChineseText.SpeakingMinutes((int)Math.Min(characters, int.MaxValue), charactersPerMinute)}分钟";
    }
}
