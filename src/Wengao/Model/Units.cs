namespace Wengao.Model;

/// <summary>
/// A unit a figure is written in: what one of it is worth in its <see cref="Base"/> unit (万元 → 10⁴ 元),
/// and whether 万/亿 may stand before that base (元, 亩, 人 may; 天, 岁, % may not).
/// </summary>
public sealed record Unit(string Name, decimal Scale, string Base, bool TakesMagnitude);

/// <summary>
/// The one table of units: the loader validates figures against it, formulas compute on its base scale
/// (so 5388万元 / 1.3亿元 = 0.41), and <c>amount</c> writes a base value back with 万/亿.
/// 千 is no magnitude: GB/T 15835 writes 4000元, never 4千元.
/// </summary>
public static class Units
{
    /// <summary>万亿/亿/万 written as part of the unit, largest first; "" is the base unit itself.</summary>
    public static readonly IReadOnlyList<(string Prefix, decimal Scale)> Magnitudes = [("万亿", 1e12m), ("亿", 1e8m), ("万", 1e4m), ("", 1m)];

    // Bases that take a magnitude: 万元, 1万亩, 1.3万人. "" is a bare count: 23万, 60亿.
    private static readonly string[] Counted = ["元", "亩", "人", "人次", "名", "个", "户", "家", "台", "辆", "次", "所", "项", "条", "吨", ""];

    // Units written as they are. 个亿 is spoken (20几个亿) and worth 亿; % and ‰ are ratios.
    private static readonly Dictionary<string, Unit> Plain = ((Unit[])
    [
        new("个亿", 1e8m, "", true), new("%", 0.01m, "%", false), new("‰", 0.001m, "‰", false),
        .. new[] { "位", "倍", "岁", "天", "周", "个月", "月", "年", "小时", "分钟" }.Select(n => new Unit(n, 1, n, false)),
    ]).ToDictionary(u => u.Name, StringComparer.Ordinal);

    /// <summary>Every known unit name, for suggestions.</summary>
    public static IEnumerable<string> Names =>
        Counted.SelectMany(b => Magnitudes.Select(m => m.Prefix + b)).Where(n => n.Length > 0).Concat(Plain.Keys);

    /// <summary>The known units in short, for hints.</summary>
    public static string Summary =>
        $"{string.Join(" ", Counted.Where(b => b.Length > 0))}, each also after 万 亿 万亿 (万元, 1.3亿元); "
        + $"bare 万 亿 万亿; {string.Join(" ", Plain.Keys)}";

    public static Unit? Find(string name)
    {
        if (Plain.TryGetValue(name, out var plain)) return plain;
        foreach (var (prefix, scale) in Magnitudes)
            if (name.Length > 0 && name.StartsWith(prefix, StringComparison.Ordinal) && Counted.Contains(name[prefix.Length..]))
                return new Unit(name, scale, name[prefix.Length..], true);
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
        var near = Names.Where(n => Text.EditDistance.Between(n, folded) == 1 && n.Any(folded.Contains)).Take(2).ToList();
        return near.Count == 1 ? near[0] : null;
    }
}
