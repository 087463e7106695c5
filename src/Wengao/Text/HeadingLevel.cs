using System.Text.RegularExpressions;

namespace Wengao.Text;

/// <summary>
/// The four levels of headings in Chinese official writing (GB/T 9704 §7.3.3), told by their markers:
/// 一、 → 1, （一） → 2, 1. → 3, （1） → 4.
/// </summary>
public static partial class HeadingLevel
{
    [GeneratedRegex(@"^(?:(?<l1>[一二三四五六七八九十百]+、)|(?<l2>[（(][一二三四五六七八九十百]+[）)])|(?<l3>\d+[.．](?!\d))|(?<l4>[（(]\d+[）)]))")]
    private static partial Regex Marker();

    /// <summary>The level the text's leading marker gives, or 0 when it has none.</summary>
    public static int Of(string text)
    {
        var m = Marker().Match(text);
        return !m.Success ? 0 : m.Groups["l1"].Success ? 1 : m.Groups["l2"].Success ? 2 : m.Groups["l3"].Success ? 3 : 4;
    }
}
