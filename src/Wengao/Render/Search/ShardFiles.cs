using System.Buffers;
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

    /// <summary>Ranges of shards per worker: more than one, so that a range with a list as long as the archive (工作) does not hold up the rest.</summary>
    private const int RangesPerWorker = 4;

    /// <param name="source">the keys' source of the document of each number, read once, as its block comes</param>
    public static byte[][] Build(int documents, Func<int, ParsedSource> source, int shards)
    {
        if (shards > DocumentKeys.MaxShards) throw new InvalidOperationException($"the search index holds at most {DocumentKeys.MaxShards} shards");
        var ranges = ShardRanges.Of(shards, Environment.ProcessorCount * RangesPerWorker).ToArray();
        var rangeSize = ShardRanges.Size(shards, Environment.ProcessorCount * RangesPerWorker);
        var postings = ranges.Select(_ => new Postings()).ToArray();
        var keys = Enumerable.Range(0, Math.Min(Block, documents)).Select(_ => new DocumentKeys()).ToArray();
        for (var first = 0; first < documents; first += Block)
        {
            var count = Math.Min(Block, documents - first);
            Parallel.For(0, count, () => new KeyCounts(), (i, _, found) =>
            {
                keys[i].Read(source(first + i), shards, rangeSize, ranges.Length, found);
                return found;
            }, _ => { });
            Parallel.For(0, ranges.Length, range => File(postings[range], range, keys.AsSpan(0, count), first));
        }
        var built = new byte[shards][];
        Parallel.For(0, ranges.Length, range =>
        {
            var (start, end) = ranges[range];
            var (keys, filed) = postings[range].Sorted(); // by shard, then by name
            postings[range] = null!; // sorted out: the next range's bytes may use the room
            var at = 0;
            for (var shard = start; shard < end; shard++)
            {
                var from = at;
                while (at < keys.Length && DocumentKeys.ShardOf(keys[at]) == shard) at++;
                built[shard] = Write(shard, keys.AsSpan(from, at - from), filed.AsSpan(from, at - from));
            }
        });
        return built;
    }

    /// <summary>The block's keys of the range, each document's after the one before (numbers rise in each posting).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // hot: compiled optimised at once
    private static void File(Postings postings, int range, ReadOnlySpan<DocumentKeys> block, int first)
    {
        for (var i = 0; i < block.Length; i++)
            foreach (var key in block[i].InRange(range)) postings.Add(key.Key, first + i, key.Weight, key.Chunk);
    }

    /// <summary>WENGAO_SEARCH.shard(N,{"NAME":"POSTING",…});</summary>
    private static byte[] Write(int shard, ReadOnlySpan<ulong> keys, ReadOnlySpan<Posting> postings)
    {
        var length = 0;
        foreach (var posting in postings) length += posting.Length + SearchKeys.NameLength + 6;
        var buffer = new ArrayBufferWriter<byte>(length + 32);
        buffer.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"WENGAO_SEARCH.shard({shard},{{")));
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0) buffer.Write(","u8);
            buffer.Write("\""u8);
            SearchKeys.WriteName(DocumentKeys.NameOf(keys[i]), buffer.GetSpan(SearchKeys.NameLength));
            buffer.Advance(SearchKeys.NameLength);
            buffer.Write("\":\""u8);
            buffer.Write(postings[i].Bytes);
            buffer.Write("\""u8);
        }
        buffer.Write("});\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
