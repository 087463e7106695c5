using System.Collections.Concurrent;
using System.Security.Cryptography;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Pipeline.Outputs;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// One edition's part of the build cache: which planned outputs are reused from the current output (fingerprint and
/// templates as recorded, every file intact) and which are rendered, and the manifest of what this build leaves.
/// </summary>
internal sealed class EditionCache
{
    private readonly BuildCache _cache;
    private readonly string _manifest, _current;
    private readonly Dictionary<string, string> _version;
    // Usable for its files' hashes (a rendered file equal to the current one is linked) whenever it is whole; for its
    // fingerprints only where its version is this build's.
    private readonly OutputManifest? _last;
    private readonly bool _fresh;
    private readonly Dictionary<string, CachedFile> _lastFiles;
    private readonly StagedFiles _files;
    private readonly ConcurrentDictionary<string, CachedOutput> _next = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _rendered = [];
    private readonly ConcurrentBag<string> _written = [];
    // Whether each set of templates of the last manifest is as it was (each asked once, not once per output that read it).
    private readonly bool[] _templatesAsTheyWere = [];
    // The sets of templates of this build's entries, each once, by its text.
    private readonly List<Dictionary<string, string>> _sets = [];
    private readonly Dictionary<string, int> _setNumbers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, int> _renumbered = new();
    private int _reused, _linked;

    /// <param name="current">the edition's folder in the current output, whose files unchanged outputs are linked from</param>
    /// <param name="notes">the build's notes: a cache not used says so</param>
    public EditionCache(BuildCache cache, Edition? edition, string current, StagedFiles files, ICollection<string> notes)
    {
        (_cache, _current, _files) = (cache, current, files);
        _manifest = cache.ManifestOf(edition);
        _version = cache.Version(edition);
        _last = cache.Enabled ? ManifestFile.Read<OutputManifest>(_manifest, notes, "full build") : null;
        if (_last is not null && BuildCache.Changed(_last.Version, _version) is { Length: > 0 } changed)
            notes.Add($"cache {_manifest}: {changed} changed since it was written; ignored, full build");
        else _fresh = _last is not null;
        _lastFiles = _last is null ? [] : _last.Outputs.Values.SelectMany(o => o.Files).DistinctBy(f => f.Path).ToDictionary(f => f.Path, StringComparer.Ordinal);
        if (_fresh) _templatesAsTheyWere = [.. _last!.Templates.Select(set => set.All(t => _cache.Prints.Template(t.Key) == t.Value))];
    }

    /// <summary>
    /// Stages the output from the current one where its inputs, and the templates its last render read, are as the cache
    /// records them and each of its files is still the file that render wrote; its entry, or null where it must be rendered.
    /// Not read back by the leak scan: its bytes are those that were scanned under the same registry and edition (the version).
    /// </summary>
    public CachedOutput? Reuse(PlannedOutput planned, out string fingerprint)
    {
        fingerprint = _cache.Prints.Of(planned.Inputs);
        if (!_fresh || !_last!.Outputs.TryGetValue(planned.Files[0], out var entry) || entry.Inputs != fingerprint
            || !entry.Files.Select(f => f.Path).SequenceEqual(planned.Files, StringComparer.Ordinal)
            || (uint)entry.Templates >= (uint)_templatesAsTheyWere.Length || !_templatesAsTheyWere[entry.Templates])
            return null;
        var statuses = new FileStatus?[entry.Files.Count];
        for (var i = 0; i < statuses.Length; i++)
            if (!Intact(entry.Files[i], out statuses[i])) return null;
        for (var i = 0; i < statuses.Length; i++) Stage(entry.Files[i], statuses[i]);
        _next[planned.Files[0]] = entry with { Templates = _renumbered.GetOrAdd(entry.Templates, last => Set(_last!.Templates[last])) };
        Interlocked.Increment(ref _reused);
        return entry;
    }

    /// <summary>
    /// How many files the last build's output of this first file had, where the inputs' fingerprint is the one recorded
    /// (and so are Wengao, site.yml and the rest of the version): the same inputs make the same files. Null otherwise.
    /// </summary>
    public int? RecordedFiles(string first, Inputs inputs) =>
        _fresh && _last!.Outputs.TryGetValue(first, out var entry) && entry.Inputs == _cache.Prints.Of(inputs) ? entry.Files.Count : null;

    /// <summary>Stages a rendered output: each file linked from the current output where its bytes are that file's, else written.</summary>
    /// <param name="templates">the HTML templates its render read</param>
    public void Rendered(PlannedOutput planned, string fingerprint, Rendered rendered, IReadOnlyCollection<string> templates)
    {
        var files = new CachedFile[planned.Files.Count];
        // Each file as it comes: a streamed output's files are made, and handed here, from several threads.
        rendered.Each(files.Length, (i, bytes) =>
        {
            var relative = planned.Files[i];
            if (bytes is null) // the render says the current output's file is it: the search index's shards it did not change
            {
                if (!_lastFiles.TryGetValue(relative, out var kept) || !Intact(kept, out var keptStatus))
                    throw new InvalidOperationException($"{relative}: kept from the last build, whose file of it is not as it left it");
                Stage(kept, keptStatus);
                files[i] = kept;
                return;
            }
            var hash = Convert.ToHexString(SHA256.HashData(bytes));
            _rendered.Add(relative);
            if (_lastFiles.TryGetValue(relative, out var last) && last.Hash == hash && last.Size == bytes.Length && Intact(last, out var status))
            {
                Stage(last, status);
                files[i] = last;
                return;
            }
            var modified = _files.Write(relative, bytes);
            _written.Add(relative);
            files[i] = new(relative, bytes.Length, modified.Ticks, hash);
        });
        if (Array.IndexOf(files, null) is var missing and >= 0)
            throw new InvalidOperationException($"{planned.Files[0]}: its render made no {planned.Files[missing]}");
        var source = planned.Inputs.Parts.OfType<ParsedDocument>().FirstOrDefault()?.Document.SourcePath;
        _next[planned.Files[0]] = new(fingerprint, Set(templates.Order(StringComparer.Ordinal).ToDictionary(t => t, _cache.Prints.Template, StringComparer.Ordinal)),
            [.. files], rendered.Pdf?.Pages, rendered.Pdf is { Missing.Count: > 0 } && source is not null ? Path.GetRelativePath(Path.GetFullPath(_cache.Content), Path.GetFullPath(source)) : null,
            rendered.Pdf is { Missing.Count: > 0 } pdf ? [.. pdf.Missing] : null);
    }

    /// <summary>The SHA-256 the last build's manifest records of the current output's file, where the file is as that build left it; else null.</summary>
    public string? LastHash(string relative) => _lastFiles.TryGetValue(relative, out var file) && Intact(file) ? file.Hash : null;

    /// <summary>The current output's file, where it is as the last build left it and holds the bytes its manifest records (hashed); else null.</summary>
    public byte[]? ReadLast(string relative)
    {
        if (LastHash(relative) is not { } hash) return null;
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(_current, relative));
            return Convert.ToHexString(SHA256.HashData(bytes)) == hash ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The edition's folder in the staging tree.</summary>
    public string Root => _files.Root;

    /// <summary>What this edition's build did with the cache, paths relative to the edition's folder.</summary>
    public (IReadOnlyList<string> Rendered, int Reused, int Linked, IReadOnlyList<string> Written) Use => (Sorted(_rendered), _reused, _linked, Sorted(_written));

    private static List<string> Sorted(IEnumerable<string> paths) => [.. paths.Order(StringComparer.Ordinal)];

    /// <summary>Writes the manifest of what this build left, once it is swapped in: see docs/cache.md for a build killed before.</summary>
    public void Save() => ManifestFile.Write(_manifest, new OutputManifest(_version, _sets, new(_next.OrderBy(e => e.Key, StringComparer.Ordinal), StringComparer.Ordinal)));

    /// <summary>The number of a set of templates (each with its hash) in this build's manifest: the same set, the same number.</summary>
    private int Set(Dictionary<string, string> templates)
    {
        var text = string.Join("\n", templates.Select(t => $"{t.Key}={t.Value}"));
        lock (_sets)
        {
            if (_setNumbers.TryGetValue(text, out var number)) return number;
            _sets.Add(templates);
            return _setNumbers[text] = _sets.Count - 1;
        }
    }

    private void Stage(CachedFile file, FileStatus? status = null)
    {
        _files.Link(file.Path, Path.Combine(_current, file.Path), status);
        Interlocked.Increment(ref _linked);
    }

    private bool Intact(CachedFile file) => Intact(file, out _);

    /// <summary>Whether the current output's file is still the one recorded: the same size and time (a hard link keeps both).</summary>
    /// <param name="status">what statx said of it, where it could be asked (<see cref="FileStatus"/>): staging it then asks no more</param>
    private bool Intact(CachedFile file, out FileStatus? status)
    {
        var path = Path.Combine(_current, file.Path);
        if ((status = FileStatus.Of(path)) is { } known) return !known.IsLink && known.Size == file.Size && known.ModifiedTicks == file.Modified;
        var info = new FileInfo(path);
        return info.Exists && info.Length == file.Size && info.LastWriteTimeUtc.Ticks == file.Modified;
    }
}
