namespace Wengao.Render.Pdf.Tables;

/// <summary>
/// Column widths in whole characters of the table's grid, filling the type area: a column as wide as its longest cell
/// where all fit; else the short columns (序号, 备注) keep their width and the long ones share what is left in proportion
/// to their length, so their text wraps.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>A column is not narrowed below this (padding included), unless its content is narrower: 5 characters to the line, 项目名称 on one.</summary>
    public const int Narrowest = 6;

    /// <param name="natural">each column's widest cell in characters, padding included</param>
    /// <param name="total">the characters across the type area</param>
    public static int[] Of(IReadOnlyList<int> natural, int total)
    {
        var n = natural.Count;
        if (natural.Sum() <= total) return Share(natural.ToArray(), total - natural.Sum(), [.. natural.Select(w => (double)w)]);
        var least = natural.Select(w => Math.Min(w, Narrowest)).ToArray();
        if (least.Sum() >= total) // more columns than the width holds at their narrowest: equal shares, at least one character
            return Share(Enumerable.Repeat(Math.Max(1, total / n), n).ToArray(), Math.Max(0, total - Math.Max(1, total / n) * n), [.. Enumerable.Repeat(1.0, n)]);
        return Share(least, total - least.Sum(), [.. natural.Select((w, i) => (double)(w - least[i]))]);
    }

    /// <summary>Adds <paramref name="extra"/> characters to <paramref name="widths"/> in proportion to the weights (largest remainders; ties to the left).</summary>
    private static int[] Share(int[] widths, int extra, double[] weights)
    {
        var sum = weights.Sum();
        if (extra <= 0 || sum <= 0) { if (extra > 0) widths[^1] += extra; return widths; }
        var exact = weights.Select(w => extra * w / sum).ToArray();
        var given = 0;
        for (var i = 0; i < widths.Length; i++) { var whole = (int)Math.Floor(exact[i] + 1e-9); widths[i] += whole; given += whole; }
        foreach (var i in Enumerable.Range(0, widths.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i] + 1e-9)).ThenBy(i => i).Take(extra - given))
            widths[i]++;
        return widths;
    }
}
