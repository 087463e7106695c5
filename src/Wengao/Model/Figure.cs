namespace Wengao.Model;

/// <summary>
/// One figure of a programme's outcomes, as the speech states it: 1.3亿元, 500多万元, 8个多月.
/// A derived figure has a <see cref="Formula"/>; its <see cref="Value"/> is computed at load.
/// <see cref="Source"/> says where the number comes from (a report, a ledger), when the file's own source does not cover it.
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
    string? Source,
    string? Note,
    SourceSpan Where)
{
    /// <summary>Approximation words written after the number (500多万元) and those after the unit (5次以上).</summary>
    public static readonly string[] NumberQualifiers = ["多", "余", "几"];
    public static readonly string[] UnitQualifiers = ["以上", "左右", "以内", "以下"];

    /// <summary>
    /// Whether <see cref="Note"/> may be published (`note_public: true`): a note is the author's own (where a number
    /// comes from, how the speech words it) and stays out of the site unless the file says it is for readers.
    /// </summary>
    public bool NotePublic { get; init; }

    /// <summary>The number as written: 1.3, 5388, or rounded to <see cref="Decimals"/>; formatted by the loader as the template functions format numbers.</summary>
    public string Number { get; init; } = "";

    /// <summary>An approximate figure (500多万元, 5次以上) is only ever written as stated, never as a bare number.</summary>
    public bool IsApproximate => Qualifier is not null;

    /// <summary>The value on the base scale formulas and ratios compute on: 1.3亿元 → 130000000, 41% → 0.41 (the loader's, by the units table).</summary>
    public decimal BaseValue { get; init; }

    /// <summary>The figure as it reads in text, in the unit it was written in; what <c>{{ outcomes.id }}</c> renders.</summary>
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
