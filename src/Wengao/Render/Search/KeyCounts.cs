namespace Wengao.Render.Search;

/// <summary>
/// The keys of one document with their counts, first chunks and whether the title has them: an open-addressing table of
/// 64-bit keys, each slot one struct (one cache line for a probe and its write), reused from document to document by one
/// worker. Some twenty million keys are counted at 5,000 documents.
/// </summary>
internal sealed class KeyCounts
{
    /// <summary>Slots per key at the most before the table doubles: probes stay short.</summary>
    private const int LoadFactor = 2;

    /// <summary>Room for a speech of some 4,000 keys before it grows.</summary>
    private const int FirstSize = 1 << 13;

    private struct Slot
    {
        public ulong Key;
        public int Stamp, Count, Chunk;
        public bool InTitle;
    }

    private Slot[] _slots = new Slot[FirstSize];
    private int[] _taken = new int[FirstSize / LoadFactor]; // the slots taken, in the order the keys came
    private int _stamp = 1; // a slot is taken where its stamp is the document's: nothing to clear between documents

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
        if (++_stamp == int.MaxValue) { Array.Clear(_slots); _stamp = 1; }
    }

    /// <summary>One more place of the key (a filter's count is 0: it finds, and weighs nothing).</summary>
    // Hot (twenty million calls in one build): inlined into DocumentKeys.Read, which is compiled optimised at once.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key, int chunk, bool inTitle, int count)
    {
        if ((Count + 1) * LoadFactor > _slots.Length) Grow();
        var slot = Find(_slots, key, _stamp);
        ref var at = ref _slots[slot];
        if (at.Stamp == _stamp)
        {
            at.Count += count;
            return;
        }
        at = new Slot { Key = key, Stamp = _stamp, Count = count, Chunk = chunk, InTitle = inTitle };
        _taken[Count++] = slot;
    }

    /// <summary>The <paramref name="index"/>th key to come, with its weight (twice the count, plus one where the title has it) and its first chunk.</summary>
    public (ulong Key, int Weight, int Chunk) this[int index]
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            ref var at = ref _slots[_taken[index]];
            return (at.Key, at.Count * 2 + (at.InTitle ? 1 : 0), at.Chunk);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Find(Slot[] slots, ulong key, int stamp)
    {
        var mask = slots.Length - 1;
        for (var slot = OpenAddressing.Start(key, mask); ; slot = (slot + 1) & mask)
            if (slots[slot].Stamp != stamp || slots[slot].Key == key) return slot;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] // rare: out of the hot loop
    private void Grow()
    {
        var (slots, taken, count) = (_slots, _taken, Count);
        (_slots, _taken) = (new Slot[slots.Length * 2], new int[slots.Length * 2 / LoadFactor]);
        for (var i = 0; i < count; i++)
        {
            var slot = Find(_slots, slots[taken[i]].Key, _stamp);
            _slots[slot] = slots[taken[i]];
            _taken[i] = slot;
        }
    }
}

/// <summary>Where a 64-bit key's probe starts in a table of a power of two slots.</summary>
internal static class OpenAddressing
{
    /// <summary>Fibonacci hashing: the keys' low bits are a hash's already; the multiply spreads the shard bits above them too.</summary>
    public static int Start(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & mask;
}
