namespace Wengao.Render.Search;

/// <summary>
/// One key's documents as a string search.js decodes: for each document, in number order, the gap from the one before
/// (less one), its weight and the chunk of the key's first place in its text, each a variable-length number of 5-bit digits — the first 32 symbols end a number, the
/// other 32 say more follow. The symbols need no escaping in JSON, and a key held by every document costs two bytes each.
/// </summary>
internal struct Posting
{
    public const string Symbols = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    private const int Bits = 5, Last = 1 << Bits;

    /// <summary>Most keys are in a few documents: a first buffer of 8 bytes holds two or three, and doubles as it fills.</summary>
    private const int FirstCapacity = 8;

    private byte[]? _bytes;
    private int _previous;

    public int Length { get; private set; }

    public readonly bool IsEmpty => _bytes is null;

    public readonly ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, Length);

    /// <summary>The next document holding the key: numbers rise, one entry a document.</summary>
    // Hot (millions of calls in one build): compiled optimised at once, not after tiering up mid-build.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(int number, int weight, int chunk)
    {
        if (_bytes is null) (_bytes, _previous) = (new byte[FirstCapacity], -1);
        Write(number - _previous - 1);
        Write(weight);
        Write(chunk);
        _previous = number;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Write(int value)
    {
        var digits = 1;
        for (var rest = value >> Bits; rest > 0; rest >>= Bits) digits++;
        if (Length + digits > _bytes!.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + digits));
        for (var d = digits - 1; d > 0; d--) _bytes[Length++] = (byte)Symbols[Last + ((value >> (d * Bits)) & (Last - 1))];
        _bytes[Length++] = (byte)Symbols[value & (Last - 1)];
    }
}

/// <summary>The postings of a range of shards by key: open addressing, as <see cref="KeyCounts"/>, the postings in the slots.</summary>
internal sealed class Postings
{
    private const int LoadFactor = 2, FirstSize = 1 << 12;

    private ulong[] _keys = new ulong[FirstSize];
    private Posting[] _postings = new Posting[FirstSize];

    public int Count { get; private set; }

    /// <summary>The next document holding the key (see <see cref="Posting.Add"/>).</summary>
    // Hot (millions of calls in one build): compiled optimised at once, not after tiering up mid-build.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(ulong key, int number, int weight, int chunk)
    {
        if ((Count + 1) * LoadFactor > _keys.Length) Grow();
        var slot = Find(_keys, _postings, key);
        if (_postings[slot].IsEmpty) (_keys[slot], Count) = (key, Count + 1);
        _postings[slot].Add(number, weight, chunk);
    }

    /// <summary>The keys and their postings, by key.</summary>
    public (ulong[] Keys, Posting[] Postings) Sorted()
    {
        var (keys, postings, n) = (new ulong[Count], new Posting[Count], 0);
        for (var slot = 0; slot < _keys.Length; slot++)
            if (!_postings[slot].IsEmpty) (keys[n], postings[n++]) = (_keys[slot], _postings[slot]);
        Array.Sort(keys, postings);
        return (keys, postings);
    }

    // A slot is free where its posting is empty: a key is given its slot as its first document is added.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Find(ulong[] keys, Posting[] postings, ulong key)
    {
        var mask = keys.Length - 1;
        for (var slot = OpenAddressing.Start(key, mask); ; slot = (slot + 1) & mask)
            if (postings[slot].IsEmpty || keys[slot] == key) return slot;
    }

    private void Grow()
    {
        var (keys, postings) = (_keys, _postings);
        (_keys, _postings) = (new ulong[keys.Length * 2], new Posting[keys.Length * 2]);
        for (var slot = 0; slot < keys.Length; slot++)
            if (!postings[slot].IsEmpty)
            {
                var at = Find(_keys, _postings, keys[slot]);
                (_keys[at], _postings[at]) = (keys[slot], postings[slot]);
            }
    }
}

/// <summary>Shards split into ranges of consecutive shards, one worker's at a time.</summary>
internal static class ShardRanges
{
    public static IEnumerable<(int Start, int End)> Of(int shards, int ranges)
    {
        var size = Size(shards, ranges);
        for (var start = 0; start < shards; start += size) yield return (start, Math.Min(shards, start + size));
    }

    /// <summary>Shards in a range: the range of a shard is shard / Size.</summary>
    public static int Size(int shards, int ranges) => (shards + ranges - 1) / ranges;
}
