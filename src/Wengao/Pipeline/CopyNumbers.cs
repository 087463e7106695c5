using System.Collections.Immutable;
using System.Globalization;
using Wengao.Model;

namespace Wengao.Pipeline;

/// <summary>
/// The 份号 `wengao build --copies` asks for: `5`, `1-60`, `1-10,21-30`, in the order written, each number once.
/// </summary>
public sealed record CopyNumbers(ImmutableArray<int> Numbers)
{
    public const string Accepted = "a number or a range of 份号 from 1 to 999999, several separated by commas: 5, 1-60 or 1-10,21-30";

    /// <summary>The numbers <paramref name="text"/> names; null, with what is wrong in <paramref name="error"/>, where it names none.</summary>
    public static CopyNumbers? Parse(string text, out string error)
    {
        var numbers = new List<int>();
        var seen = new HashSet<int>();
        foreach (var part in text.Split(','))
        {
            var bounds = part.Trim().Split('-');
            if (bounds.Length > 2 || bounds.Any(b => !IsNumber(b)))
            {
                error = $"`{part.Trim()}` is no number or range";
                return null;
            }
            var (first, last) = (int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[^1], CultureInfo.InvariantCulture));
            if (first < 1 || last > Distribution.MaxNumber || first > last)
            {
                error = first > last ? $"the range `{part.Trim()}` runs backwards" : $"`{part.Trim()}` is outside 1 to {Distribution.MaxNumber}";
                return null;
            }
            for (var n = first; n <= last; n++)
                if (seen.Add(n)) numbers.Add(n);
        }
        error = "";
        return new CopyNumbers([.. numbers]);
    }

    // Digits only, and few enough that the number cannot overflow: anything longer is outside the six digits anyway.
    private static bool IsNumber(string text) => text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit);
}
