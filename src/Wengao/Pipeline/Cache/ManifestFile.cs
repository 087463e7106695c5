using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using MemoryPack;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// A cache manifest on disk: a header naming the format, the SHA-256 of the body, then the body (MemoryPack's binary
/// serialization of the manifest's records). A file that is truncated, edited or of another format is reported and not used: the cache is a copy of what a build can redo, so
/// anything doubtful is thrown away, never trusted. Written to a temporary file and renamed over the last one, so a
/// build killed while writing leaves the last manifest whole.
/// Binary, not JSON: an edition's manifest at 5,000 speeches records 21,740 files, and reading and writing it as JSON
/// was about 140 ms of an edit build's CPU (docs/performance.md, session 13). MemoryPack's layout follows the records'
/// members in order and has no names in it: a manifest written with other records would be misread, so <see cref="Format"/>
/// is raised with any change of them (ManifestFormatTests pins their shape to it). Another build of Wengao with the same
/// records reads the manifest, and its files' hashes still say which rendered files are the same (docs/cache.md).
/// </summary>
internal static class ManifestFile
{
    // Raised whenever the manifests' shape or meaning changes; a manifest of another format is ignored.
    // 3: an edition's outputs name their templates' set by its number in the manifest's list of sets.
    // 4: the body is binary (MemoryPack).
    // 5: the documents' lengths and the input files' hashes are manifests too.
    public const int Format = 5;
    private const string Magic = "wengao-cache";

    /// <summary>The manifest, or null where there is none (the first build: nothing said) or it cannot be trusted (said in <paramref name="notes"/>).</summary>
    /// <param name="what">what a build does without it, for the note: "full build"</param>
    public static T? Read<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] T>(string path, ICollection<string> notes, string what) where T : class, IMemoryPackable<T>
    {
        if (!File.Exists(path)) return null;
        T? Ignored(string why)
        {
            notes.Add($"cache {path}: {why}; ignored, {what}");
            return null;
        }
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (IOException e) { return Ignored($"cannot be read ({e.Message})"); }
        ReadOnlySpan<byte> rest = bytes;
        if (!NextLine(ref rest, out var header) || !NextLine(ref rest, out var checksum)
            || Encoding.UTF8.GetString(header).Split(' ') is not [Magic, var format]) return Ignored("damaged (no header)");
        if (format != Format.ToString(System.Globalization.CultureInfo.InvariantCulture))
            return Ignored($"written in cache format {format}, this Wengao reads {Format}");
        if (!checksum.SequenceEqual(Checksum(rest))) return Ignored("damaged (its checksum does not match its entries)");
        try { return MemoryPackSerializer.Deserialize<T>(rest) ?? Ignored("damaged (empty)"); }
        // The checksum held, so the bytes are a manifest of this format that a Wengao wrote: only a defect of Wengao's own gets here.
        catch (MemoryPackSerializationException) { return Ignored("damaged (its entries cannot be read)"); }
    }

    public static void Write<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] T>(string path, T value) where T : IMemoryPackable<T>
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var body = MemoryPackSerializer.Serialize(value);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1))
        {
            file.Write(Encoding.UTF8.GetBytes($"{Magic} {Format}\n"));
            file.Write(Checksum(body));
            file.WriteByte((byte)'\n');
            file.Write(body);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Takes the line at the start of <paramref name="rest"/> (without its '\n') off it; false where there is no '\n'.</summary>
    private static bool NextLine(ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> line)
    {
        var end = rest.IndexOf((byte)'\n');
        line = end < 0 ? default : rest[..end];
        if (end < 0) return false;
        rest = rest[(end + 1)..];
        return true;
    }

    /// <summary>"sha256:" and the body's SHA-256 in upper-case hex, as ASCII bytes.</summary>
    private static byte[] Checksum(ReadOnlySpan<byte> body) => Encoding.ASCII.GetBytes("sha256:" + Convert.ToHexString(SHA256.HashData(body)));
}

/// <summary>One file of an output as the build left it: it is intact while its size and time are these (its bytes then hashed to <see cref="Hash"/>).</summary>
[MemoryPackable]
internal sealed partial record CachedFile(string Path, long Size, long Modified, string Hash);

/// <param name="Inputs">the fingerprint of its inputs (<see cref="Fingerprints"/>)</param>
/// <param name="Templates">the HTML templates its render read, each with its hash then: the number of that set in <see cref="OutputManifest.Templates"/></param>
/// <param name="PdfPages">for a PDF, its pages, counted in the build's report</param>
/// <param name="Source">for a PDF, its document's source, relative to content/, and the characters no font had (<see cref="Missing"/>): warned of again when it is reused</param>
[MemoryPackable]
internal sealed partial record CachedOutput(string Inputs, int Templates, List<CachedFile> Files, int? PdfPages = null,
    string? Source = null, int[]? Missing = null);

/// <summary>An edition's outputs as the last build made them, by their first file.</summary>
/// <param name="Version">what every output depends on (<see cref="BuildCache.Version"/>): entries are reused only where it is the same</param>
/// <param name="Templates">
/// the sets of HTML templates the outputs' renders read, each template with its hash: 15,000 pages read a few sets, and
/// one copy of each for every output made two thirds of a 5,000-speech manifest
/// </param>
[MemoryPackable]
internal sealed partial record OutputManifest(Dictionary<string, string> Version, List<Dictionary<string, string>> Templates, Dictionary<string, CachedOutput> Outputs);

/// <summary>One document's proofreading as a build counts it: the warnings by rule and those below the confidence shown.</summary>
[MemoryPackable]
internal sealed partial record CachedCheck(Dictionary<string, int> Counts, int Unsure);

/// <summary>The documents' proofreading counts by their fingerprint (<see cref="Fingerprints.Document"/>): source, hash, outcomes file.</summary>
[MemoryPackable]
internal sealed partial record CheckManifest(Dictionary<string, string> Version, Dictionary<string, CachedCheck> Files);
