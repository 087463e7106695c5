using System.Globalization;
using System.Text;

namespace Wengao.Render.Search;

/// <summary>
/// The shards (search/s/N.js), built in blocks of documents: the documents of a block are read for their keys in parallel
/// (<see cref="DocumentKeys"/>), then each range of shards files the block's keys in document order, the ranges in parallel.
/// Each key is hashed once; no worker reads another's keys; what is held is the block's keys and the postings, not every
/// key of every document; and the bytes are the same whatever order the workers run in.
/// </summary>
internal static class ShardFiles
{
    /// <summary>Documents read before their keys are filed: about 15 MB of keys at a time, enough to keep every worker busy.</summary>
    private const int Block = 512;

    /// <summary>
    /// Shards filed together: what their postings touch (some 80 KB a shard of 8 documents, 640 KB a range) stays in a
    /// core's L2 cache (1 MB on the 2-core machine measured) while the block's documents are read, each document's keys of the range one run of memory. Many ranges
    /// also keep the workers even where one holds a list as long as the archive (工作).
    /// </summary>
    private const int ShardsPerRange = 8;

    /// <param name="source">the keys' source of the document of each number, read once, as its block comes</param>
    /// <param name="write">given each shard's number and bytes as soon as it is made (from several threads), so that no
    /// shard is held after it is written: the postings are freed as their shards are made</param>
    public static void Build(int documents, Func<int, ParsedSource> source, int shards, Action<int, byte[]> write)
    {
        if (shards > DocumentKeys.MaxShards) throw new InvalidOperationException($"the search index holds at most {DocumentKeys.MaxShards} shards");
        var ranges = ShardRanges.Of(shards, (shards + ShardsPerRange - 1) / ShardsPerRange).ToArray();
        var bytes = ranges.Select(_ => new PostingBytes()).ToArray();
        var postings = new Postings[shards];
        for (var range = 0; range < ranges.Length; range++)
            for (var shard = ranges[range].Start; shard < ranges[range].End; shard++) postings[shard] = new Postings(bytes[range]);
        var keys = Enumerable.Range(0, Math.Min(Block, documents)).Select(_ => new DocumentKeys()).ToArray();
        for (var first = 0; first < documents; first += Block)
        {
            var count = Math.Min(Block, documents - first);
            Parallel.For(0, count, () => new KeyReader(), (i, _, reader) =>
            {
                keys[i].Read(source(first + i), shards, reader);
                return reader;
            }, _ => { });
            Parallel.For(0, ranges.Length, range => File(postings, ranges[range], keys.AsSpan(0, count), first));
        }
        Parallel.For(0, ranges.Length, range =>
        {
            for (var shard = ranges[range].Start; shard < ranges[range].End; shard++)
            {
                var (keys, filed) = postings[shard].Sorted(); // by name
                write(shard, Write(shard, new Filed(keys, filed, bytes[range])));
                postings[shard] = null!; // written: the next shard's bytes may use the room
            }
            bytes[range] = null!;
        });
    }

    /// <summary>
    /// Documents read again at the most for the shards to be made from the last build's (<see cref="Update"/>): an update
    /// holds the keys of those it reads (some 60 KB a speech) and walks every list, so past this share of the archive
    /// (or this many) a build from every document costs about as much and holds less.
    /// </summary>
    private const int MaxChangedShare = 8, MaxChanged = 1024;

    /// <summary>
    /// The shards made from the last build's: where they are as many, each document found by its fingerprint keeps its
    /// keys there (renumbered), and only the others are read (<see cref="ShardUpdate"/>). The bytes are those of <see cref="Build"/>.
    /// </summary>
    /// <param name="prints">each document's fingerprint, by its number</param>
    /// <param name="read">how many documents were read, where it could</param>
    /// <returns>false where the last shards cannot serve: another number of shards, or too many documents changed</returns>
    public static bool Update(IReadOnlyList<string> prints, LastIndex last, Func<int, ParsedSource> source, int shards, Action<int, byte[]> write, out int read)
    {
        read = 0;
        if (last.Shards != shards) return false;
        var then = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < last.Documents.Count; n++)
            if (!then.TryAdd(last.Documents[n], n)) return false;
        var renumber = Enumerable.Repeat(-1, last.Documents.Count).ToArray();
        var changed = new List<int>();
        for (var n = 0; n < prints.Count; n++)
            if (then.TryGetValue(prints[n], out var old) && renumber[old] < 0) renumber[old] = n;
            else changed.Add(n);
        if (changed.Count > Math.Min(MaxChanged, Math.Max(1, prints.Count / MaxChangedShare))) return false;
        var kept = renumber.Select((now, then) => now < 0 || now == then).All(same => same);
        var lastGone = Array.LastIndexOf(renumber, -1);
        var keys = new ShardUpdate.Added[changed.Count][];
        Parallel.For(0, changed.Count, () => (Reader: new KeyReader(), Keys: new DocumentKeys()), (i, _, worker) =>
        {
            worker.Keys.Read(source(changed[i]), shards, worker.Reader);
            keys[i] = [.. worker.Keys.InShards(0, shards).ToArray().Select(k => new ShardUpdate.Added(k.Key, changed[i], k.Weight, k.Chunk))];
            return worker;
        }, _ => { });
        var added = keys.SelectMany(k => k).OrderBy(k => k.Key).ThenBy(k => k.Number).ToArray();
        var starts = new int[shards + 1]; // where each shard's added keys start, and the end
        foreach (var key in added) starts[DocumentKeys.ShardOf(key.Key) + 1]++;
        for (var s = 0; s < shards; s++) starts[s + 1] += starts[s];
        Parallel.For(0, shards, shard => write(shard,
            ShardUpdate.Update(shard, last.Shard(shard), renumber, kept, lastGone, added.AsSpan(starts[shard], starts[shard + 1] - starts[shard]))));
        read = changed.Count;
        return true;
    }

    /// <summary>The block's keys of the range, each document's after the one before (numbers rise in each posting).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // hot: compiled optimised at once
    private static void File(Postings[] postings, (int Start, int End) range, ReadOnlySpan<DocumentKeys> block, int first)
    {
        for (var i = 0; i < block.Length; i++)
            foreach (var key in block[i].InShards(range.Start, range.End))
                postings[DocumentKeys.ShardOf(key.Key)].Add(key.Key, first + i, key.Weight, key.Chunk);
    }

    /// <summary>WENGAO_SEARCH.shard(N,{"NAME":"POSTING",…});, the keys in the order given (by name), written into an array of its exact length.</summary>
    // Hot (every key of every shard), and run once a build: compiled optimised at once, not in tier 0.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static byte[] Write<T>(int shard, T keys) where T : IShardKeys
    {
        var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"WENGAO_SEARCH.shard({shard},{{"));
        ReadOnlySpan<byte> end = "});\n"u8;
        var length = head.Length + end.Length + Math.Max(0, keys.Count - 1); // the commas
        for (var i = 0; i < keys.Count; i++) length += keys.Length(i) + SearchKeys.NameLength + 5; // "NAME":"POSTING"
        var file = GC.AllocateUninitializedArray<byte>(length);
        var into = file.AsSpan();
        head.CopyTo(into);
        into = into[head.Length..];
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                into[0] = (byte)',';
                into = into[1..];
            }
            into[0] = (byte)'"';
            SearchKeys.WriteName(DocumentKeys.NameOf(keys.Key(i)), into.Slice(1, SearchKeys.NameLength));
            "\":\""u8.CopyTo(into[(1 + SearchKeys.NameLength)..]);
            into = into[(SearchKeys.NameLength + 4)..];
            var posting = keys.Length(i);
            keys.CopyTo(i, into[..posting]);
            into[posting] = (byte)'"';
            into = into[(posting + 1)..];
        }
        end.CopyTo(into);
        if (into.Length != end.Length) throw new InvalidOperationException("a shard's length was counted wrong");
        return file;
    }

    /// <summary>A shard's keys filed from every document: their postings' bytes in the range's chunks.</summary>
    private readonly struct Filed(ulong[] keys, Posting[] postings, PostingBytes bytes) : IShardKeys
    {
        public int Count => keys.Length;
        public ulong Key(int i) => keys[i];
        public int Length(int i) => postings[i].Length;
        public void CopyTo(int i, Span<byte> into) => postings[i].CopyTo(bytes, into);
    }
}

/// <summary>The keys of one shard as its file lists them, by name: each one's posting, in the symbols of <see cref="Posting"/>.</summary>
internal interface IShardKeys
{
    int Count { get; }
    ulong Key(int i);
    int Length(int i);
    void CopyTo(int i, Span<byte> into);
}
