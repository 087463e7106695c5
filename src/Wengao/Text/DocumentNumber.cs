using System.Text.RegularExpressions;

namespace Wengao.Text;

/// <summary>
/// The 发文字号 (GB/T 9704 §7.2.5): the issuer's code (机关代字), the year in full in 六角括号〔〕, the number without 第 and
/// without leading zeros (不编虚位), then 号 — 国办发〔2019〕4号, x政办发〔2024〕12号.
/// </summary>
public static partial class DocumentNumber
{
    [GeneratedRegex(@"^[^\s〔〕，。：；]{1,20}〔\d{4}〕[1-9]\d{0,4}号$")]
    private static partial Regex WellFormed();

    public static bool IsWellFormed(string text) => WellFormed().IsMatch(text);
}
