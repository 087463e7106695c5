using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// A cache manifest on disk: a header naming the format, the SHA-256 of the body, then the body (JSON). A file that is
/// truncated, edited or of another format is reported and not used: the cache is a copy of what a build can redo, so
/// anything doubtful is thrown away, never trusted. Written to a temporary file and renamed over the last one, so a
/// build killed while writing leaves the last manifest whole.
/// </summary>
internal static class ManifestFile
{
    // Raised whenever the manifests' shape or meaning changes; a manifest of another format is ignored.
    // 3: an edition's outputs name their templates' set by its number in the manifest's list of sets.
    public const int Format = 3;
    private const string Magic = "wengao-cache";

    /// <summary>The manifest, or null where there is none (the first build: nothing said) or it cannot be trusted (said in <paramref name="notes"/>).</summary>
    /// <param name="what">what a build does without it, for the note: "full build"</param>
    public static T? Read<T>(string path, JsonTypeInfo<T> type, ICollection<string> notes, string what) where T : class
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
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n', 3);
        if (lines.Length < 3 || lines[0].Split(' ') is not [Magic, var format]) return Ignored("damaged (no header)");
        if (format != Format.ToString(System.Globalization.CultureInfo.InvariantCulture))
            return Ignored($"written in cache format {format}, this Wengao reads {Format}");
        if (lines[1] != Checksum(lines[2])) return Ignored("damaged (its checksum does not match its entries)");
        try { return JsonSerializer.Deserialize(lines[2], type) ?? Ignored("damaged (empty)"); }
        catch (JsonException) { return Ignored("damaged (its entries cannot be read)"); }
    }

    public static void Write<T>(string path, T value, JsonTypeInfo<T> type)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var body = JsonSerializer.Serialize(value, type);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, $"{Magic} {Format}\n{Checksum(body)}\n{body}", new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    private static string Checksum(string body) => "sha256:" + SourceHashes.Hash(body);
}

/// <summary>One file of an output as the build left it: it is intact while its size and time are these (its bytes then hashed to <see cref="Hash"/>).</summary>
internal sealed record CachedFile(string Path, long Size, long Modified, string Hash);

/// <param name="Inputs">the fingerprint of its inputs (<see cref="Fingerprints"/>)</param>
/// <param name="Templates">the HTML templates its render read, each with its hash then: the number of that set in <see cref="OutputManifest.Templates"/></param>
/// <param name="PdfPages">for a PDF, its pages, counted in the build's report</param>
/// <param name="Source">for a PDF, its document's source, relative to content/, and the characters no font had (<see cref="Missing"/>): warned of again when it is reused</param>
internal sealed record CachedOutput(string Inputs, int Templates, List<CachedFile> Files, int? PdfPages = null,
    string? Source = null, int[]? Missing = null);

/// <summary>An edition's outputs as the last build made them, by their first file.</summary>
/// <param name="Version">what every output depends on (<see cref="BuildCache.Version"/>): entries are reused only where it is the same</param>
/// <param name="Templates">
/// the sets of HTML templates the outputs' renders read, each template with its hash: 15,000 pages read a few sets, and
/// one copy of each for every output made two thirds of a 5,000-speech manifest
/// </param>
internal sealed record OutputManifest(Dictionary<string, string> Version, List<Dictionary<string, string>> Templates, Dictionary<string, CachedOutput> Outputs);

/// <summary>One document's proofreading as a build counts it: the warnings by rule and those below the confidence shown.</summary>
internal sealed record CachedCheck(Dictionary<string, int> Counts, int Unsure);

/// <summary>The documents' proofreading counts by their fingerprint (<see cref="Fingerprints.Document"/>): source, hash, outcomes file.</summary>
internal sealed record CheckManifest(Dictionary<string, string> Version, Dictionary<string, CachedCheck> Files);

[JsonSerializable(typeof(OutputManifest))]
[JsonSerializable(typeof(CheckManifest))]
[JsonSerializable(typeof(BuildManifest))]
[JsonSerializable(typeof(DocumentManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext
{
    // Read on every build (megabytes at 5,000 documents): texts written as they are, not as \u escapes, and empty
    // members left out. Only Wengao reads them, and never into HTML.
    public static ManifestJson Compact { get; } = new(new JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });
}
