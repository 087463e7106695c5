using System.Collections.Concurrent;
using Wengao.Check;
using Wengao.Model;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// The proofreading counts of each document, kept between builds: a document whose source and outcomes file are
/// those it was checked from, under the same site.yml, checks/ lists, kinds, code and confidence, is not checked again.
/// The sample of warnings a build prints is still made by checking the first files with warnings in full, as without
/// the cache, so the report is the same.
/// </summary>
internal sealed class CheckCache : ICheckMemo
{
    private readonly BuildCache _cache;
    private readonly Dictionary<string, Document> _documents;
    private readonly Dictionary<string, string> _version;
    private readonly CheckManifest? _last;
    private readonly ConcurrentDictionary<string, CachedCheck> _next = new(StringComparer.Ordinal);

    public CheckCache(BuildCache cache, Corpus corpus, Confidence least, ICollection<string> notes)
    {
        _cache = cache;
        _documents = corpus.Documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        _version = cache.CheckVersion(least);
        var last = !cache.Enabled ? null : ManifestFile.Read<CheckManifest>(cache.CheckManifest, notes, "every document checked");
        if (last is not null && BuildCache.Changed(last.Version, _version) is { Length: > 0 } changed)
            notes.Add($"cache {cache.CheckManifest}: {changed} changed since it was written; ignored, every document checked");
        else _last = last;
    }

    /// <summary>Documents checked again (their inputs changed, or not checked before) and those whose counts were kept.</summary>
    public int Checked => _documents.Count - Kept;

    public int Kept { get; private set; }

    public (Dictionary<string, int> Counts, int Unsure)? Counts(string sourcePath)
    {
        var key = _cache.Prints.Document(_documents[sourcePath]);
        if (_last?.Files.GetValueOrDefault(key) is not { } known) return null;
        _next[key] = known;
        lock (_next) Kept++;
        return (new(known.Counts, StringComparer.Ordinal), known.Unsure);
    }

    public void Remember(string sourcePath, Dictionary<string, int> counts, int unsure) =>
        _next[_cache.Prints.Document(_documents[sourcePath])] = new(new(counts, StringComparer.Ordinal), unsure);

    /// <summary>Writes the counts of this build's documents, once the build succeeded.</summary>
    public void Save() => ManifestFile.Write(_cache.CheckManifest, new CheckManifest(_version,
        new(_next.OrderBy(e => e.Key, StringComparer.Ordinal), StringComparer.Ordinal)));
}
