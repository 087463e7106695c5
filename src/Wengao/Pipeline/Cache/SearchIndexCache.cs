using System.Security.Cryptography;
using System.Text;
using Wengao.Model;
using Wengao.Pipeline.Outputs;
using Wengao.Render.Search;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// The search index's part of the build cache (docs/cache.md): what the last build's shards were made from — each
/// document's fingerprint and key digest, by its number, and each shard's SHA-256 — so that a build after an edit reads
/// again only the documents that changed (<see cref="ShardFiles.Update"/>). The shards themselves, and the search chunks
/// an edited document's last keys are read from, are the current output's files, taken only where the edition's
/// manifest says they are as the last build left them and its hash of each is this file's. One file an edition,
/// `search.EDITION.cache`: a header naming the format, the SHA-256 of the rest, then the table. A file that is truncated,
/// edited, of another format or of another version, or whose shards the output no longer holds, is said to be ignored,
/// and the index is built from every document.
/// </summary>
internal sealed class SearchIndexCache(BuildCache cache, Edition? edition, EditionCache output, ICollection<string> notes) : ISearchIndexCache
{
    // Raised whenever the file's layout or meaning changes; a file of another format is ignored.
    private const int Format = 2;
    private const string Magic = "wengao-search-cache";
    private static readonly int HeaderLength = Header(new string('0', 64)).Length;

    private readonly string _path = cache.SearchIndexOf(edition);
    private readonly Dictionary<string, string> _version = cache.Version(edition);
    private string[] _lastShards = [];

    public string Fingerprint(Document document) => cache.Prints.Document(document);

    private static string ShardFile(int shard) => EditionFolder.Site(SearchIndex.ShardFile(shard));

    public LastIndex? Last()
    {
        if (!cache.Enabled || !File.Exists(_path)) return null;
        try
        {
            var file = File.ReadAllBytes(_path);
            var text = Encoding.ASCII.GetString(file, 0, Math.Min(file.Length, HeaderLength)).Split('\n');
            if (text[0].Split(' ') is not [Magic, var format]) return Ignored("damaged (no header)");
            if (format != Format.ToString(System.Globalization.CultureInfo.InvariantCulture))
                return Ignored($"written in cache format {format}, this Wengao reads {Format}");
            if (file.Length < HeaderLength || !text[1].Equals(Convert.ToHexString(SHA256.HashData(file.AsSpan(HeaderLength))), StringComparison.OrdinalIgnoreCase))
                return Ignored("damaged (its checksum does not match its contents)");
            using var reader = new BinaryReader(new MemoryStream(file, HeaderLength, file.Length - HeaderLength), Encoding.UTF8);
            var version = Enumerable.Range(0, reader.ReadInt32()).Select(_ => (reader.ReadString(), reader.ReadString())).ToDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal);
            if (BuildCache.Changed(version, _version) is { Length: > 0 } changed)
                return Ignored($"{changed} changed since it was written");
            var documents = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToList();
            var digests = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadUInt64()).ToArray();
            var shards = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToArray();
            // Made from these documents, but the current output holds another build's shards (one stopped before its swap): not to be patched.
            if (Enumerable.Range(0, shards.Length).Any(s => output.LastHash(ShardFile(s)) != shards[s]))
                return Ignored("the output does not hold the shards it was written with");
            _lastShards = shards;
            return new LastIndex(documents, digests, shards.Length, shard => output.ReadLast(ShardFile(shard)),
                (number, chunk) => output.ReadLast(EditionFolder.Site(SearchIndex.DocumentFile(number, chunk))));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return Ignored($"damaged ({e.Message})");
        }
    }

    public ISearchIndexSave Save(IReadOnlyList<string> documents, int shards) => new Saving(this, documents, shards);

    public void Used(int read, int documents)
    {
        if (read < documents) Note($"cache {_path}: {read} of {documents} documents read for the search index's shards, the others' keys kept from the last build");
    }

    private LastIndex? Ignored(string why)
    {
        Note($"cache {_path}: {why}; ignored, the search index built from every document");
        return null;
    }

    // The render adds its notes beside the other outputs' (the search chunks are rendered at the same time).
    private void Note(string note)
    {
        lock (notes) notes.Add(note);
    }

    private static byte[] Header(string checksum) => Encoding.ASCII.GetBytes($"{Magic} {Format}\n{checksum}\n");

    /// <summary>
    /// Each shard's SHA-256 as it is made (from several threads), the file written at <see cref="Commit"/> to a temporary
    /// file renamed over the last one: a build stopped meanwhile leaves the last file whole.
    /// </summary>
    private sealed class Saving(SearchIndexCache cache, IReadOnlyList<string> documents, int shards) : ISearchIndexSave
    {
        private readonly string?[] _shards = new string?[shards];

        public void Add(int shard, byte[]? bytes) =>
            _shards[shard] = bytes is not null ? Convert.ToHexString(SHA256.HashData(bytes))
                : shard < cache._lastShards.Length ? cache._lastShards[shard]
                : throw new InvalidOperationException($"search shard {shard} kept from a last build the cache has none of");

        public void Commit(IReadOnlyList<ulong> digests)
        {
            if (Array.IndexOf(_shards, null) is var missing and >= 0)
                throw new InvalidOperationException($"the search index's cache was given no shard {missing}");
            var body = new MemoryStream();
            using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(cache._version.Count);
                foreach (var (part, value) in cache._version.OrderBy(v => v.Key, StringComparer.Ordinal))
                {
                    writer.Write(part);
                    writer.Write(value);
                }
                writer.Write(documents.Count);
                foreach (var document in documents) writer.Write(document);
                writer.Write(digests.Count);
                foreach (var digest in digests) writer.Write(digest);
                writer.Write(_shards.Length);
                foreach (var hash in _shards) writer.Write(hash!);
            }
            var rest = body.GetBuffer().AsSpan(0, (int)body.Length);
            Directory.CreateDirectory(Path.GetDirectoryName(cache._path)!);
            var temporary = cache._path + ".tmp";
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                file.Write(Header(Convert.ToHexString(SHA256.HashData(rest))));
                file.Write(rest);
            }
            File.Move(temporary, cache._path, overwrite: true);
        }

        public void Dispose() { }
    }
}
