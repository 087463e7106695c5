using System.Collections.Immutable;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Loads content/: site.yml, speeches and outcomes, checking the references between them.</summary>
public static class CorpusLoader
{
    /// <param name="cache">the objects of earlier loads, reused for the files that did not change (`wengao serve`)</param>
    public static Corpus Load(string contentDirectory, SourceCache? cache = null)
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
        var speeches = Files(contentDirectory, "speeches", "*.md").AsParallel().AsOrdered()
            .Select(path => errors.Catch(() => Cached(path, ids, () => SpeechLoader.Load(path, outcomeIds)))).OfType<Speech>()
            .ToImmutableArray();
        // A briefing checks the chart ids it names against the outcomes files.
        var charts = ids + ";" + string.Join(";", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => o.Key + ":" + string.Join(",", o.Value.Charts.Select(c => c.Id))));
        var briefings = Files(contentDirectory, "briefings", "*.md").AsParallel().AsOrdered()
            .Select(path => errors.Catch(() => Cached(path, charts, () => BriefingLoader.Load(path, outcomeIds, outcomes)))).OfType<Briefing>()
            .ToImmutableArray();
        // Speeches and briefings share the pdf/ folder, so a slug names one document of either kind.
        var slugs = speeches.Select(s => (s.Slug, s.SourcePath)).Concat(briefings.Select(b => (b.Slug, b.SourcePath)));
        foreach (var duplicate in slugs.GroupBy(s => s.Slug).Where(g => g.Count() > 1))
            errors.Add(new SourceSpan(duplicate.Last().SourcePath, 1, 1), $"two documents share the slug `{duplicate.Key}`",
                $"rename one of: {string.Join(", ", duplicate.Select(s => Path.GetFileName(s.SourcePath)))}; the slug names the page and the PDF");
        var editions = site is null || site.Editions.IsDefault ? [] : site.Editions;
        var registry = errors.Catch(() => Cached(Path.Combine(contentDirectory, "registry.yml"), string.Join(",", editions.Select(e => e.Name)),
            () => RegistryLoader.Load(contentDirectory, editions)));
        errors.ThrowIfAny();
        // Newest first, then by slug: the order lists and indexes show, independent of the file system.
        return new Corpus(site!,
            [.. speeches.OrderByDescending(s => s.Date).ThenBy(s => s.Slug, StringComparer.Ordinal)],
            [.. briefings.OrderByDescending(b => b.Date).ThenBy(b => b.Slug, StringComparer.Ordinal)],
            outcomes,
            registry!);
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
