using System.Collections.Immutable;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Loads content/: site.yml, the documents of every kind, outcomes and the registry, checking the references between them.</summary>
public static class CorpusLoader
{
    /// <param name="cache">the objects of earlier loads, reused for the files that did not change (`wengao serve`)</param>
    /// <param name="templates">the templates folder, whose kinds/ declares the kinds of document; null for the shipped kinds</param>
    /// <param name="memo">the documents an earlier build loaded (`wengao build`'s cache), reused for the sources that did not change</param>
    public static Corpus Load(string contentDirectory, string? templates = null, SourceCache? cache = null, IDocumentMemo? memo = null)
    {
        T Cached<T>(string path, string dependencies, Func<T> load) where T : class =>
            cache is null ? load() : cache.Get(path, dependencies, load);
        if (!Directory.Exists(contentDirectory))
            throw new BuildFailedException(new SourceError(SourceSpan.Whole(contentDirectory), "the content folder does not exist",
                "run wengao from the project folder, or name the folder with --content DIR"));
        var errors = new ErrorList();
        var site = errors.Catch(() => Cached(Path.Combine(contentDirectory, "site.yml"), "", () => SiteLoader.Load(contentDirectory)));
        var outcomeFiles = Files(contentDirectory, "outcomes", "*.yml");
        var outcomeIds = outcomeFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var outcomes = outcomeFiles.AsParallel().AsOrdered()
            .Select(path => errors.Catch(() => Cached(path, "", () => OutcomesLoader.Load(path)))).OfType<OutcomeSet>()
            .ToImmutableDictionary(o => o.Id, StringComparer.Ordinal);
        var ids = string.Join(",", outcomeIds.Order(StringComparer.Ordinal));
        var kinds = errors.Catch(() => (object)KindLoader.Load(templates, contentDirectory, cache)) is ImmutableArray<DocumentKind> loaded ? loaded : [];
        // A document checks the chart ids it names against the outcomes files.
        var charts = ids + ";" + string.Join(";", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => o.Key + ":" + string.Join(",", o.Value.Charts.Select(c => c.Id))));
        // What a document is loaded from besides its source; a source whose bytes and these are as before loads as before.
        Document LoadDocument(string path, DocumentKind kind)
        {
            var dependencies = charts + ";" + kind.Version;
            return Cached(path, dependencies, () =>
            {
                if (memo?.Known(path, kind, dependencies) is { } known) return known;
                var document = DocumentLoader.Load(path, kind, outcomeIds, outcomes);
                memo?.Loaded(path, dependencies, document);
                return document;
            });
        }
        var documents = kinds.SelectMany(kind => Files(contentDirectory, kind.Folder, "*.md").Select(path => (Kind: kind, Path: path)))
            .AsParallel().AsOrdered()
            .Select(d => errors.Catch(() => LoadDocument(d.Path, d.Kind)))
            .OfType<Document>().ToImmutableArray();
        // Every kind's PDFs share the pdf/ folder, so a slug names one document of any kind.
        foreach (var duplicate in documents.GroupBy(d => d.Slug).Where(g => g.Count() > 1))
            errors.Add(new SourceSpan(duplicate.Last().SourcePath, 1, 1), $"two documents share the slug `{duplicate.Key}`",
                $"rename one of: {string.Join(", ", duplicate.Select(d => Path.GetFileName(d.SourcePath)))}; the slug names the page and the PDF");
        var editions = site is null || site.Editions.IsDefault ? [] : site.Editions;
        var registry = errors.Catch(() => Cached(Path.Combine(contentDirectory, "registry.yml"), string.Join(",", editions.Select(e => e.Name)),
            () => RegistryLoader.Load(contentDirectory, editions)));
        errors.ThrowIfAny();
        // Newest first, then by slug: the order lists and indexes show, independent of the file system.
        return new Corpus(site!, kinds, [.. documents.OrderByDescending(d => d.Date).ThenBy(d => d.Slug, StringComparer.Ordinal)], outcomes, registry!);
    }

    private static string[] Files(string root, string folder, string pattern)
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory)) return [];
        var files = Directory.GetFiles(directory, pattern);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
