using System.Buffers.Binary;

namespace Wengao.Render.Search;

/// <summary>
/// One key's documents as a string search.js decodes: for each document, in number order, the gap from the one before
/// (less one), its weight and the chunk of the key's first place in its text, each a variable-length number of 5-bit digits — the first 32 symbols end a number, the
/// other 32 say more follow. The symbols need no escaping in JSON, and a key held by every document costs two bytes each.
/// The bytes are kept in <see cref="PostingBytes"/>, a chain of segments, each twice the one before: a posting is no object
/// of its own, so the collector has nothing to trace or move among the million of them.
/// </summary>
internal struct Posting
{
    public const string Symbols = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    internal const int Bits = 5, Last = 1 << Bits;

    /// <summary>Most keys are in a few documents: a first segment of 8 bytes holds two or three.</summary>
    private const int FirstCapacity = 8;

    /// <summary>Segments stop doubling here: a list as long as the archive wastes at most this much at its end.</summary>
    private const int MaxCapacity = 4096;

    private int _first, _segment, _used, _capacity, _previous; // where the first and the last segments are; the last's bytes used and room

    public int Length { get; private set; }

    public readonly bool IsEmpty => _capacity == 0;

    /// <summary>The next document holding the key: numbers rise, one entry a document.</summary>
    // Hot (twelve million calls in one build): inlined into ShardFiles.File, which is compiled optimised at once.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(PostingBytes bytes, int number, int weight, int chunk)
    {
        if (IsEmpty) _previous = -1;
        var gap = number - _previous - 1;
        var (gapDigits, weightDigits, chunkDigits) = (Digits(gap), Digits(weight), Digits(chunk));
        var need = gapDigits + weightDigits + chunkDigits;
        if (_used + need > _capacity) Extend(bytes, need);
        var into = bytes.Data(_segment, _capacity).Slice(_used, need);
        Write(into, gap, gapDigits);
        Write(into[gapDigits..], weight, weightDigits);
        Write(into[(gapDigits + weightDigits)..], chunk, chunkDigits);
        (_used, Length, _previous) = (_used + need, Length + need, number);
    }

    /// <summary>The bytes, segment after segment, into <paramref name="into"/> (<see cref="Length"/> of them).</summary>
    public readonly void CopyTo(PostingBytes bytes, Span<byte> into)
    {
        for (var segment = _first; ; segment = bytes.Next(segment))
        {
            var last = segment == _segment;
            var used = last ? _used : bytes.Used(segment);
            bytes.Data(segment, used).CopyTo(into);
            into = into[used..];
            if (last) return;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] // once a segment: out of the hot loop
    private void Extend(PostingBytes bytes, int need)
    {
        var capacity = IsEmpty ? Math.Max(FirstCapacity, need) : Math.Max(need, Math.Min(MaxCapacity, _capacity * 2));
        var segment = bytes.Allocate(capacity);
        if (IsEmpty) _first = segment;
        else bytes.Close(_segment, _used, next: segment);
        (_segment, _used, _capacity) = (segment, 0, capacity);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int Digits(int value)
    {
        var digits = 1;
        for (var rest = value >> Bits; rest > 0; rest >>= Bits) digits++;
        return digits;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void Write(Span<byte> into, int value, int digits)
    {
        for (var d = digits - 1; d > 0; d--) into[digits - 1 - d] = (byte)Symbols[Last + ((value >> (d * Bits)) & (Last - 1))];
        into[digits - 1] = (byte)Symbols[value & (Last - 1)];
    }
}

/// <summary>
/// The postings' bytes of a range of shards (one worker's at a time): segments, each a header (where the next is, the bytes
/// used) and its bytes, in chunks of 128 KB — on the large-object heap, never moved, holding no reference: nothing for the
/// collector to trace or copy, where a byte array a key was some 30 MB of small arrays promoted twice.
/// </summary>
internal sealed class PostingBytes
{
    private const int ChunkBits = 17, ChunkSize = 1 << ChunkBits, Header = 8;

    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize; // in the last chunk: none yet

    /// <summary>A new segment of <paramref name="capacity"/> bytes: its place, the chunk's number above its offset.</summary>
    public int Allocate(int capacity)
    {
        if (_used + Header + capacity > ChunkSize)
        {
            _chunks.Add(GC.AllocateUninitializedArray<byte>(ChunkSize)); // every byte read is written first
            _used = 0;
        }
        var segment = (_chunks.Count - 1) << ChunkBits | _used;
        _used += Header + capacity;
        return segment;
    }

    /// <summary>A segment filled: <paramref name="used"/> of its bytes, followed by <paramref name="next"/>.</summary>
    public void Close(int segment, int used, int next)
    {
        var header = Span(segment, Header);
        BinaryPrimitives.WriteInt32LittleEndian(header, next);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], used);
    }

    public int Next(int segment) => BinaryPrimitives.ReadInt32LittleEndian(Span(segment, 4));

    public int Used(int segment) => BinaryPrimitives.ReadInt32LittleEndian(Span(segment, Header)[4..]);

    public Span<byte> Data(int segment, int length) => Span(segment, Header + length)[Header..];

    private Span<byte> Span(int segment, int length) => _chunks[segment >> ChunkBits].AsSpan(segment & (ChunkSize - 1), length);
}

/// <summary>The postings of a shard by key: open addressing, as <see cref="KeyCounts"/>, the postings in the slots.</summary>
internal sealed class Postings(PostingBytes bytes)
{
    /// <summary>
    /// Room for 64 keys before the first doubling. A shard holds the keys whose hash falls in it, so what it holds shrinks
    /// as the shards grow in number faster than the keys do: some 270 at 5,000 documents, fewer at 50,000, where 6,250
    /// tables of 1,024 slots (32 KB each, mostly empty) were 200 MB held through the whole index build.
    /// </summary>
    private const int LoadFactor = 2, FirstSize = 1 << 7;

    private ulong[] _keys = new ulong[FirstSize];
    private Posting[] _postings = new Posting[FirstSize];

    public int Count { get; private set; }

    public PostingBytes Bytes => bytes;

    /// <summary>The next document holding the key (see <see cref="Posting.Add"/>).</summary>
    // Hot: inlined into ShardFiles.File, as Posting.Add is.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key, int number, int weight, int chunk)
    {
        if ((Count + 1) * LoadFactor > _keys.Length) Grow();
        var slot = Find(_keys, _postings, key);
        if (_postings[slot].IsEmpty) (_keys[slot], Count) = (key, Count + 1);
        _postings[slot].Add(bytes, number, weight, chunk);
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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] // rare: out of the hot loop
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
