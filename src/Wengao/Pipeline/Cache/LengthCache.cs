using System.Collections.Concurrent;
using MemoryPack;
using Wengao.Model;
using Wengao.Parse;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// One edition's documents' lengths (characters, speaking minutes) by each document's fingerprint, kept between builds:
/// the home page and the lists show every document's length, and an edit build that parsed every document to count
/// them would parse 5,000 to render one. A length is made of the body as expanded (outcomes file, site.yml) and masked
/// (the edition, the registry): the fingerprint and the edition's version (<see cref="BuildCache.Version"/>) hold those.
/// </summary>
internal sealed class LengthCache
{
    private readonly BuildCache _cache;
    private readonly string _file;
    private readonly Dictionary<string, string> _version;
    private readonly LengthManifest? _last;
    private readonly ConcurrentDictionary<string, CachedLength> _next = new(StringComparer.Ordinal);

    public LengthCache(BuildCache cache, Edition? edition, ICollection<string> notes)
    {
        (_cache, _file, _version) = (cache, cache.LengthsOf(edition), cache.Version(edition));
        var last = !cache.Enabled ? null : ManifestFile.Read<LengthManifest>(_file, notes, "every document parsed");
        if (last is not null && BuildCache.Changed(last.Version, _version) is { Length: > 0 } changed)
            notes.Add($"cache {_file}: {changed} changed since it was written; ignored, every document parsed");
        else _last = last;
    }

    /// <summary>The document's length as the last build counted it from the same inputs; null where it did not.</summary>
    public BodyLength? Of(Document document)
    {
        var key = _cache.Prints.Document(document);
        if (_last?.Documents.GetValueOrDefault(key) is not { } known) return null;
        _next[key] = known;
        return new(known.Characters, known.SpeakingMinutes);
    }

    /// <summary>Keeps the length of a document this build parsed.</summary>
    public void Parsed(Document document, BodyLength length) => _next[_cache.Prints.Document(document)] = new(length.Characters, length.SpeakingMinutes);

    /// <summary>Writes the lengths of this build's documents, once the build succeeded.</summary>
    public void Save() => ManifestFile.Write(_file, new LengthManifest(_version, new(_next.OrderBy(e => e.Key, StringComparer.Ordinal), StringComparer.Ordinal)));
}

/// <summary>An edition's documents' lengths by their fingerprint (<see cref="Fingerprints.Document"/>), under its version.</summary>
[MemoryPackable]
internal sealed partial record LengthManifest(Dictionary<string, string> Version, Dictionary<string, CachedLength> Documents);

/// <summary>A body's length as <see cref="BodyLength"/> holds it, in the manifest's own record (its shape pinned by ManifestFormatTests).</summary>
[MemoryPackable]
internal sealed partial record CachedLength(int Characters, int SpeakingMinutes);
