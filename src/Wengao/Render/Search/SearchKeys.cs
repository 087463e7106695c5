namespace Wengao.Render.Search;

/// <summary>
/// What the index is keyed by, the same in search.js: after <see cref="Fold"/>, every pair of neighbouring characters
/// ("帮扶"), every figure whole ("5388") and every figure with the character before or after it ("记12", "5388万").
/// A figure is a run of digits, so "5388" finds "已到位5388万元" and not "53886元"; and a query of one pair or one figure
/// is one key, whose posting list answers it (search.js reads the shown results, which drops a list two keys share).
/// Whitespace separates: no key spans it.
/// </summary>
public static class SearchKeys
{
    /// <summary>
    /// Full-width Latin, digits and the ideographic space read as half-width, Latin as lower case — one UTF-16 unit for
    /// one, so a hit's place in the folded text is its place in the text as written.
    /// </summary>
    public static string Fold(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var half = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - FullWidthOffset) : c == '\u3000' ? ' ' : c;
            span[i] = half is >= 'A' and <= 'Z' ? (char)(half + ('a' - 'A')) : half;
        }
    });

    private const int FullWidthOffset = 0xFEE0; // U+FF01 ！ is U+0021 !: the full-width block mirrors ASCII

    /// <summary>
    /// Where the keys of a folded text are, in order, repeats included: each is folded[Start..End] (a pair is two tokens
    /// side by side, so it is one slice of the text and needs no string of its own until it is kept).
    /// </summary>
    public static IEnumerable<(int Start, int End)> Of(string folded)
    {
        var previous = -1; // where the token before (a character or a figure) starts; -1 after whitespace
        for (var i = 0; i < folded.Length;)
        {
            var start = i;
            var figure = IsDigit(folded[i]);
            if (figure)
                while (i < folded.Length && IsDigit(folded[i])) i++;
            else i += char.IsSurrogatePair(folded, i) ? 2 : 1;
            if (IsSpace(folded[start]))
            {
                previous = -1;
                continue;
            }
            if (figure) yield return (start, i);
            if (previous >= 0) yield return (previous, i); // never two figures: digits run on
            previous = start;
        }
    }

    /// <summary>What separates words in a query, and so keys in a text: control characters, the space, the no-break space.</summary>
    public static bool IsSpace(char c) => c <= ' ' || c == '\u00A0';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>FNV-1a over the key's UTF-16 units: which shard holds it (search.js computes the same).</summary>
    public static int Shard(ReadOnlySpan<char> key, int shards) => (int)(Fnv(key, FnvBasis) % (uint)shards);

    /// <summary>
    /// The name a shard gives the key: 48 bits of two FNV-1a hashes (the shard's and one from another basis), in 9 of
    /// <see cref="Posting.Symbols"/>. Not the key itself: a pair of characters out of its text can read as a name the
    /// edition hides ("海燕" of a kept "海燕同志"), and the leak scan reads every file; the chunks hold the text in context.
    /// Two keys of a shard that share a name share a list, the union of theirs, which search.js checks in the text.
    /// </summary>
    public static string Id(ReadOnlySpan<char> key)
    {
        var (low, high) = (Fnv(key, IdBasis), Fnv(key, FnvBasis) >> 16);
        Span<char> id = stackalloc char[IdLength];
        for (var i = 0; i < 6; i++) id[i] = Posting.Symbols[(int)((low >> (6 * (5 - i))) & 63)];
        for (var i = 0; i < 3; i++) id[6 + i] = Posting.Symbols[(int)((high >> (6 * (2 - i))) & 63)];
        return new string(id);
    }

    private const int IdLength = 9;
    private const uint FnvBasis = 2166136261u, IdBasis = 0x5BD1E995u; // FNV-1a's offset basis; any other odd basis for the second hash

    private static uint Fnv(ReadOnlySpan<char> key, uint basis)
    {
        var hash = basis;
        foreach (var c in key) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
