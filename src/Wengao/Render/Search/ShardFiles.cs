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
                write(shard, Write(shard, keys, filed, bytes[range]));
                postings[shard] = null!; // written: the next shard's bytes may use the room
            }
            bytes[range] = null!;
        });
    }

    /// <summary>The block's keys of the range, each document's after the one before (numbers rise in each posting).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // hot: compiled optimised at once
    private static void File(Postings[] postings, (int Start, int End) range, ReadOnlySpan<DocumentKeys> block, int first)
    {
        for (var i = 0; i < block.Length; i++)
            foreach (var key in block[i].InShards(range.Start, range.End))
                postings[DocumentKeys.ShardOf(key.Key)].Add(key.Key, first + i, key.Weight, key.Chunk);
    }

    /// <summary>WENGAO_SEARCH.shard(N,{"NAME":"POSTING",…});, written into an array of its exact length.</summary>
    private static byte[] Write(int shard, ReadOnlySpan<ulong> keys, ReadOnlySpan<Posting> postings, PostingBytes bytes)
    {
        var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"WENGAO_SEARCH.shard({shard},{{"));
        ReadOnlySpan<byte> end = "});\n"u8;
        var length = head.Length + end.Length + Math.Max(0, keys.Length - 1); // the commas
        foreach (var posting in postings) length += posting.Length + SearchKeys.NameLength + 5; // "NAME":"POSTING"
        var file = GC.AllocateUninitializedArray<byte>(length);
        var into = file.AsSpan();
        head.CopyTo(into);
        into = into[head.Length..];
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0)
            {
                into[0] = (byte)',';
                into = into[1..];
            }
            into[0] = (byte)'"';
            SearchKeys.WriteName(DocumentKeys.NameOf(keys[i]), into.Slice(1, SearchKeys.NameLength));
            "\":\""u8.CopyTo(into[(1 + SearchKeys.NameLength)..]);
            into = into[(SearchKeys.NameLength + 4)..];
            postings[i].CopyTo(bytes, into);
            into[postings[i].Length] = (byte)'"';
            into = into[(postings[i].Length + 1)..];
        }
        end.CopyTo(into);
        if (into.Length != end.Length) throw new InvalidOperationException("a shard's length was counted wrong");
        return file;
    }
}
