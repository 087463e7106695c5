using Wengao.Model;
using Wengao.Text;

namespace Wengao.Expand.Functions;

/// <summary><c>amount</c>: an amount with 万/亿 scaling, by the rule of <see cref="ArabicNumbers.Amount"/>.</summary>
public static class AmountFunctions
{
    /// <summary>
    /// <c>{{ 13000 | amount "万元" }}</c> → 1.3亿元. A figure carries its unit (<c>{{ outcomes.funds_planned | amount }}</c>);
    /// an approximate one (500多万元), one with a measure word (8个多月) or in a unit without 万/亿 is written as stated.
    /// </summary>
    public static string Amount(object? value, string? unit = null)
    {
        if (value is Figure f)
        {
            if (unit is not null)
                throw new ArgumentException($"`{f.Id}` carries its own unit ({f.Unit}); write `outcomes.{f.Id} | amount` without one");
            var own = Units.Get(f.Unit);
            if (f.IsApproximate || f.Measure is not null || !own.TakesMagnitude) return f.Text;
            var written = ArabicNumbers.ToDecimal(f.Value);
            return ArabicNumbers.Amount(f.Decimals is { } d ? decimal.Round(written, d, MidpointRounding.AwayFromZero) : written, own);
        }
        if (unit is null) throw new ArgumentException("`amount` needs the unit the number is in, e.g. `13000 | amount \"万元\"`");
        return ArabicNumbers.Amount(ScriptValues.Number(value, "amount"), Units.Get(unit));
    }
}
