using System.Buffers;
using Wengao.Text;

namespace Wengao.Check.Rules;

/// <summary>
/// The ways Chinese texts number the items of a list: 一是/二是, 一要/二要, 其一/其二, 一、/二、, （一）/（二）,
/// and 首先/其次/第三…/最后. The list and outline rules count items with these.
/// </summary>
internal sealed record Ordinals(string Prefix, string Suffix)
{
    private static readonly Ordinals[] Families = [new("", "是"), new("", "要"), new("其", ""), new("", "、"), new("（", "）"), new("", "")];

    private const int Longest = 20;

    /// <summary>The 首先 family, told apart by its empty prefix and suffix.</summary>
    private bool IsSequence => Prefix.Length == 0 && Suffix.Length == 0;

    // Written once: markers are compared at every position the list rules look at.
    private readonly string[] _markers = [.. Enumerable.Range(0, Longest + 1).Select(n =>
        n == 0 ? "" : Prefix.Length == 0 && Suffix.Length == 0
            ? n switch { 1 => "首先", 2 => "其次", _ => "第" + ChineseNumerals.Count(n) }
            : Prefix + ChineseNumerals.Count(n) + Suffix)];

    public string Marker(int n) => n <= Longest ? _markers[n] : Prefix + ChineseNumerals.Count(n) + Suffix;

    /// <summary>The third of a sequence is 第三 or, as often, 再次 (首先……其次……再次……).</summary>
    private const string Thirdly = "再次";

    /// <summary>Where the marker of item <paramref name="n"/> stands in <paramref name="text"/> after <paramref name="from"/>: for a sequence's third, 第三 or 再次, whichever comes first.</summary>
    private int Find(string text, int n, int from)
    {
        var at = text.IndexOf(Marker(n), from, StringComparison.Ordinal);
        if (!IsSequence || n != 3 || text.IndexOf(Thirdly, from, StringComparison.Ordinal) is not (var again and >= 0)) return at;
        return at < 0 ? again : Math.Min(at, again);
    }

    // The first characters of the first markers (一 其 （ 首): the rules ask at every position, and almost every answer is no.
    private static readonly string Openings = string.Concat(Families.Select(f => f.Marker(1)[0]));

    private static readonly SearchValues<char> OpeningChars = SearchValues.Create(Openings);

    /// <summary>Where the next first marker of any family may stand in <paramref name="text"/>, at or after <paramref name="from"/>; -1 if nowhere.</summary>
    public static int NextOpening(string text, int from) => Han.Next(text, OpeningChars, from);

    /// <summary>The family whose first marker stands at <paramref name="index"/>, if any.</summary>
    public static Ordinals? OpeningAt(string text, int index)
    {
        if (index >= text.Length || !Openings.Contains(text[index])) return null;
        foreach (var family in Families)
            if (text.AsSpan(index).StartsWith(family.Marker(1), StringComparison.Ordinal)) return family;
        return null;
    }

    // The first characters of every marker: the rules ask of every paragraph, and few start with one.
    private static readonly SearchValues<char> MarkerStarts =
        SearchValues.Create([.. Families.SelectMany(f => f._markers.Skip(1)).Append(Thirdly).Select(m => m[0]).Distinct()]);

    /// <summary>The family and number of the marker <paramref name="text"/> starts with, if any.</summary>
    public static (Ordinals Family, int N)? Leading(string text)
    {
        if (text.Length == 0 || !MarkerStarts.Contains(text[0])) return null;
        foreach (var family in Families)
            for (var n = 1; n <= Longest; n++)
                if (text.StartsWith(family.Marker(n), StringComparison.Ordinal) || family.IsSequence && n == 3 && text.StartsWith(Thirdly, StringComparison.Ordinal))
                    return (family, n);
        return null;
    }

    /// <summary>Counts the items from the first marker at <paramref name="index"/>: each next marker later in the text, then 最后 for a sequence.</summary>
    public int CountFrom(string text, int index, out int end)
    {
        var (count, at) = (1, index);
        for (int next; (next = Find(text, count + 1, at + 1)) >= 0; count++) at = next;
        if (IsSequence && text.IndexOf("最后", at + 1, StringComparison.Ordinal) is var last and >= 0) { count++; at = last; }
        end = at;
        return count;
    }

    public string Range(int count) => count == 1 ? Marker(1) : $"{Marker(1)}…{Marker(count)}";
}
