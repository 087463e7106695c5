using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Wengao.Load;

/// <summary>
/// What each source file loaded as, kept between the rebuilds of `wengao serve`: a file whose size and time are as
/// before is not read again, and one whose bytes hash as before is not parsed again. An unchanged file therefore
/// yields the very same object, which the later stages of an incremental build compare by reference.
/// </summary>
public sealed class SourceCache
{
    private sealed record Entry(long Length, DateTime Written, byte[] Hash, string Dependencies, object Value);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _changed = new(StringComparer.Ordinal);

    /// <summary>Files a watcher saw change: hashed again even if size and time look the same (file times can be coarse).</summary>
    public void Changed(IEnumerable<string> paths)
    {
        foreach (var path in paths) _changed[Path.GetFullPath(path)] = 0;
    }

    /// <param name="dependencies">what else the object was loaded from (the outcome ids a speech may name): a change reloads it</param>
    internal T Get<T>(string path, string dependencies, Func<T> load) where T : class
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        var forced = _changed.TryRemove(full, out _);
        if (!info.Exists)
        {
            _entries.TryRemove(full, out _);
            return load();
        }
        _entries.TryGetValue(full, out var entry);
        if (entry is not null && entry.Dependencies == dependencies && !forced
            && entry.Length == info.Length && entry.Written == info.LastWriteTimeUtc)
            return (T)entry.Value;
        var hash = SHA256.HashData(File.ReadAllBytes(full));
        var value = entry is not null && entry.Dependencies == dependencies && hash.AsSpan().SequenceEqual(entry.Hash)
            ? (T)entry.Value : load();
        _entries[full] = new Entry(info.Length, info.LastWriteTimeUtc, hash, dependencies, value);
        return value;
    }
}
