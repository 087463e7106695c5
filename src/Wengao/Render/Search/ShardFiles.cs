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
    /// <param name="digests">filled with each document's <see cref="DocumentKeys.Digest"/></param>
    public static void Build(int documents, Func<int, ParsedSource> source, int shards, Action<int, byte[]?> write, ulong[] digests)
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
                digests[first + i] = keys[i].Digest;
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
    /// keys there (renumbered), and only the others are read (<see cref="ShardUpdate"/>). The bytes are those of <see cref="Build"/>;
    /// a shard whose bytes are the last build's is handed to <paramref name="write"/> as null.
    /// </summary>
    /// <param name="prints">each document's fingerprint, by its number</param>
    /// <param name="digests">filled with each document's <see cref="DocumentKeys.Digest"/>: the last build's for those it kept</param>
    /// <param name="read">how many documents were read, where it could</param>
    /// <returns>false where the last shards cannot serve: another number of shards, too many documents changed, or a last shard not to be had</returns>
    public static bool Update(IReadOnlyList<string> prints, LastIndex last, Func<int, ParsedSource> source, int shards, Action<int, byte[]?> write,
        ulong[] digests, out int read)
    {
        read = 0;
        if (last.Shards != shards || last.Digests.Count != last.Documents.Count) return false;
        var then = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < last.Documents.Count; n++)
            if (!then.TryAdd(last.Documents[n], n)) return false;
        var renumber = Enumerable.Repeat(-1, last.Documents.Count).ToArray();
        var changed = new List<int>();
        for (var n = 0; n < prints.Count; n++)
            if (then.TryGetValue(prints[n], out var old) && renumber[old] < 0) (renumber[old], digests[n]) = (n, last.Digests[old]);
            else changed.Add(n);
        if (changed.Count > Math.Min(MaxChanged, Math.Max(1, prints.Count / MaxChangedShare))) return false;
        var added = KeysOf(changed, source, shards, digests, out var starts)!; // every document of this build has its source
        if (!Patch(last, renumber, changed, added, starts, shards, write) && !Walk(last, renumber, added, starts, shards, write)) return false;
        read = changed.Count;
        return true;
    }

    /// <summary>The keys of the documents read, by key then number, and where each shard's start (and the end); null where a document's source is not to be had.</summary>
    private static ShardUpdate.Added[]? KeysOf(IReadOnlyList<int> numbers, Func<int, ParsedSource?> source, int shards, ulong[]? digests, out int[] starts)
    {
        var keys = new ShardUpdate.Added[numbers.Count][];
        var complete = true;
        Parallel.For(0, numbers.Count, () => (Reader: new KeyReader(), Keys: new DocumentKeys()), (i, _, worker) =>
        {
            if (source(numbers[i]) is not { } parsed)
            {
                complete = false;
                return worker;
            }
            worker.Keys.Read(parsed, shards, worker.Reader);
            if (digests is not null) digests[numbers[i]] = worker.Keys.Digest;
            keys[i] = [.. worker.Keys.InShards(0, shards).ToArray().Select(k => new ShardUpdate.Added(k.Key, numbers[i], k.Weight, k.Chunk))];
            return worker;
        }, _ => { });
        starts = new int[shards + 1];
        if (!complete) return null;
        var all = keys.SelectMany(k => k).OrderBy(k => k.Key).ThenBy(k => k.Number).ToArray();
        foreach (var key in all) starts[DocumentKeys.ShardOf(key.Key) + 1]++;
        for (var s = 0; s < shards; s++) starts[s + 1] += starts[s];
        return all;
    }

    /// <summary>
    /// An edit that moved no document (the others keep their numbers, the changed ones take the places of those that went):
    /// the keys each changed document held are read from its last search chunks (and must give the digest the last build
    /// kept), and only the shards where its keys, weights or chunks differ are made again, from their last bytes, the
    /// lists of those keys alone decoded. The others are the last build's (null).
    /// </summary>
    /// <returns>false where documents moved, or a last chunk or shard is not to be had or not what the last build kept</returns>
    private static bool Patch(LastIndex last, int[] renumber, List<int> changed, ShardUpdate.Added[] added, int[] starts, int shards, Action<int, byte[]?> write)
    {
        if (renumber.Length != changed.Count + renumber.Count(n => n >= 0) || renumber.Where((now, then) => now >= 0 && now != then).Any()) return false;
        var digests = new ulong[renumber.Length];
        var held = KeysOf(changed, n => SearchIndex.SourceOfChunks(k => last.Chunk(n, k)), shards, digests, out var heldStarts);
        if (held is null || changed.Any(n => digests[n] != last.Digests[n])) return false;
        ReadOnlySpan<ShardUpdate.Added> In(ShardUpdate.Added[] keys, int[] at, int shard) => keys.AsSpan(at[shard], at[shard + 1] - at[shard]);
        var patched = Enumerable.Range(0, shards).Where(s => !In(held, heldStarts, s).SequenceEqual(In(added, starts, s))).ToArray();
        var bytes = new byte[patched.Length][];
        Parallel.For(0, patched.Length, i => bytes[i] = last.Shard(patched[i])!);
        if (Array.IndexOf(bytes, null) >= 0) return false;
        var (lastGone, kept) = (changed.Count == 0 ? -1 : changed.Max(), new HashSet<int>(patched));
        for (var s = 0; s < shards; s++)
            if (!kept.Contains(s)) write(s, null);
        Parallel.For(0, patched.Length, i =>
        {
            var shard = patched[i];
            var removed = new HashSet<ulong>();
            foreach (var key in In(held, heldStarts, shard)) removed.Add(DocumentKeys.NameOf(key.Key));
            write(shard, ShardUpdate.Update(shard, bytes[i], renumber, kept: true, lastGone, In(added, starts, shard), removed));
        });
        return true;
    }

    /// <summary>Any other change: every shard made from its last bytes, each list walked for the documents that changed or went (null where the bytes are the last's).</summary>
    private static bool Walk(LastIndex last, int[] renumber, ShardUpdate.Added[] added, int[] starts, int shards, Action<int, byte[]?> write)
    {
        var kept = renumber.Select((now, then) => now < 0 || now == then).All(same => same);
        var lastGone = Array.LastIndexOf(renumber, -1);
        var bytes = new byte[shards][];
        Parallel.For(0, shards, shard => bytes[shard] = last.Shard(shard)!);
        if (Array.IndexOf(bytes, null) >= 0) return false;
        Parallel.For(0, shards, shard =>
        {
            var made = ShardUpdate.Update(shard, bytes[shard], renumber, kept, lastGone, added.AsSpan(starts[shard], starts[shard + 1] - starts[shard]));
            write(shard, made.AsSpan().SequenceEqual(bytes[shard]) ? null : made);
        });
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
