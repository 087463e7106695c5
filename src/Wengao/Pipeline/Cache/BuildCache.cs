using System.Reflection;
using Wengao.Model;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// The persistent build cache (docs/cache.md): beside output/, in the work folder's cache/, a manifest for each
/// edition of the outputs the last build made — the fingerprint of each one's inputs and the size, time and hash of
/// its files — and one of the documents' proofreading counts. A build renders only the outputs whose fingerprint
/// changed and hard-links the rest from the current output into its staging tree. Deleting the folder costs one full build.
/// </summary>
internal sealed class BuildCache
{
    public const string FolderName = "cache";

    // Wengao's own build and every assembly it calls: a change of code (a version number stays the same through
    // development) changes a module's id, as the build is deterministic.
    // A program compiled ahead of time (the installed tool on Linux x64) has no module ids: there the program file is
    // the build, by path, size and time (installing another build writes a new file).
    private static readonly Lazy<string> CodeId = new(() => SourceHashes.Hash(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported
        ? string.Join(",", new[] { typeof(BuildCache).Assembly }.Concat(typeof(BuildCache).Assembly.GetReferencedAssemblies().Select(Load).OfType<Assembly>())
            .Select(a => $"{a.GetName().Name}:{a.ManifestModule.ModuleVersionId}"))
        : Environment.ProcessPath is { } program && new FileInfo(program) is { Exists: true } file
            ? $"native:{file.FullName}:{file.Length}:{file.LastWriteTimeUtc.Ticks}" : $"native:unknown:{Guid.NewGuid()}"));

    /// <summary>Wengao's build: the ids of its modules and of those it calls.</summary>
    public static string Code => CodeId.Value;

    private readonly BuildOptions _options;
    private readonly HashSet<string> _documents;

    /// <param name="loaded">the corpus as loaded, drafts too: their sources are each a document's input, not the whole site's</param>
    public BuildCache(BuildOptions options, Corpus loaded, SourceHashes files)
    {
        _options = options;
        Files = files;
        var content = Path.GetFullPath(options.Content);
        _documents = loaded.Documents.Select(d => Path.GetRelativePath(content, Path.GetFullPath(d.SourcePath)).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        Prints = new Fingerprints(files, options.Content, options.Templates);
    }

    public SourceHashes Files { get; }

    /// <summary>Whether the build reads the cache (<see cref="BuildOptions.Cache"/>); it writes it either way.</summary>
    public bool Enabled => _options.Cache;

    /// <summary>The content folder, as the options name it.</summary>
    public string Content => _options.Content;

    public Fingerprints Prints { get; }

    /// <summary>The cache folder of <paramref name="output"/>: in the work folder beside it, untouched by its swap.</summary>
    public static string Folder(string output) => Path.Combine(OutputFolder.WorkFolder(output), FolderName);

    public string ManifestOf(Edition? edition) => Path.Combine(Folder(_options.Output), edition is null ? "site.manifest" : $"edition.{edition.Name}.manifest");

    /// <summary>The search index's shards of the edition and what they were made from (<see cref="SearchIndexCache"/>).</summary>
    public string SearchIndexOf(Edition? edition) => Path.Combine(Folder(_options.Output), edition is null ? "search.cache" : $"search.{edition.Name}.cache");

    public string CheckManifest => Path.Combine(Folder(_options.Output), "checks.manifest");

    /// <summary>The input files' hashes by their size and time (<see cref="SourceHashes"/>).</summary>
    public static string HashesOf(string output) => Path.Combine(Folder(output), "hashes.manifest");

    /// <summary>The lengths of the edition's documents' bodies (<see cref="LengthCache"/>).</summary>
    public string LengthsOf(Edition? edition) => Path.Combine(Folder(_options.Output), edition is null ? "lengths.manifest" : $"lengths.{edition.Name}.manifest");

    /// <summary>
    /// What every output of an edition depends on, by part, so a note can say which changed: Wengao's code; content/
    /// but the documents, their outcomes files and checks/ (site.yml, registry.yml, the kinds: each output depends on
    /// those); templates/ but the HTML templates (each output notes those its render read), the static files and the
    /// PDFs' templates (in the inputs of the outputs made of them); the options.
    /// </summary>
    public Dictionary<string, string> Version(Edition? edition) => new(StringComparer.Ordinal)
    {
        ["Wengao"] = Code,
        ["content"] = Files.Of(_options.Content, f => !_documents.Contains(f) && !IsOutcomes(f) && !f.StartsWith("checks/", StringComparison.Ordinal)),
        ["templates"] = Files.Of(_options.Templates, f => !Tracked(f)),
        ["options"] = $"pdf={_options.Pdf};drafts={_options.Drafts};copies={(_options.Copies is { } c ? string.Join(",", c.Numbers) : "")};edition={edition?.Name}",
    };

    /// <summary>What every document's proofreading depends on: as <see cref="Version"/>, with checks/ and the confidence shown.</summary>
    public Dictionary<string, string> CheckVersion(Check.Confidence least) => new(StringComparer.Ordinal)
    {
        ["Wengao"] = Code,
        ["content"] = Files.Of(_options.Content, f => !_documents.Contains(f) && !IsOutcomes(f)),
        ["templates"] = Files.Of(_options.Templates, f => !Tracked(f)),
        ["confidence"] = least.ToString(),
    };

    /// <summary>The parts of <paramref name="now"/> that differ from <paramref name="then"/>, named for a note; empty where none does.</summary>
    public static string Changed(Dictionary<string, string> then, Dictionary<string, string> now) =>
        string.Join(", ", now.Keys.Union(then.Keys).Where(k => then.GetValueOrDefault(k) != now.GetValueOrDefault(k)).Order(StringComparer.Ordinal));

    private static bool IsOutcomes(string relative) => relative.StartsWith("outcomes/", StringComparison.Ordinal) && relative.EndsWith(".yml", StringComparison.Ordinal)
        && relative.IndexOf('/', "outcomes/".Length) < 0;

    // html/**/*.sbn: noted per output as read; html/static/**: each its own output's input; pdf/*.sbn: in the PDFs' inputs (PdfMaker.Hash).
    private static bool Tracked(string relative) =>
        relative.StartsWith("html/", StringComparison.Ordinal) && (relative.EndsWith(".sbn", StringComparison.Ordinal) || relative.StartsWith("html/static/", StringComparison.Ordinal))
        || relative.StartsWith("pdf/", StringComparison.Ordinal) && relative.EndsWith(".sbn", StringComparison.Ordinal) && relative.IndexOf('/', "pdf/".Length) < 0;

    private static Assembly? Load(AssemblyName name)
    {
        try { return Assembly.Load(name); }
        catch (IOException) { return null; }
    }
}
