using System.Security.Cryptography;
using MemoryPack;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// The content hash (SHA-256) of every file under the folders a build reads (content/, templates/), in parallel. A
/// persistent fingerprint is made of these, never of loaded objects, which live one process.
/// </summary>
/// <remarks>
/// A file whose size and modification time are those the last build recorded with its hash is not read again: its hash
/// is the one recorded, unless it is racily clean (<see cref="RacilyClean"/>). Reading and hashing 58 MB at 5,000
/// speeches, then reading the sources again to load them, was an eighth of an edit build.
/// </remarks>
internal sealed class SourceHashes
{
    private readonly Dictionary<string, string> _hashes;
    private readonly HashManifest _record;

    private SourceHashes(Dictionary<string, string> hashes, HashManifest record) => (_hashes, _record) = (hashes, record);

    // Font files (a project may keep its own under content/) are read by the PDFs' setter alone, which is fingerprinted
    // by the files it resolved (Fingerprints.Fonts): hashing a 10 MB CJK font on each build would cost more than it tells.
    private static readonly string[] FontFiles = [".ttf", ".ttc", ".otf", ".otc"];

    // Above this a file is known by its size and time: a project's large attachments are not read on every build.
    private const long HashedAtMost = 8 * 1024 * 1024;

    /// <summary>Every file's hash, read where <paramref name="last"/> (the last build's record) does not hold it for the file's size and time.</summary>
    public static SourceHashes Read(HashManifest? last, params string[] folders)
    {
        var listed = RacilyClean.Now();
        var files = folders.SelectMany(f => InputFiles.Under(f).Select(e => (Path: Path.Combine(Path.GetFullPath(f), e.Relative), e.File)))
            .Where(f => !FontFiles.Contains(Path.GetExtension(f.Path), StringComparer.OrdinalIgnoreCase))
            .DistinctBy(f => f.Path, StringComparer.Ordinal).ToList();
        var hashed = files.AsParallel().Select(f => (f.Path, f.File, Hash: last?.Files.GetValueOrDefault(f.Path) is { } known && f.File is { } file
            && known.Describes(file) && RacilyClean.Trusted(known.Modified, last.Listed) ? known.Hash : Hash(f.File))).ToList();
        var record = new HashManifest(listed, new(hashed.Where(f => f.File is not null && !f.Hash.StartsWith(NeverPrefix, StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => KeyValuePair.Create(f.Path, new HashedFile(f.File!.Length, f.File.Ticks, f.Hash))), StringComparer.Ordinal));
        return new(hashed.ToDictionary(f => f.Path, f => f.Hash, StringComparer.Ordinal), record);
    }

    /// <summary>The record for the next build: each file's size, time and hash as this build found them, and when it began listing them.</summary>
    public HashManifest Record => _record;

    /// <summary>
    /// A file's content hash. A device or a pipe shows a length of 0 and is never opened (the loader refuses it, located);
    /// a link to a folder, or to nothing, gets a value that never matches.
    /// </summary>
    public static string Hash(InputFiles.FileStat? file)
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
    public static string Never() => NeverPrefix + Guid.NewGuid();

    private const string NeverPrefix = "unknown ";

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

/// <summary>The input files' hashes as a build found them, for the next (<see cref="SourceHashes"/>).</summary>
/// <param name="Listed">when that build began listing them (UTC ticks): a file recorded with a time not well before this is hashed again</param>
/// <param name="Files">by full path</param>
[MemoryPackable]
internal sealed partial record HashManifest(long Listed, Dictionary<string, HashedFile> Files);

/// <param name="Modified">the file's modification time, UTC ticks</param>
[MemoryPackable]
internal sealed partial record HashedFile(long Size, long Modified, string Hash)
{
    /// <summary>Whether the file has the size and modification time recorded (its bytes are another question: <see cref="RacilyClean"/>).</summary>
    public bool Describes(InputFiles.FileStat file) => Size == file.Length && Modified == file.Ticks;
}
