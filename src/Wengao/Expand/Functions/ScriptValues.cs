using System.Numerics;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Expand.Functions;

/// <summary>
/// What the functions take as a number: any number Scriban produces, or a figure (its value as written: 5388 for 5388万元).
/// A wrong argument is an <see cref="ArgumentException"/>; Scriban reports it at the call's file:line:column.
/// </summary>
internal static class ScriptValues
{
    public static decimal Number(object? value, string function) => value switch
    {
        int i => i,
        long l => l,
        decimal m => m,
        double d => ArabicNumbers.ToDecimal(d),
        float f => ArabicNumbers.ToDecimal(f),
        BigInteger b when BigInteger.Abs(b) < new BigInteger(decimal.MaxValue) => (decimal)b,
        BigInteger b => throw new ArgumentException($"`{function}`: {b} is too large"),
        Figure f => ArabicNumbers.ToDecimal(f.Value),
        _ => throw new ArgumentException($"`{function}` needs a number, not {Describe(value)}"),
    };

    public static long Whole(object? value, string function)
    {
        var n = Number(value, function);
        return decimal.Truncate(n) == n && Math.Abs(n) <= long.MaxValue
            ? (long)n
            : throw new ArgumentException($"`{function}` needs a whole number, not {ArabicNumbers.Format(n)}");
    }

    public static string Describe(object? value) => value switch
    {
        null => "an empty value",
        string s => $"the text \"{s}\"",
        _ => $"a {value.GetType().Name}",
    };
}
