using MemoryPack;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Wengao.Load;
using Wengao.Model;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// Each document as the last build loaded it (docs/cache.md, `documents.manifest`): its front matter read by its kind's
/// fields, by its source's path, SHA-256 and dependencies. A source whose hash and dependencies are those recorded is
/// not read as YAML again: its text is read (the body is the text after the recorded head, whose hash must match too)
/// and the rest of the document is taken from the entry. A document that failed to load has no entry (its errors are
/// reported again). Only Wengao's own build is in the version: site.yml, the registry and the templates do not change
/// what a source loads as, and its kind's and the outcomes files' part is in each entry's dependencies.
/// </summary>
internal sealed class DocumentCache : IDocumentMemo
{
    private readonly SourceHashes _files;
    private readonly string _content, _path;
    private readonly Dictionary<string, string> _version = new(StringComparer.Ordinal) { ["Wengao"] = BuildCache.Code };
    private readonly DocumentManifest? _last;
    private readonly ConcurrentDictionary<string, CachedDocument> _next = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _dependencies = new(StringComparer.Ordinal);
    private int _loaded;

    public DocumentCache(BuildOptions options, SourceHashes files, ICollection<string> notes)
    {
        (_files, _content, _path) = (files, Path.GetFullPath(options.Content), Path.Combine(BuildCache.Folder(options.Output), "documents.manifest"));
        var last = !options.Cache ? null : ManifestFile.Read<DocumentManifest>(_path, notes, "every document loaded");
        if (last is not null && BuildCache.Changed(last.Version, _version) is { Length: > 0 } changed)
            notes.Add($"cache {_path}: {changed} changed since it was written; ignored, every document loaded");
        else _last = last;
    }

    /// <summary>The documents this build read as YAML (not known, or changed).</summary>
    public int Read => _loaded;

    public Document? Known(string path, DocumentKind kind, string dependencies)
    {
        var key = Key(path);
        if (_last?.Documents.GetValueOrDefault(key) is not { } entry || entry.Kind != kind.Name || entry.Dependencies != Hash(dependencies)
            || entry.Source != _files.Of(path)) return null;
        _next[key] = entry;
        return entry.ToDocument(path, kind, () => Text(path, entry));
    }

    /// <summary>
    /// The source's head and body, read when the build first asks (its hash was taken before it loaded: a source changed
    /// since shows a head other than the one recorded, and the build stops, located, rather than mix two versions).
    /// </summary>
    private static (string Head, string Body) Text(string path, CachedDocument entry)
    {
        var text = SourceText.Read(path);
        if (text.Length < entry.HeadLength || SourceHashes.Hash(text[..entry.HeadLength]) != entry.Head)
            throw new Diagnostics.BuildFailedException(new SourceError(new(path, 1, 1), "the source changed while it was being built",
                "build again once it is saved; if it was written keeping its size and time, touch it (or build once with --no-cache)"));
        return (text[..entry.HeadLength], text[entry.HeadLength..]);
    }

    public void Loaded(string path, string dependencies, Document document)
    {
        Interlocked.Increment(ref _loaded);
        _next[Key(path)] = CachedDocument.Of(document, Hash(dependencies), _files.Of(path));
    }

    // Every document of a kind has the same dependencies (the kind, the outcomes files' charts): hashed once.
    private string Hash(string dependencies) => _dependencies.GetOrAdd(dependencies, SourceHashes.Hash);

    /// <summary>Writes the documents of this build, once it succeeded; not where every one was known and none went away.</summary>
    public void Save()
    {
        if (_loaded == 0 && _last is not null && _last.Documents.Count == _next.Count) return;
        ManifestFile.Write(_path, new DocumentManifest(_version, new(_next.OrderBy(e => e.Key, StringComparer.Ordinal), StringComparer.Ordinal)));
    }

    private string Key(string path) => Path.GetRelativePath(_content, Path.GetFullPath(path)).Replace('\\', '/');
}

/// <summary>The documents the last build loaded, by their source's path relative to content/.</summary>
[MemoryPackable]
internal sealed partial record DocumentManifest(Dictionary<string, string> Version, Dictionary<string, CachedDocument> Documents);

/// <summary>
/// A <see cref="Document"/> as its source loaded, but its text: the source is read again and split where its head ended.
/// </summary>
/// <param name="Dependencies">the SHA-256 of what else it was loaded from (<see cref="IDocumentMemo.Known"/>)</param>
/// <param name="Source">the source's SHA-256 (<see cref="SourceHashes"/>) when it was loaded</param>
/// <param name="Head">the SHA-256 of the text before the body (<see cref="Document.Head"/>), <paramref name="HeadLength"/> characters</param>
/// <param name="Unfinished">the placeholder error's line, column, message and hint (<see cref="Document.Unfinished"/>)</param>
[MemoryPackable]
internal sealed partial record CachedDocument(string Source, string Dependencies, string Kind, string Head, int HeadLength, int BodyLine,
    string Slug, string Title, DateOnly Date, string[] Tags, string? OutcomesId, Dictionary<string, CachedField> Fields, bool Draft,
    CachedError? Unfinished, CachedFurniture? Furniture, CachedCopies[]? IssuedTo, bool Watermark, bool RepeatsTags)
{
    public static CachedDocument Of(Document d, string dependencies, string source) => new(source, dependencies, d.Kind.Name,
        SourceHashes.Hash(d.Head), d.Head.Length, d.BodyStart.Line, d.Slug, d.Title, d.Date, [.. d.Tags], d.OutcomesId,
        d.Fields.ToDictionary(f => f.Key, f => CachedField.Of(f.Value), StringComparer.Ordinal), d.Draft,
        d.Unfinished is { } u ? new(u.Where.Line, u.Where.Column, u.Message, u.Hint) : null, d.Furniture == Model.Furniture.None ? null : CachedFurniture.Of(d.Furniture),
        d.Distribution.IssuedTo.IsEmpty ? null : [.. d.Distribution.IssuedTo.Select(r => new CachedCopies(r.Recipient, r.Copies))], d.Distribution.Watermark, d.RepeatsTags);

    /// <param name="text">reads the source's head (the one this entry records) and body, when the build first asks</param>
    public Document ToDocument(string path, DocumentKind kind, Func<(string Head, string Body)> text) =>
        new(kind, Slug, path, Title, Date, [.. Tags], OutcomesId,
            Fields.ToImmutableSortedDictionary(f => f.Key, f => f.Value.ToValue(), StringComparer.Ordinal),
            "", "", new SourceSpan(path, BodyLine, 1), Draft,
            Unfinished is { } u ? new SourceError(new(path, u.Line, u.Column), u.Message, u.Hint) : null)
        {
            ReadText = text,
            Furniture = Furniture?.ToFurniture() ?? Model.Furniture.None,
            Distribution = new([.. (IssuedTo ?? []).Select(r => (r.Recipient, r.Copies))], Watermark),
            RepeatsTags = RepeatsTags,
        };
}

[MemoryPackable]
internal sealed partial record CachedError(int Line, int Column, string Message, string? Hint);

[MemoryPackable]
internal sealed partial record CachedCopies(string Recipient, int Copies);

[MemoryPackable]
internal sealed partial record CachedList(string Key, string[] Items);

/// <summary>A <see cref="FieldValue"/>: exactly one member set, as there.</summary>
[MemoryPackable]
internal sealed partial record CachedField(string? Text, long? Number, DateOnly? Date, bool? Flag, string[]? List, CachedList[]? Lists, string[]? Ids)
{
    public static CachedField Of(FieldValue v) => new(v.Text, v.Number, v.Date, v.Flag, v.List is { } l ? [.. l] : null,
        v.Lists is { } lists ? [.. lists.Select(x => new CachedList(x.Key, [.. x.Items]))] : null, v.Ids is { } ids ? [.. ids] : null);

    public FieldValue ToValue() => new(Text, Number, Date, Flag, List is { } l ? [.. l] : null,
        Lists is { } lists ? [.. lists.Select(x => (x.Key, (ImmutableArray<string>)[.. x.Items]))] : null, Ids is { } ids ? [.. ids] : null);
}

[MemoryPackable]
internal sealed partial record CachedFurniture(string? Number, string[] Signature, DateOnly? Signed, string[] Attachments, string? Note,
    string? CopiesTo, string? PrintedBy, DateOnly? Printed, string? PrintedDocument)
{
    public static CachedFurniture Of(Furniture f) => new(f.Number, [.. f.Signature], f.Signed, [.. f.Attachments], f.Note, f.CopiesTo,
        f.PrintedBy, f.Printed, f.PrintedDocument);

    public Furniture ToFurniture() => new(Number, [.. Signature], Signed, [.. Attachments], Note, CopiesTo, PrintedBy, Printed, PrintedDocument);
}
