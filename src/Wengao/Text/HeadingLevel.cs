using System.Text.RegularExpressions;

namespace Wengao.Text;

/// <summary>
/// The one heading-level rule: the four levels of headings in Chinese official writing (GB/T 9704 §7.3.3), told by their
/// markers — 一、 → 1, （一） → 2, 1. → 3, （1） → 4 — and, for headings written without one, by how they are written.
/// The build (<c>Parse.HeadingLevels</c>), `wengao import` and `wengao check` all ask here.
/// </summary>
public static partial class HeadingLevel
{
    /// <summary>The deepest level GB/T 9704 §7.3.3 numbers: （1）.</summary>
    public const int Deepest = 4;

    [GeneratedRegex(@"^(?:(?<l1>[一二三四五六七八九十百]+、)|(?<l2>[（(][一二三四五六七八九十百]+[）)])|(?<l3>\d+[.．](?!\d))|(?<l4>[（(]\d+[）)]))")]
    private static partial Regex Marker();

    /// <summary>How many characters the text's leading marker takes (一、 two, （一） three), 0 when it has none.</summary>
    public static int MarkerLength(string text) => Marker().Match(text) is { Success: true } m ? m.Length : 0;

    /// <summary>The level the text's leading marker gives, or 0 when it has none.</summary>
    public static int Of(string text)
    {
        var m = Marker().Match(text);
        return !m.Success ? 0 : m.Groups["l1"].Success ? 1 : m.Groups["l2"].Success ? 2 : m.Groups["l3"].Success ? 3 : 4;
    }

    /// <summary>
    /// A heading on a line of its own: its marker's level; without one, its Markdown `#`s less one, since `#` is the
    /// page's title (`##` level 1 down to `#####` level 4; a body's `#` is level 1 too).
    /// </summary>
    public static int Standalone(string text, int hashes) =>
        Of(text) is > 0 and var marked ? marked : Math.Clamp(hashes - 1, 1, Deepest);

    /// <summary>
    /// A run-in heading (段首标题): its marker's level; without one, one level below the heading on a line of its own it
    /// stands under (<paramref name="under"/>, 0 before any) when strong (`**一是……。**`), two when emphasised
    /// (`*首先……。*`). So 一是…二是 are the parts of a speech with no headings of their own, and the points of a part under 二、.
    /// </summary>
    public static int RunIn(string text, bool strong, int under) =>
        Of(text) is > 0 and var marked ? marked : Math.Min(under + (strong ? 1 : 2), Deepest);
}
