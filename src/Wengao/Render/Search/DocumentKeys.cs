namespace Wengao.Render.Search;

/// <summary>
/// What a document's keys are read from: its text (the title first) as written, where its chunks start, its fields, its filters.
/// The text and fields are folded (<see cref="SearchKeys.Fold(string)"/>) as they are read, into a worker's buffer: a folded
/// copy of every text would be some 30 MB for the collector at 5,000 documents.
/// </summary>
internal sealed record ParsedSource(string Text, int[] Starts, int TitleLength, IReadOnlyList<string> Fields, IReadOnlyList<string> Filters);

/// <summary>One worker's state for reading documents' keys, reused from document to document: the key table and the folding buffer.</summary>
internal sealed class KeyReader
{
    private char[] _folded = new char[1 << 14]; // a speech of the shared corpus is some 4,000 characters

    public KeyCounts Found { get; } = new();

    /// <summary>The text folded, in the buffer: valid until the next call.</summary>
    public ReadOnlySpan<char> Fold(string text)
    {
        if (_folded.Length < text.Length) _folded = new char[Math.Max(text.Length, _folded.Length * 2)];
        var folded = _folded.AsSpan(0, text.Length);
        SearchKeys.Fold(text, folded);
        return folded;
    }
}

/// <summary>
/// One document's keys, each once, with its weight (twice the count, plus one where the title has it) and the chunk of its
/// first place, filed by its shard. A key is its shard and its <see cref="SearchKeys.Name"/> in one
/// number: two keys of a shard with one name are one key (a chance of about one in 10¹¹), their counts added, as search.js reads them.
/// </summary>
internal sealed class DocumentKeys
{
    private const int ShardShift = 48; // a name is 48 bits; the shard above it
    public const int MaxShards = 1 << (64 - ShardShift);

    public readonly record struct Entry(ulong Key, int Weight, int Chunk);

    // Reused from block to block (one a document of a block): some 200 MB of entries at 5,000 documents allocated once, not per document.
    private Entry[] _entries = [];
    private int[] _starts = []; // where each shard's entries start, and the end

    /// <summary>
    /// A digest of the document's keys with their weights and chunks, the same whatever order they came in: the build cache
    /// keeps it (docs/cache.md), so that the keys an edited document held in the last shards, read again from its last
    /// search chunks, are known to be those the shards hold before they are taken out.
    /// </summary>
    public ulong Digest { get; private set; }

    /// <summary>The keys of the shards from <paramref name="start"/> up to <paramref name="end"/>, by shard.</summary>
    public ReadOnlySpan<Entry> InShards(int start, int end) => _entries.AsSpan(_starts[start], _starts[end] - _starts[start]);

    public static int ShardOf(ulong key) => (int)(key >> ShardShift);

    public static ulong KeyOf(int shard, ulong name) => (ulong)shard << ShardShift | name;

    public static ulong NameOf(ulong key) => key & ((1UL << ShardShift) - 1);

    /// <summary>
    /// Reads the document's keys in place of those this held. The text starts with the title, so a key is in the title where it first is; a key of the
    /// fields alone is in chunk 0 (fields are in every chunk).
    /// </summary>
    // Hot (millions of calls in one build): compiled optimised at once, not after tiering up mid-build.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Read(ParsedSource source, int shards, KeyReader reader)
    {
        var found = reader.Found;
        found.Clear();
        var modulo = new SearchKeys.Shards(shards);
        void Add(ReadOnlySpan<char> key, int chunk, bool inTitle, int count = 1)
        {
            var hash = SearchKeys.Hash(key);
            found.Add((ulong)SearchKeys.Shard(hash, modulo) << ShardShift | SearchKeys.Name(hash), chunk, inTitle, count);
        }
        var text = reader.Fold(source.Text);
        var starts = source.Starts;
        var (at, next) = (0, NextStart(starts, 0));
        foreach (var (start, end) in SearchKeys.Of(text))
        {
            while (start >= next) next = NextStart(starts, ++at);
            Add(text[start..end], at, start < source.TitleLength);
        }
        foreach (var written in source.Fields)
        {
            var field = reader.Fold(written);
            foreach (var (start, end) in SearchKeys.Of(field))
                Add(field[start..end], 0, false);
        }
        foreach (var filter in source.Filters) Add(filter, 0, false, count: 0);

        // Filed by shard (a counting sort): each shard's postings are then filled from its own entries of every document of the block.
        if (_starts.Length != shards + 1) _starts = new int[shards + 1];
        else Array.Clear(_starts);
        if (_entries.Length < found.Count) _entries = new Entry[found.Count * 5 / 4];
        for (var i = 0; i < found.Count; i++) _starts[ShardOf(found[i].Key)]++;
        for (var s = 1; s < shards; s++) _starts[s] += _starts[s - 1]; // each shard's end
        _starts[shards] = found.Count;
        var digest = 0UL;
        for (var i = found.Count - 1; i >= 0; i--) // from the last, each shard's end moving back to its start: the keys' order kept
        {
            var (key, weight, chunk) = found[i];
            _entries[--_starts[ShardOf(key)]] = new Entry(key, weight, chunk);
            digest += Mix(key, weight, chunk);
        }
        Digest = digest;
    }

    /// <summary>An entry's bits spread over 64 (SplitMix64's finaliser): summed, two sets of entries that differ differ here but by a chance of one in 2⁶⁴.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong key, int weight, int chunk)
    {
        var x = key ^ ((ulong)(uint)weight << 32 | (uint)chunk) * 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>Where the chunk after <paramref name="chunk"/> starts; past the end for the last.</summary>
    private static int NextStart(int[] starts, int chunk) => chunk + 1 < starts.Length ? starts[chunk + 1] : int.MaxValue;
}
