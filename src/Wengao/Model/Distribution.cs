using System.Collections.Immutable;
using System.Globalization;

namespace Wengao.Model;

/// <summary>
/// Who a document's numbered copies (份号, GB/T 9704 §7.2.1) are issued to, from its front matter: `issued_to:` maps each
/// recipient to how many copies it gets, numbered 000001, 000002… in the order written; `watermark: true` has each
/// copy name its recipient across every page, so a copy that turns up where it should not can be traced.
/// </summary>
/// <param name="IssuedTo">each recipient and its number of copies, in the order written</param>
public sealed record Distribution(ImmutableArray<(string Recipient, int Copies)> IssuedTo, bool Watermark)
{
    public static readonly Distribution None = new([], false);

    /// <summary>GB/T 9704 §7.2.1: 份号 一般用6位3号阿拉伯数字.</summary>
    public const int NumberDigits = 6;

    /// <summary>The highest number a 份号 of six digits can have.</summary>
    public const int MaxNumber = 999_999;

    /// <summary>How many copies the list issues: the numbers 1 to this name recipients.</summary>
    public int Count => IssuedTo.Sum(r => r.Copies);

    /// <summary>The recipient of copy <paramref name="number"/> (1-based): the list's, in order; none beyond it.</summary>
    public string? Recipient(int number)
    {
        var last = 0;
        foreach (var (recipient, copies) in IssuedTo)
            if (number <= (last += copies)) return recipient;
        return null;
    }

    /// <summary>A copy's 份号 as printed: six digits, zero-filled (000012).</summary>
    public static string Number(int number) => number.ToString("D" + NumberDigits, CultureInfo.InvariantCulture);

    /// <summary>The same with every recipient passed through <paramref name="mask"/> (an edition's redaction).</summary>
    public Distribution Map(Func<string, string> mask) => this with { IssuedTo = [.. IssuedTo.Select(r => (mask(r.Recipient), r.Copies))] };
}
