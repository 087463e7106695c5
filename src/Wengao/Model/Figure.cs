using System.Globalization;
using Wengao.Diagnostics;

namespace Wengao.Model;

/// <summary>
/// One figure of a programme's outcomes, as the speech states it: 1.3亿元, 500多万元, 8个多月.
/// A derived figure has a <see cref="Formula"/>; its <see cref="Value"/> is computed at load.
/// </summary>
public sealed record Figure(
    string Id,
    string? Group,
    string Label,
    double Value,
    string Unit,
    string? Qualifier,
    string? Measure,
    int? Decimals,
    string? Formula,
    string? Period,
    string? Note,
    SourceSpan Where)
{
    /// <summary>Approximation words written after the number (500多万元) and those after the unit (5次以上).</summary>
    public static readonly string[] NumberQualifiers = ["多", "余", "几"];
    public static readonly string[] UnitQualifiers = ["以上", "左右", "以内", "以下"];

    /// <summary>The number as written: 1.3, 5388, or rounded to <see cref="Decimals"/>.</summary>
    public string Number => Decimals is { } d
        ? Math.Round(Value, d, MidpointRounding.AwayFromZero).ToString("F" + d, CultureInfo.InvariantCulture)
        : Value.ToString("0.###############", CultureInfo.InvariantCulture);

    /// <summary>The figure as it reads in text; what <c>{{ outcomes.id }}</c> renders.</summary>
    public string Text
    {
        get
        {
            var before = Qualifier is { } q && NumberQualifiers.Contains(q) ? q : "";
            var after = Qualifier is { } p && UnitQualifiers.Contains(p) ? p : "";
            return $"{Number}{Measure}{before}{Unit}{after}";
        }
    }

    public override string ToString() => Text;
}
