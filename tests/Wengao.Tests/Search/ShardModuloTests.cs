using Wengao.Render.Search;

namespace Wengao.Tests.Search;

/// <summary>
/// The shard of a key is its 32-bit hash modulo the number of shards, as search.js computes it (`h % shards`); the build
/// takes it by a multiplication (<see cref="SearchKeys.Shards"/>). The two agree on the hashes where a rounding error
/// would show (0, the largest, each side of a multiple of the count) and on a million others, for counts from one
/// shard to the most an index holds.
/// </summary>
public sealed class ShardModuloTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(38)]
    [InlineData(625)]
    [InlineData(6250)]
    [InlineData(65535)]
    [InlineData(65536)]
    public void The_shard_taken_by_multiplication_is_the_hash_modulo_the_shards(int count)
    {
        var shards = new SearchKeys.Shards(count);
        var random = new Random(count);
        var hashes = new List<uint> { 0, 1, uint.MaxValue, uint.MaxValue - 1, (uint)count, (uint)count - 1 };
        for (var multiple = uint.MaxValue / (uint)count * (uint)count; hashes.Count < 40; multiple -= (uint)count)
            hashes.AddRange([multiple, multiple - 1, multiple + 1]);
        for (var i = 0; i < 1_000_000; i++) hashes.Add((uint)random.NextInt64(0, 1L << 32));
        foreach (var hash in hashes)
            if (shards.Of(hash) != (int)(hash % (uint)count))
                Assert.Fail($"{hash} % {count} is {hash % (uint)count}, the multiplication gave {shards.Of(hash)}");
    }
}
