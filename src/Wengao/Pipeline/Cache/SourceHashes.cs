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

    public static SourceHashes Read(params string[] folders) => new(folders.Where(Directory.Exists)
        .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
        .Where(p => !FontFiles.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
        .Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).AsParallel()
        .Select(p => (Path: p, Hash: Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))))
        .ToDictionary(f => f.Path, f => f.Hash, StringComparer.Ordinal));

    /// <summary>The file's hash; null for a file that was not there when the build started.</summary>
    public string? Of(string path) => _hashes.GetValueOrDefault(Path.GetFullPath(path));

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
