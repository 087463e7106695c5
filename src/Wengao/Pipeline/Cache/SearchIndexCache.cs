using System.Security.Cryptography;
using System.Text;
using Wengao.Model;
using Wengao.Pipeline.Outputs;
using Wengao.Render.Search;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// The search index's part of the build cache (docs/cache.md): the shards the last build made and the fingerprint of
/// each document they were made from, by its number, so that a build after an edit reads again only the documents
/// that changed (<see cref="ShardFiles.Update"/>). One file an edition, `search.EDITION.cache`: a header naming the
/// format, the SHA-256 of the rest, the shards' bytes, then the table (the version, the fingerprints, where each shard
/// is). A file that is truncated, edited, of another format or of another version is said to be ignored, and the
/// index is built from every document.
/// </summary>
internal sealed class SearchIndexCache(BuildCache cache, Edition? edition, ICollection<string> notes) : ISearchIndexCache
{
    // Raised whenever the file's layout or meaning changes; a file of another format is ignored.
    private const int Format = 1;
    private const string Magic = "wengao-search-cache";
    private static readonly int HeaderLength = Header(new string('0', 64)).Length;

    private readonly string _path = cache.SearchIndexOf(edition);
    private readonly Dictionary<string, string> _version = cache.Version(edition);

    public string Fingerprint(Document document) => cache.Prints.Document(document);

    public LastIndex? Last()
    {
        if (!cache.Enabled || !File.Exists(_path)) return null;
        try
        {
            using var file = File.OpenRead(_path);
            var header = new byte[HeaderLength];
            file.ReadExactly(header);
            var text = Encoding.ASCII.GetString(header).Split('\n');
            if (text[0].Split(' ') is not [Magic, var format]) return Ignored("damaged (no header)");
            if (format != Format.ToString(System.Globalization.CultureInfo.InvariantCulture))
                return Ignored($"written in cache format {format}, this Wengao reads {Format}");
            if (!text[1].Equals(Convert.ToHexString(SHA256.HashData(file)), StringComparison.OrdinalIgnoreCase))
                return Ignored("damaged (its checksum does not match its contents)");
            file.Seek(-sizeof(long), SeekOrigin.End);
            using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
            file.Seek(reader.ReadInt64(), SeekOrigin.Begin);
            var version = Enumerable.Range(0, reader.ReadInt32()).Select(_ => (reader.ReadString(), reader.ReadString())).ToDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal);
            if (BuildCache.Changed(version, _version) is { Length: > 0 } changed)
                return Ignored($"{changed} changed since it was written");
            var documents = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToList();
            var shards = Enumerable.Range(0, reader.ReadInt32()).Select(_ => (Offset: reader.ReadInt64(), Length: reader.ReadInt32())).ToArray();
            var path = _path;
            return new LastIndex(documents, shards.Length, shard =>
            {
                using var handle = File.OpenHandle(path);
                var bytes = new byte[shards[shard].Length];
                for (var at = 0; at < bytes.Length;)
                    at += RandomAccess.Read(handle, bytes.AsSpan(at), shards[shard].Offset + at) is > 0 and var got ? got
                        : throw new IOException($"{path} ends inside search shard {shard}");
                return bytes;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return Ignored($"damaged ({e.Message})");
        }
    }

    public ISearchIndexSave Save(IReadOnlyList<string> documents, int shards) => new Saving(_path, _version, documents, shards);

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
    /// The file written as the shards are made, in the order they come (a table says where each is), to a temporary
    /// file renamed over the last one once every shard is in: a build stopped meanwhile leaves the last file whole.
    /// </summary>
    private sealed class Saving : ISearchIndexSave
    {
        private readonly string _path, _temporary;
        private readonly Dictionary<string, string> _version;
        private readonly IReadOnlyList<string> _documents;
        private readonly (long Offset, int Length)[] _shards;
        private readonly FileStream _file;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private bool _done;

        public Saving(string path, Dictionary<string, string> version, IReadOnlyList<string> documents, int shards)
        {
            (_path, _temporary, _version, _documents) = (path, path + ".tmp", version, documents);
            _shards = Enumerable.Repeat((-1L, 0), shards).ToArray();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _file = new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            _file.Write(Header(new string('0', 64)));
        }

        public void Add(int shard, byte[] bytes)
        {
            lock (_file)
            {
                _shards[shard] = (_file.Position, bytes.Length);
                _file.Write(bytes);
                _hash.AppendData(bytes);
            }
        }

        public void Commit()
        {
            if (Array.FindIndex(_shards, s => s.Offset < 0) is var missing and >= 0)
                throw new InvalidOperationException($"the search index's cache was given no shard {missing}");
            var table = new MemoryStream();
            using (var writer = new BinaryWriter(table, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(_version.Count);
                foreach (var (part, value) in _version.OrderBy(v => v.Key, StringComparer.Ordinal))
                {
                    writer.Write(part);
                    writer.Write(value);
                }
                writer.Write(_documents.Count);
                foreach (var document in _documents) writer.Write(document);
                writer.Write(_shards.Length);
                foreach (var (offset, length) in _shards)
                {
                    writer.Write(offset);
                    writer.Write(length);
                }
                writer.Write(_file.Position); // where the table starts: the file's last 8 bytes
            }
            _file.Write(table.GetBuffer().AsSpan(0, (int)table.Length));
            _hash.AppendData(table.GetBuffer(), 0, (int)table.Length);
            _file.Seek(0, SeekOrigin.Begin);
            _file.Write(Header(Convert.ToHexString(_hash.GetHashAndReset())));
            _file.Dispose();
            File.Move(_temporary, _path, overwrite: true);
            _done = true;
        }

        public void Dispose()
        {
            _file.Dispose();
            _hash.Dispose();
            if (!_done) File.Delete(_temporary);
        }
    }
}
