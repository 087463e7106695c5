using Wengao.Text;

namespace Wengao.Expand.Functions;

/// <summary><c>cn_numeral</c> and <c>cn_list_marker</c>: Chinese numerals where GB/T 15835 keeps them.</summary>
public static class NumeralFunctions
{
    /// <summary><c>{{ 21 | cn_numeral }}</c> → 二十一; 0 → 零. Negative or fractional numbers are errors.</summary>
    public static string CnNumeral(object? n) => ChineseNumerals.Count(ScriptValues.Whole(n, "cn_numeral"));

    /// <summary><c>{{ 3 | cn_list_marker }}</c> → 三、; level 2 → （三）, 3 → 3., 4 → （3）.</summary>
    public static string CnListMarker(object? n, int level = 1) =>
        ChineseNumerals.ListMarker(ScriptValues.Whole(n, "cn_list_marker"), level);
}
