using Wengao.Model;
using Wengao.Text;

namespace Wengao.Expand.Functions;

/// <summary><c>percent</c> and <c>share</c>: ratios as percentages, rounded half away from zero to the decimals asked for.</summary>
public static class PercentFunctions
{
    /// <summary><c>{{ 0.41446 | percent }}</c> → 41%, <c>percent 1</c> → 41.4%. A figure in % or ‰ is its ratio (41% → 0.41).</summary>
    public static string Percent(object? ratio, int decimals = 0) => ArabicNumbers.Percent(Ratio(ratio), decimals);

    /// <summary>
    /// <c>{{ share outcomes.funds_arrived outcomes.funds_planned }}</c> → 41%: part / whole as a percentage.
    /// Figures are compared on their base scale (5388万元 / 1.3亿元), so both must count the same thing (元 and 元).
    /// </summary>
    public static string Share(object? part, object? whole, int decimals = 0)
    {
        if (part is Figure a && whole is Figure b)
        {
            if (Units.Get(a.Unit).Base != Units.Get(b.Unit).Base)
                throw new ArgumentException($"`share` compares figures that count the same thing; `{a.Id}` is in {a.Unit}, `{b.Id}` in {b.Unit}");
            return Divide(a.BaseValue, b.BaseValue, decimals);
        }
        if (part is Figure || whole is Figure)
            throw new ArgumentException("`share` compares two figures or two numbers, not one of each");
        return Divide(ScriptValues.Number(part, "share"), ScriptValues.Number(whole, "share"), decimals);
    }

    private static string Divide(decimal part, decimal whole, int decimals) =>
        whole == 0 ? throw new ArgumentException("`share`: the whole is 0") : ArabicNumbers.Percent(part / whole, decimals);

    private static decimal Ratio(object? value)
    {
        if (value is not Figure f) return ScriptValues.Number(value, "percent");
        return Units.Get(f.Unit).Base is "%" or "‰"
            ? f.BaseValue
            : throw new ArgumentException($"`percent` takes a ratio; `{f.Id}` is in {f.Unit} (for a share of two figures, use `share a b`)");
    }
}
