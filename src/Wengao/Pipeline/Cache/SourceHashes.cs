using System.Security.Cryptography;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// The content hash (SHA-256) of every file under the folders a build reads (content/, templates/), read once per
/// build, in parallel. A persistent fingerprint is made of these, never of loaded objects, which live one process.
/// </summary>
internal sealed class SourceHashes
{
    private readonly Dictionary<string, string> _hashes;

    private SourceHashes(Dictionary<string, string> hashes) => _hashes = hashes;

    // Font files (a project may keep its own under content/) are read by the PDFs' setter alone, which is fingerprinted
    // by the files it resolved (Fingerprints.Fonts): hashing a 10 MB CJK font on each build would cost more than it tells.
    private static readonly string[] FontFiles = [".ttf", ".ttc", ".otf", ".otc"];

    // Above this a file is known by its size and time: a project's large attachments are not read on every build.
    private const long HashedAtMost = 8 * 1024 * 1024;

    public static SourceHashes Read(params string[] folders)
    {
        var files = folders.SelectMany(f => InputFiles.Under(f).Select(e => (Path: Path.Combine(Path.GetFullPath(f), e.Relative), e.File)))
            .Where(f => !FontFiles.Contains(Path.GetExtension(f.Path), StringComparer.OrdinalIgnoreCase))
            .DistinctBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new(files.AsParallel().Select(f => (f.Path, Hash: Hash(f.File)))
            .ToDictionary(f => f.Path, f => f.Hash, StringComparer.Ordinal));
    }

    /// <summary>
    /// A file's content hash. A device or a pipe shows a length of 0 and is never opened (the loader refuses it, located);
    /// a link to a folder, or to nothing, gets a value that never matches.
    /// </summary>
    private static string Hash(InputFiles.FileStat? file)
    {
        if (file is null) return Never();
        if (file.Length == 0) return "empty";
        if (file.Length > HashedAtMost) return $"size {file.Length}, time {file.Ticks}";
        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var bytes = new byte[file.Length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            return Convert.ToHexString(SHA256.HashData(bytes.AsSpan(0, read)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Never(); // the loader says what is wrong with it, located, if the build reads it
        }
    }

    /// <summary>A value no other build makes: what the cache cannot know is never taken to be unchanged.</summary>
    public static string Never() => "unknown " + Guid.NewGuid();

    /// <summary>The file's hash; for a file that was not there when the build started (or under a linked folder), one that never matches.</summary>
    public string Of(string path) => _hashes.GetValueOrDefault(Path.GetFullPath(path)) ?? Never();

    /// <summary>One hash of the files under <paramref name="folder"/> that <paramref name="include"/> keeps, with their paths relative to it.</summary>
    public string Of(string folder, Func<string, bool> include)
    {
        var root = Path.GetFullPath(folder);
        var lines = _hashes.Where(h => h.Key.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(h => (Relative: Path.GetRelativePath(root, h.Key).Replace('\\', '/'), h.Value))
            .Where(h => include(h.Relative)).OrderBy(h => h.Relative, StringComparer.Ordinal).Select(h => $"{h.Relative}={h.Value}");
        return Hash(string.Join("\n", lines));
    }

    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
