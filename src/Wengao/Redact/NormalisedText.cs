using System.Globalization;
using System.Text;

namespace Wengao.Redact;

/// <summary>
/// Text as names are matched in it: full- and half-width alike, lower case, without white space and zero-width
/// characters — so "李 建勤", "李\u200B建勤" or "ＬＩ" still read 李建勤, li — with each character's place in the original.
/// Width is folded here, not left to NFKC: in .NET's invariant globalization mode (ours, for repeatable output)
/// string.Normalize leaves non-ASCII text as it is; NFKC still applies where the runtime has ICU.
/// </summary>
internal readonly struct NormalisedText
{
    public readonly string Text;
    private readonly int[] _start; // original index of each normalised character
    private readonly int[] _end;   // original index just after it

    public NormalisedText(string original)
    {
        var text = new StringBuilder(original.Length);
        var start = new List<int>(original.Length);
        var end = new List<int>(original.Length);
        for (var i = 0; i < original.Length;)
        {
            var length = char.IsSurrogatePair(original, i) ? 2 : 1;
            var piece = original.Substring(i, length);
            if (!Ignored(piece[0]))
                foreach (var c in Fold(piece))
                {
                    text.Append(c);
                    start.Add(i);
                    end.Add(i + length);
                }
            i += length;
        }
        Text = text.ToString();
        (_start, _end) = ([.. start], [.. end]);
    }

    /// <summary>The original span behind normalised characters [from, to).</summary>
    public (int Start, int End) Original(int from, int to) => (_start[from], _end[to - 1]);

    public static string Fold(string text)
    {
        var folded = string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= '\uFF01' and <= '\uFF5E' ? (char)(source[i] - 0xFEE0) : source[i];
        });
        return folded.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }

    private static bool Ignored(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
