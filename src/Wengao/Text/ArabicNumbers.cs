using System.Globalization;

namespace Wengao.Text;

/// <summary>
/// Numbers in Arabic numerals as GB/T 15835 writes them in running text: figures, amounts with 万/亿, percentages.
/// Arithmetic is decimal, so 0.285 rounds to 28.5%, not to the 28.499…% a double holds.
/// </summary>
public static class ArabicNumbers
{
    /// <summary>The most decimals an amount keeps when it moves up to 万/亿: 1.23亿元, but 12345元 rather than 1.2345万元.</summary>
    public const int AmountDecimals = 2;

    /// <summary>The most decimals a number is written with: beyond 10 a figure shows the binary noise of its computation.</summary>
    public const int MaxDecimals = 10;

    /// <summary>
    /// Rounded half away from zero to <paramref name="decimals"/>, which are all shown (41.0);
    /// without decimals, the number as exact as it is, with no trailing zeros (1.3, 5388).
    /// </summary>
    public static string Format(decimal value, int? decimals = null)
    {
        if (decimals is not { } d) return value.ToString("0.############################", CultureInfo.InvariantCulture);
        if (d is < 0 or > MaxDecimals) throw new ArgumentException($"decimals must be from 0 to {MaxDecimals}, not {d}");
        return decimal.Round(value, d, MidpointRounding.AwayFromZero).ToString("F" + d, CultureInfo.InvariantCulture);
    }

    /// <summary>A double as decimal, to 15 significant digits: drops binary noise (0.1 + 0.2 → 0.3).</summary>
    public static decimal ToDecimal(double value) =>
        Math.Abs(value) < 7.9e27 ? (decimal)value : throw new ArgumentException($"{value} is too large to write as a figure");

    /// <summary>
    /// An amount in <paramref name="unit"/>, written in the largest of 万亿/亿/万/the base unit that leaves a number
    /// of at least 1 with at most <see cref="AmountDecimals"/> decimals, exactly (never rounded):
    /// 13000万元 → 1.3亿元, 5388万元 → 5388万元, 10000元 → 1万元, 9999元 → 9999元. A number with more
    /// decimals than that is written in the base unit as it is. Units without magnitudes (天, %) are left as they are.
    /// </summary>
    public static string Amount(decimal value, Unit unit)
    {
        if (!unit.TakesMagnitude) return Format(value) + unit.Name;
        try
        {
            var inBase = value * unit.Scale;
            foreach (var (prefix, scale) in Units.Magnitudes)
            {
                var n = inBase / scale;
                if (Math.Abs(n) >= 1 && decimal.Round(n, AmountDecimals) == n) return Format(n) + prefix + unit.Base;
            }
            return Format(inBase) + unit.Base;
        }
        catch (OverflowException)
        {
            throw new ArgumentException($"{value}{unit.Name} is too large to write as an amount");
        }
    }

    /// <summary>A ratio as a percentage rounded half away from zero: 0.41446 → 41% (0 decimals), 41.4% (1).</summary>
    public static string Percent(decimal ratio, int decimals) => Format(ratio * 100, decimals) + "%";
}
