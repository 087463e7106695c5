using Wengao.Load;
using Wengao.Parse;
using Wengao.Render.Search;
using Wengao.Tests.Support;

namespace Wengao.Tests.Search;

/// <summary>
/// The two ways an edit build remakes the search shards from the last build's (docs/search.md): an edit that moves no
/// document patches only the shards the edited document's keys fall in, reading no other shard; anything else walks
/// every shard. Both give the bytes of an index built whole, so the bytes alone cannot tell which way was taken: the last
/// build's shards are handed over through a function that records which shards were asked for.
/// </summary>
public sealed class ShardPatchTests : IDisposable
{
    private const int Speeches = 300;
    private const string Edited = "00123.md";
    private readonly TempDir _dir = new();

    [Fact]
    public void An_edit_that_moves_no_document_reads_and_remakes_only_the_shards_its_keys_fall_in()
    {
        var (before, after, last, asked) = Edit(digestKept: true);
        var made = Made(after, last);
        var whole = SearchIndex.Build(after.Documents, after.Names).Shards;
        Assert.Equal(whole.Count, last.Shards);
        var changed = Enumerable.Range(0, whole.Count).Where(s => !whole[s].AsSpan().SequenceEqual(before.Shards[s])).ToArray();
        Assert.NotEmpty(changed);
        Assert.True(changed.Length < whole.Count / 2, $"{changed.Length} of {whole.Count} shards changed");
        // Only the shards that changed were made, and they are those of the index built whole; the rest are handed over as the last build's.
        Assert.Equal(changed, made.Where(m => m.Value is not null).Select(m => m.Key).Order());
        foreach (var shard in changed) Assert.True(whole[shard].AsSpan().SequenceEqual(made[shard]), $"patched shard {shard} differs from the index built whole");
        Assert.Equal(whole.Count, made.Count);
        // The patch path: no shard read but those it remade (the walk reads every one).
        Assert.Equal(changed, asked.Order());
    }

    [Fact]
    public void Where_the_edited_documents_last_keys_are_not_those_the_cache_kept_every_shard_is_walked_and_the_bytes_are_the_same()
    {
        var (_, after, last, asked) = Edit(digestKept: false);
        var made = Made(after, last);
        var whole = SearchIndex.Build(after.Documents, after.Names).Shards;
        Assert.Equal(Enumerable.Range(0, whole.Count), asked.Order());
        for (var shard = 0; shard < whole.Count; shard++)
            Assert.True(whole[shard].AsSpan().SequenceEqual(made[shard] ?? last.Shard(shard)), $"shard {shard} differs from the index built whole");
    }

    /// <summary>The index of the corpus, then of the corpus with one speech given a sentence no other holds, and what the second build is given of the first.</summary>
    private (Index Before, Corpus After, LastIndex Last, List<int> Asked) Edit(bool digestKept)
    {
        SpeechCorpus.Write(_dir["before"], Speeches);
        SpeechCorpus.Write(_dir["after"], Speeches);
        File.AppendAllText(Path.Combine(_dir["after"], "speeches", Edited), "\n鹧鸪峡谷栈道修缮完毕。\n");
        var before = Load(_dir["before"]);
        var digests = new ulong[before.Documents.Count];
        var files = new Dictionary<int, byte[]?>();
        SearchIndex.Build(before.Documents, before.Names, (n, bytes) => { lock (files) files[n] = bytes; }, digests: digests);
        var shards = Enumerable.Range(1, files.Count - 1).Select(n => files[n]!).ToArray();
        var chunks = before.Documents.Select((d, n) => SearchIndex.Documents(d, n)).ToArray();
        var edited = Number(before);
        if (!digestKept) digests[edited] ^= 1;
        var asked = new List<int>();
        var last = new LastIndex(Prints(before, edited: -1), digests, shards.Length,
            shard => { lock (asked) asked.Add(shard); return shards[shard]; },
            (n, k) => k < chunks[n].Count ? chunks[n][k] : null);
        return (new Index(shards), Load(_dir["after"]), last, asked);
    }

    /// <summary>The second build's shards, by number, each as handed over (null: the last build's).</summary>
    private static Dictionary<int, byte[]?> Made(Corpus after, LastIndex last)
    {
        var made = new Dictionary<int, byte[]?>();
        var read = SearchIndex.Build(after.Documents, after.Names, (n, bytes) => { if (n > 0) lock (made) made[n - 1] = bytes; },
            Prints(after, Number(after)), last);
        Assert.Equal(1, read); // the edited speech's text alone was read
        return made;
    }

    /// <summary>Each document's fingerprint: its source's name (the same in both folders), and a mark on the edited one's.</summary>
    private static string[] Prints(Corpus corpus, int edited) =>
        [.. corpus.Documents.Select((d, n) => Name(d) + (n == edited ? "#edited" : ""))];

    private static string Name(ParsedDocument parsed) =>
        Path.Combine(Path.GetFileName(Path.GetDirectoryName(parsed.Document.SourcePath)!), Path.GetFileName(parsed.Document.SourcePath));

    private static int Number(Corpus corpus) => corpus.Documents.ToList().FindIndex(d => Name(d) == Path.Combine("speeches", Edited));

    private static Corpus Load(string content)
    {
        var corpus = CorpusLoader.Load(content, Repo.Templates);
        return new Corpus(SearchIndex.Order(corpus.Documents.Select(d => DocumentParser.Parse(d, corpus)), [.. corpus.Kinds.Select(k => k.Name)]),
            corpus.Site.Listing.NameOrder);
    }

    private sealed record Corpus(IReadOnlyList<ParsedDocument> Documents, Model.NameOrdering Names);

    private sealed record Index(IReadOnlyList<byte[]> Shards);

    public void Dispose() => _dir.Dispose();
}
