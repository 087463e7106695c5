using System.Text.RegularExpressions;
using Wengao.Text;

namespace Wengao.Authoring;

/// <summary>
/// The 版头 of a document copied from its print (GB/T 9704 §7.2), above its title: the 份号 (six digits, §7.2.1), the
/// 密级和保密期限 (机密★1年, §7.2.2) and the 紧急程度 (特急, §7.2.3), the mark (某县人民政府文件, §7.2.4), the 发文字号
/// (§7.2.5) and the 签发人 (§7.2.6), beside the number (x府〔2024〕15号　签发人：张某某) or on a line of their own. None of
/// them is a line of the title; each but the 份号 (a printed copy's, not the source's) is read into the front matter.
/// </summary>
/// <param name="Lines">the header lines that are the 版头's, by their index among the header's lines</param>
/// <param name="Number">the 发文字号; <paramref name="Signers"/> the names after 签发人：</param>
/// <param name="Marks">the 发文机关标志's lines, the lead issuer first (§7.2.4: 联合行文时主办机关排列在前), the last ending with 文件 where it has the word;
/// a 文件 on a line of its own, beside a joint mark's names, is <paramref name="Word"/></param>
/// <param name="CopyNumber">the 份号, left out of the source</param>
public sealed partial record DraftHead(
    IReadOnlySet<int> Lines, DraftLine? Number, DraftLine? Signers, IReadOnlyList<DraftLine> Marks, DraftLine? Secrecy, DraftLine? Urgency, DraftLine? CopyNumber,
    DraftLine? Word = null)
{
    public static readonly DraftHead None = new(new HashSet<int>(), null, null, [], null, null, null);

    /// <summary>Whether the mark ends with 文件 (§7.2.4), on its last name's line or on a line of its own.</summary>
    public bool Worded => Word is not null || Marks.Count > 0 && Marks[^1].Text.EndsWith(MarkWord, StringComparison.Ordinal);

    /// <summary>What ends a mark when it is a 文件's (§7.2.4).</summary>
    public const string MarkWord = "文件";

    /// <summary>A mark is an issuer's name or a few joint issuers' and 文件: within half a title's width.</summary>
    private const int MaxMark = 40;

    /// <summary>A joint document rarely has more issuers than this (as its signature, <see cref="DraftFurniture"/>).</summary>
    private const int MaxMarks = 6;

    // §7.2.1: 份号 一般用6位3号阿拉伯数字.
    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex CopyNumberText();

    // §7.2.2: 绝密, 机密 or 秘密, then ★ and the period.
    [GeneratedRegex(@"^(?:绝密|机密|秘密)(?:★\S+)?$")]
    private static partial Regex SecrecyText();

    [GeneratedRegex(@"^(?:特急|加急)$")]
    private static partial Regex UrgencyText();

    // x府〔2024〕15号　签发人：张某某: the number at the left, the 签发人 at the right of one line; or 签发人：张某某 alone.
    [GeneratedRegex(@"^(?:(?<number>\S+?)[ \t\u3000]+)?签发人[：:][ \t\u3000]*(?<names>\S.*)$")]
    private static partial Regex SignersText();

    /// <summary>The 版头 among the <paramref name="header"/>'s lines: read where a 发文字号 is among them, nothing else otherwise.</summary>
    public static DraftHead Read(IReadOnlyList<DraftLine> header)
    {
        var lines = new HashSet<int>();
        DraftLine? number = null, signers = null, word = null, secrecy = null, urgency = null, copy = null;
        var marks = new List<DraftLine>();
        var numberAt = -1;
        for (var i = 0; i < header.Count && numberAt < 0; i++)
        {
            var text = header[i].Text;
            if (DocumentNumber.IsWellFormed(text)) (number, numberAt) = (header[i], i);
            else if (SignersText().Match(text) is { Success: true } m && (!m.Groups["number"].Success || DocumentNumber.IsWellFormed(m.Groups["number"].Value)))
            {
                var names = m.Groups["names"];
                signers = header[i].After(names.Index) with { Text = names.Value.TrimEnd() };
                lines.Add(i);
                if (m.Groups["number"].Success) (number, numberAt) = (header[i] with { Text = m.Groups["number"].Value, Joins = [] }, i);
            }
        }
        if (number is null) return None;
        lines.Add(numberAt);
        // A copy that reads the 版头 line by line gives the 签发人 under the number.
        if (signers is null && numberAt + 1 < header.Count && SignersText().Match(header[numberAt + 1].Text) is { Success: true } under
            && !under.Groups["number"].Success)
        {
            signers = header[numberAt + 1].After(under.Groups["names"].Index) with { Text = under.Groups["names"].Value.TrimEnd() };
            lines.Add(numberAt + 1);
        }
        // Above the number, from it up: the 签发人's line, the mark (a joint one a name a line, 文件 on the last or alone
        // beside them), the 紧急程度, the 密级, the 份号 (§7.2's order, read upward).
        for (var i = numberAt - 1; i >= 0; i--)
        {
            var text = header[i].Text;
            if (lines.Contains(i)) continue;
            var above = secrecy is null && urgency is null && copy is null; // still below them, where the mark stands
            if (urgency is null && copy is null && UrgencyText().IsMatch(text)) urgency = header[i];
            else if (secrecy is null && copy is null && SecrecyText().IsMatch(text)) secrecy = header[i];
            else if (copy is null && CopyNumberText().IsMatch(text)) copy = header[i];
            else if (above && marks.Count == 0 && word is null && text == MarkWord) word = header[i];
            else if (above && marks.Count == 0 && word is null && IsMark(text)) marks.Add(header[i]);
            // A name with no 文件 is a mark's only over a 文件 or a name below it, or just above the number (信函格式, §10.1).
            else if (above && (marks.Count > 0 || word is not null || Enumerable.Range(i + 1, numberAt - i - 1).All(lines.Contains))
                && IsLetterMark(text) && marks.Count < MaxMarks) marks.Insert(0, header[i]);
            else break;
            lines.Add(i);
        }
        return new DraftHead(lines, number, signers, marks, secrecy, urgency, copy, word);
    }

    /// <summary>
    /// The mark of a 信函格式 document (§10.1: 发文机关全称或规范化简称, no 文件) just above its number: an organ's name
    /// (某县人民政府办公室), which a title's last line above a number never is — that ends with its 文种 (§7.3.1) and often
    /// names a year (某县2024年政务公开工作要点), where an organ's name has no figure.
    /// </summary>
    private static bool IsLetterMark(string line) =>
        DraftFurniture.IsIssuer(line) && !line.Contains("关于", StringComparison.Ordinal) && !DraftLayout.EndsWithKind(line) && !line.Any(char.IsAsciiDigit);

    /// <summary>An issuer's name and 文件 (某县人民政府文件): short, no punctuation; a title ends with its 文种, never with 文件.</summary>
    private static bool IsMark(string line) =>
        line.EndsWith(MarkWord, StringComparison.Ordinal) && line.Length > MarkWord.Length && line.Length <= MaxMark
        && !SiteChrome.HasSentencePunctuation(line) && line.IndexOfAny(['，', '、', '：', ':', ' ', '\u3000']) < 0;
}
