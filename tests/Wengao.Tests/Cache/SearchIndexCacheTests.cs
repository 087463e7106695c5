using System.Text;
using Wengao.Pipeline;
using Wengao.Render.Search;
using Wengao.Tests.Support;

namespace Wengao.Tests.Cache;

/// <summary>
/// The search index's part of the build cache (docs/cache.md, docs/search.md): a build after an edit reads again only
/// the documents that changed and makes the shards from the last build's, and its index is the bytes of a clean build
/// into a new folder — after an edit, an added speech, a deleted one, a date changed (the documents renumbered). A cache
/// file that is truncated, edited, of another format or of another version is said to be ignored, and the index is
/// built from every document, the same bytes. 300 speeches: 38 shards.
/// </summary>
public sealed class SearchIndexCacheTests : IDisposable
{
    private const int Speeches = 300;
    private const string Edition = "internal";
    private readonly TempDir _dir = new();

    public SearchIndexCacheTests() => SpeechCorpus.Write(_dir["content"], Speeches);

    private string CacheFile => Path.Combine(OutputFolder.WorkFolder(_dir["output"]), "cache", $"search.{Edition}.cache");

    private string Speech(int i) => Path.Combine(_dir["content"], "speeches", $"{i:D5}.md");

    public static TheoryData<string> Edits => ["edited", "added", "deleted", "redated"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_the_shards_made_from_the_last_builds_are_those_of_a_clean_build(string edit)
    {
        Build();
        Assert.True(File.Exists(CacheFile));
        var count = Speeches;
        switch (edit)
        {
            case "edited": // a sentence no other speech holds, in the middle of the archive
                File.AppendAllText(Speech(123), "\n鹧鸪峡谷栈道修缮完毕。\n");
                break;
            case "added": // dated between the others: every speech older than it is numbered one more
                File.WriteAllText(Path.Combine(_dir["content"], "speeches", "new.md"),
                    "---\ntitle: \"在鹧鸪峡谷现场办公会上的讲话\"\ndate: 2021-06-15\nspeaker: \"县委书记3\"\n---\n\n同志们，鹧鸪峡谷栈道今年修缮完毕。\n", Encoding.UTF8);
                count++;
                break;
            case "deleted":
                File.Delete(Speech(200));
                count--;
                break;
            case "redated": // the newest becomes the oldest: every number moves
                var text = File.ReadAllText(Speech(Speeches - 1));
                var date = SpeechCorpus.DateOf(Speeches - 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                File.WriteAllText(Speech(Speeches - 1), text.Replace($"date: {date}", "date: 2019-01-01", StringComparison.Ordinal), Encoding.UTF8);
                break;
        }
        Assert.Equal(SearchIndex.ShardCount(Speeches), SearchIndex.ShardCount(count)); // the shards the last build's can serve
        var report = Build();
        Assert.Contains(report.Notes, n => n == $"cache {CacheFile}: {(edit == "deleted" ? 0 : 1)} of {count} documents read for the search index's shards, the others' keys kept from the last build");
        AssertIndexOfCleanBuild();
        // The cache now holds this build's shards: the next edit is made from them.
        File.AppendAllText(Speech(5), "\n鹧鸪峡谷又修了一座桥。\n");
        Assert.Contains(Build().Notes, n => n.StartsWith($"cache {CacheFile}: 1 of {count} documents read", StringComparison.Ordinal));
        AssertIndexOfCleanBuild();
    }

    [Theory]
    [InlineData("truncated", "damaged (its checksum does not match its contents)")]
    [InlineData("a byte changed", "damaged (its checksum does not match its contents)")]
    [InlineData("no header", "damaged (no header)")]
    [InlineData("another format", "written in cache format 0, this Wengao reads 2")]
    public void A_damaged_cache_is_ignored_with_a_message_and_the_index_built_from_every_document(string damage, string said)
    {
        Build();
        var bytes = File.ReadAllBytes(CacheFile);
        var header = Encoding.ASCII.GetString(bytes, 0, 100).Split('\n')[0];
        Assert.Equal("wengao-search-cache 2", header);
        File.WriteAllBytes(CacheFile, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "a byte changed" => [.. bytes[..^40], (byte)(bytes[^40] ^ 1), .. bytes[^39..]],
            "no header" => bytes[(header.Length + 1)..],
            _ => [.. "wengao-search-cache 0"u8, .. bytes[header.Length..]],
        });
        File.AppendAllText(Speech(123), "\n鹧鸪峡谷栈道修缮完毕。\n");
        var report = Build();
        Assert.Contains($"cache {CacheFile}: {said}; ignored, the search index built from every document", report.Notes);
        Assert.DoesNotContain(report.Notes, n => n.Contains("documents read for the search index's shards", StringComparison.Ordinal));
        AssertIndexOfCleanBuild();
        // Written again whole by that build: the next one uses it.
        File.AppendAllText(Speech(5), "\n鹧鸪峡谷又修了一座桥。\n");
        Assert.Contains(Build().Notes, n => n.StartsWith($"cache {CacheFile}: 1 of {Speeches} documents read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cache_of_another_version_is_ignored_with_a_message()
    {
        Build();
        // site.yml is in every output's version: the last build's shards may hold what it no longer lets an edition show.
        File.AppendAllText(Path.Combine(_dir["content"], "site.yml"), "\n# edited\n");
        var report = Build();
        Assert.Contains($"cache {CacheFile}: content changed since it was written; ignored, the search index built from every document", report.Notes);
        AssertIndexOfCleanBuild();
    }

    [Fact]
    public void Where_the_shards_are_no_longer_as_many_the_index_is_built_from_every_document()
    {
        Build();
        for (var i = 0; i < 8; i++) File.Delete(Speech(i * 30));
        Assert.NotEqual(SearchIndex.ShardCount(Speeches), SearchIndex.ShardCount(Speeches - 8));
        var report = Build();
        Assert.DoesNotContain(report.Notes, n => n.Contains("documents read for the search index's shards", StringComparison.Ordinal));
        AssertIndexOfCleanBuild();
    }

    /// <summary>The entry and every shard are those of a clean build of the same content into a new folder (no cache).</summary>
    private void AssertIndexOfCleanBuild()
    {
        var clean = _dir[$"clean-{Guid.NewGuid():N}"];
        SiteBuilder.Run(new BuildOptions(_dir["content"], Repo.Templates, clean, Pdf: false, Edition: Edition, Cache: false));
        string[] Index(string output)
        {
            var site = Path.Combine(output, Edition, "site");
            return [.. Directory.EnumerateFiles(Path.Combine(site, "search", "s")).Append(Path.Combine(site, SearchIndex.FileName))
                .Select(f => Path.GetRelativePath(site, f)).Order(StringComparer.Ordinal)];
        }
        var files = Index(clean);
        Assert.Equal(files, Index(_dir["output"]));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(clean, Edition, "site", file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(_dir["output"], Edition, "site", file))), $"{file} differs from a clean build's");
    }

    private BuildReport Build() =>
        SiteBuilder.Run(new BuildOptions(_dir["content"], Repo.Templates, _dir["output"], Pdf: false, Edition: Edition));

    public void Dispose() => _dir.Dispose();
}
