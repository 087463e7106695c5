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
    public static string Fold(string text) => string.Create(text.Length, text, (span, source) => Fold(source, span));

    /// <summary><see cref="Fold(string)"/> into <paramref name="into"/> (as long as the text): the index folds each document's text into one buffer a worker reuses.</summary>
    // Hot (the text of every document): compiled optimised at once, not run in tier 0 through the index build.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Fold(ReadOnlySpan<char> text, Span<char> into)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var half = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - FullWidthOffset) : c == '\u3000' ? ' ' : c;
            into[i] = half is >= 'A' and <= 'Z' ? (char)(half + ('a' - 'A')) : half;
        }
    }

    private const int FullWidthOffset = 0xFEE0; // U+FF01 ！ is U+0021 !: the full-width block mirrors ASCII

    /// <summary>
    /// Where the keys of a folded text are, in order, repeats included: each is folded[Start..End] (a pair is two tokens
    /// side by side, so it is one slice of the text and needs no string of its own). A struct to walk with foreach: the
    /// index reads some twenty million keys at 5,000 documents, and an iterator's allocation and calls were a third of it.
    /// </summary>
    public static Keys Of(ReadOnlySpan<char> folded) => new(folded);

    public ref struct Keys(ReadOnlySpan<char> folded)
    {
        private readonly ReadOnlySpan<char> _folded = folded;
        private int _at, _previous = -1; // where the token before (a character or a figure) starts; -1 after whitespace
        private (int Start, int End) _pending = (-1, -1); // a figure's pair with the token before it, after the figure alone

        public readonly Keys GetEnumerator() => this;

        public (int Start, int End) Current { get; private set; }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            if (_pending.Start >= 0)
            {
                (Current, _pending) = (_pending, (-1, -1));
                return true;
            }
            while (_at < _folded.Length)
            {
                var start = _at;
                var figure = IsDigit(_folded[_at]);
                if (figure)
                    while (_at < _folded.Length && IsDigit(_folded[_at])) _at++;
                else _at += char.IsHighSurrogate(_folded[_at]) && _at + 1 < _folded.Length && char.IsLowSurrogate(_folded[_at + 1]) ? 2 : 1;
                if (IsSpace(_folded[start]))
                {
                    _previous = -1;
                    continue;
                }
                var previous = _previous;
                _previous = start;
                if (figure)
                {
                    Current = (start, _at);
                    if (previous >= 0) _pending = (previous, _at); // never two figures: digits run on
                    return true;
                }
                if (previous < 0) continue;
                Current = (previous, _at);
                return true;
            }
            return false;
        }
    }

    /// <summary>What separates words in a query, and so keys in a text: control characters, the space, the no-break space.</summary>
    public static bool IsSpace(char c) => c <= ' ' || c == '\u00A0';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>
    /// The key's two FNV-1a hashes over its UTF-16 units, in one pass: the shard's (search.js computes the same) in the low
    /// 32 bits, the second basis's in the high 32.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(ReadOnlySpan<char> key)
    {
        var (shard, second) = (FnvBasis, IdBasis);
        foreach (var c in key)
        {
            shard = (shard ^ c) * FnvPrime;
            second = (second ^ c) * FnvPrime;
        }
        return shard | (ulong)second << 32;
    }

    /// <summary>Which shard holds the key of this <see cref="Hash"/>: its shard hash modulo the shards, as search.js reads it.</summary>
    public static int Shard(ulong hash, Shards shards) => shards.Of((uint)hash);

    /// <summary>
    /// The number of shards, with the multiplier that takes a 32-bit hash modulo it by two multiplications (Lemire's
    /// "fastmod", as .NET's own hash tables do): a division for each of the twenty million keys of 5,000 speeches was
    /// a tenth of reading them. Exact for every 32-bit hash and any count up to 2³¹.
    /// </summary>
    public readonly struct Shards(int count)
    {
        private readonly ulong _multiplier = ulong.MaxValue / (uint)count + 1;

        public int Count => count;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Of(uint hash) => (int)(((_multiplier * hash >> 32) + 1) * (uint)count >> 32);
    }

    /// <summary>
    /// The name a shard gives the key: 48 bits of its two hashes (the second's 32, the shard's high 16), in 9 of
    /// <see cref="Posting.Symbols"/>. Not the key itself: a pair of characters out of its text can read as a name the
    /// edition hides ("海燕" of a kept "海燕同志"), and the leak scan reads every file; the chunks hold the text in context.
    /// Two keys of a shard that share a name share a list, the union of theirs, which search.js checks in the text.
    /// </summary>
    public static ulong Name(ulong hash) => hash >> 32 << 16 | (uint)hash >> 16;

    /// <summary>A <see cref="Name"/> written out: the second hash's 32 bits in 6 symbols, then the shard hash's high 16 in 3 (search.js's idOf).</summary>
    public static void WriteName(ulong name, Span<byte> into)
    {
        var (low, high) = ((uint)(name >> 16), (uint)name & 0xFFFF);
        for (var i = 0; i < 6; i++) into[i] = (byte)Posting.Symbols[(int)((low >> (6 * (5 - i))) & 63)];
        for (var i = 0; i < 3; i++) into[6 + i] = (byte)Posting.Symbols[(int)((high >> (6 * (2 - i))) & 63)];
    }

    /// <summary>A name as <see cref="WriteName"/> wrote it.</summary>
    public static ulong ReadName(ReadOnlySpan<byte> written)
    {
        var (low, high) = (0UL, 0UL);
        for (var i = 0; i < 6; i++) low = low << 6 | (uint)ShardUpdate.Symbol(written[i]);
        for (var i = 0; i < 3; i++) high = high << 6 | (uint)ShardUpdate.Symbol(written[6 + i]);
        return (low & uint.MaxValue) << 16 | (high & 0xFFFF);
    }

    public const int NameLength = 9;
    private const uint FnvBasis = 2166136261u, IdBasis = 0x5BD1E995u; // FNV-1a's offset basis; any other odd basis for the second hash
    private const uint FnvPrime = 16777619u;
}
