namespace Wengao.Text;

/// <summary>Levenshtein distance, for "did you mean" hints on keys, units, commands and options.</summary>
public static class EditDistance
{
    /// <summary>How far a word may be from a known one to be suggested: two edits (a swap, or a dropped and a doubled letter)...</summary>
    public const int SuggestWithin = 2;

    /// <summary>...and no more than one edit per two letters of the word beyond the first, so `fish` does not suggest `bash`.</summary>
    private static int Within(string word) => Math.Min(SuggestWithin, (word.TrimStart('-').Length - 1) / 2);

    public static int Between(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0]++;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }

    /// <summary>
    /// The known word nearest <paramref name="word"/>, if it is close enough to be what was meant; the first of equals.
    /// A word with Chinese characters is short, each character meaning what several letters do: it suggests the one
    /// known word an edit away that shares a character with it (请求 → 请示), and none where two are as near.
    /// </summary>
    public static string? Nearest(string word, IEnumerable<string> known)
    {
        if (word.Any(Ideographs.Is)) return OneEditAway(word, known);
        return known.Select(k => (Word: k, Distance: Between(k, word))).Where(k => k.Distance <= Within(word))
            .OrderBy(k => k.Distance).Select(k => k.Word).FirstOrDefault();
    }

    /// <summary>The only known word one edit from <paramref name="word"/> that shares a character with it, if there is one.</summary>
    public static string? OneEditAway(string word, IEnumerable<string> known)
    {
        var near = known.Where(k => Between(k, word) == 1 && k.Any(word.Contains)).Take(2).ToList();
        return near.Count == 1 ? near[0] : null;
    }
}
