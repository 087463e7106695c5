using System.Text;
using Wengao.Load;
using Wengao.Parse;
using Wengao.Pipeline;
using Wengao.Render.Search;
using Wengao.Tests.Support;

namespace Wengao.Tests.Cache;

/// <summary>
/// The search index's entry and shards are one output whose files are written as each is made, from several threads
/// (issue 21: not all held until the last is made). Built from 300 speeches (38 shards, so the workers hand over many):
/// the files are those of the index built whole in memory, each in its place; and the build cache still records each
/// shard's file, so that after an edit of one speech only the shards whose bytes changed are written, the others linked.
/// </summary>
public sealed class StreamedShardsTests : IDisposable
{
    private const int Speeches = 300;
    private const string Edition = "internal";
    private readonly TempDir _dir = new();

    public StreamedShardsTests() => SpeechCorpus.Write(_dir["content"], Speeches);

    private string Built => Path.Combine(_dir["output"], Edition, "site");

    [Fact]
    public void The_entry_and_each_shard_written_as_made_are_the_index_built_whole()
    {
        Build();
        var corpus = CorpusLoader.Load(_dir["content"], Repo.Templates);
        var ordered = SearchIndex.Order(corpus.Documents.Select(d => DocumentParser.Parse(d, corpus)), [.. corpus.Kinds.Select(k => k.Name)]);
        var (entry, shards) = SearchIndex.Build(ordered, corpus.Site.Listing.NameOrder);
        Assert.Equal(SearchIndex.ShardCount(Speeches), shards.Count);
        Assert.True(shards.Count > 30, "many shards, so several workers hand them over");
        Assert.Equal(entry, File.ReadAllBytes(Path.Combine(Built, SearchIndex.FileName)));
        for (var shard = 0; shard < shards.Count; shard++)
        {
            var written = File.ReadAllBytes(Path.Combine(Built, SearchIndex.ShardFile(shard)));
            Assert.StartsWith($"WENGAO_SEARCH.shard({shard},", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
            Assert.True(shards[shard].AsSpan().SequenceEqual(written), $"shard {shard} differs from the index built whole");
        }
        Assert.False(File.Exists(Path.Combine(Built, SearchIndex.ShardFile(shards.Count))));
    }

    [Fact]
    public void After_an_edit_the_build_cache_writes_the_shards_that_changed_and_links_the_rest()
    {
        Build();
        var shards = Enumerable.Range(0, SearchIndex.ShardCount(Speeches)).Select(s => "site/" + SearchIndex.ShardFile(s)).ToList();
        var before = shards.ToDictionary(s => s, s => File.ReadAllBytes(Path.Combine(_dir["output"], Edition, s)));
        var inodes = shards.ToDictionary(s => s, Inode);
        // A word no other speech holds: its keys fall in a few shards only.
        File.AppendAllText(Path.Combine(_dir["content"], "speeches", "00123.md"), "\n鹧鸪峡谷栈道修缮完毕。\n");
        var report = Build();
        var changed = shards.Where(s => !before[s].AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_dir["output"], Edition, s)))).ToList();
        Assert.NotEmpty(changed);
        Assert.True(changed.Count < shards.Count / 2, $"{changed.Count} of {shards.Count} shards changed");
        // Made again from the last build's: only the shards the edited speech's keys changed; the others are the current output's, not rendered.
        Assert.Equal(changed.Order(StringComparer.Ordinal), report.Cache.Rendered.Where(shards.Contains).Order(StringComparer.Ordinal));
        Assert.Equal(changed.Order(StringComparer.Ordinal), report.Cache.Written.Where(shards.Contains)); // both sorted
        foreach (var shard in shards)
            if (changed.Contains(shard)) Assert.NotEqual(inodes[shard], Inode(shard));
            else Assert.Equal(inodes[shard], Inode(shard));
        // The manifest records each shard as written: a build with nothing changed renders none of them.
        var again = Build();
        Assert.Empty(again.Cache.Rendered);
    }

    private BuildReport Build() =>
        SiteBuilder.Run(new BuildOptions(_dir["content"], Repo.Templates, _dir["output"], Pdf: false, Edition: Edition));

    private string Inode(string relative)
    {
        var run = ChildProcess.Run("stat", ["-c", "%i", Path.Combine(_dir["output"], Edition, relative)]);
        Assert.Equal(0, run.Exit);
        return run.Out.Trim();
    }

    public void Dispose() => _dir.Dispose();
}
