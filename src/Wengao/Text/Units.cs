namespace Wengao.Text;

/// <summary>What a unit measures, so rules that compare quantities compare like with like.</summary>
public enum UnitKind { Money, Area, Count, Time, Ratio }

/// <summary>
/// A unit a figure is written in: what one of it is worth in its <see cref="Base"/> unit (万元 → 10⁴ 元),
/// whether 万/亿 may stand before that base (元, 亩, 人 may; 天, 岁, % may not), and what it measures.
/// </summary>
public sealed record Unit(string Name, decimal Scale, string Base, bool TakesMagnitude, UnitKind Kind);

/// <summary>
/// The one table of units: the loader validates figures against it, formulas compute on its base scale
/// (so 5388万元 / 1.3亿元 = 0.41), <c>amount</c> writes a base value back with 万/亿, the PDF's line breaker keeps
/// every unit with its number (5户, 1万亩), and `wengao check` compares the numerals of quantities by its kinds.
/// 千 is no magnitude: GB/T 15835 writes 4000元, never 4千元.
/// </summary>
public static class Units
{
    /// <summary>万亿/亿/万 written as part of the unit, largest first; "" is the base unit itself.</summary>
    public static readonly IReadOnlyList<(string Prefix, decimal Scale)> Magnitudes = [("万亿", 1e12m), ("亿", 1e8m), ("万", 1e4m), ("", 1m)];

    // Bases that take a magnitude: 万元, 1万亩, 1.3万人. "" is a bare count: 23万, 60亿.
    private static readonly Dictionary<string, UnitKind> Counted = new(StringComparer.Ordinal)
    {
        ["元"] = UnitKind.Money, ["亩"] = UnitKind.Area,
        ["人"] = UnitKind.Count, ["人次"] = UnitKind.Count, ["名"] = UnitKind.Count, ["个"] = UnitKind.Count,
        ["户"] = UnitKind.Count, ["家"] = UnitKind.Count, ["台"] = UnitKind.Count, ["辆"] = UnitKind.Count,
        ["次"] = UnitKind.Count, ["所"] = UnitKind.Count, ["项"] = UnitKind.Count, ["条"] = UnitKind.Count,
        ["吨"] = UnitKind.Count, [""] = UnitKind.Count,
    };

    // Units written as they are. 个亿 is spoken (20几个亿) and worth 亿; % and ‰ are ratios.
    private static readonly Dictionary<string, Unit> Plain = ((Unit[])
    [
        new("个亿", 1e8m, "", true, UnitKind.Count), new("%", 0.01m, "%", false, UnitKind.Ratio), new("‰", 0.001m, "‰", false, UnitKind.Ratio),
        new("倍", 1, "倍", false, UnitKind.Ratio), new("位", 1, "位", false, UnitKind.Count), new("岁", 1, "岁", false, UnitKind.Count),
        .. new[] { "天", "周", "个月", "月", "年", "小时", "分钟" }.Select(n => new Unit(n, 1, n, false, UnitKind.Time)),
    ]).ToDictionary(u => u.Name, StringComparer.Ordinal);

    /// <summary>Every known unit name, for suggestions.</summary>
    public static IEnumerable<string> Names => All.Select(u => u.Name);

    /// <summary>Every unit of the table: each base with each magnitude, and the plain units.</summary>
    public static IEnumerable<Unit> All =>
        Counted.SelectMany(b => Magnitudes.Where(m => m.Prefix.Length + b.Key.Length > 0)
                .Select(m => new Unit(m.Prefix + b.Key, m.Scale, b.Key, true, b.Value)))
            .Concat(Plain.Values);

    /// <summary>The known units in short, for hints.</summary>
    public static string Summary =>
        $"{string.Join(" ", Counted.Keys.Where(b => b.Length > 0))}, each also after 万 亿 万亿 (万元, 1.3亿元); "
        + $"bare 万 亿 万亿; {string.Join(" ", Plain.Keys)}";

    public static Unit? Find(string name)
    {
        if (Plain.TryGetValue(name, out var plain)) return plain;
        foreach (var (prefix, scale) in Magnitudes)
            if (name.Length > 0 && name.StartsWith(prefix, StringComparison.Ordinal) && Counted.TryGetValue(name[prefix.Length..], out var kind))
                return new Unit(name, scale, name[prefix.Length..], true, kind);
        return null;
    }

    /// <summary>The unit, or an error that says what is known and, when one is close, which was meant.</summary>
    public static Unit Get(string name) =>
        Find(name) ?? throw new ArgumentException($"unknown unit `{name}`; {Hint(name)}");

    public static string Hint(string name)
    {
        if (name.Contains('千')) return $"千 is not a magnitude (GB/T 15835: 4000元, never 4千元); known units: {Summary}";
        return Nearest(name) is { } near ? $"did you mean `{near}`? Known units: {Summary}" : $"known units: {Summary}";
    }

    // Full-width forms (％) fold to ASCII; otherwise the one unit an edit away that shares a character (分 → 分钟).
    private static string? Nearest(string name)
    {
        var folded = string.Concat(name.Select(c => c is >= '！' and <= '～' ? (char)(c - 0xFEE0) : c));
        if (Find(folded) is not null) return folded;
        return EditDistance.OneEditAway(folded, Names);
    }
}
