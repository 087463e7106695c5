using System.Diagnostics;
using Wengao.Check;
using Wengao.Diagnostics;
using Wengao.Expand;
using Wengao.Load;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Pipeline.Cache;
using Wengao.Pipeline.Outputs;
using Wengao.Redact;
using Wengao.Render.Templates;
using Wengao.Render.Html;
using Wengao.Render.Pdf;

namespace Wengao.Pipeline;

/// <summary>
/// The full build: load → expand (Scriban) → parse (Markdig) → render every output of the plan (HTML | PDF | …) →
/// swap into output/. Templates are parsed and fonts loaded once; outputs are rendered in parallel and written as they finish.
/// An output whose inputs are those the build cache recorded (<see cref="BuildCache"/>) is not rendered: its files are
/// hard-linked from the current output into the staging tree.
/// </summary>
public static class SiteBuilder
{
    public static BuildReport Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        OutputChoice.Check(options);
        var progress = new ProgressMeter(options.Progress);
        var inputs = LastBuild.Inputs(options);
        // One edition named on the command line replaces only its own folder; a second build of the same output waits.
        // Held from the look at the last build to the swap: no other build swaps the output the cache compares with.
        using var output = new OutputFolder(options.Output, options.Edition, () => progress.Stage("wait for another build of this output"), recycle: options.Cache);
        if (options.Cache && LastBuild.Unchanged(options, inputs, output.Target, clock.Elapsed) is { } unchanged) return unchanged;
        Warmup.Start(Warmup.Tables);
        progress.Stage("load");
        var totals = new Totals();
        // Hashed before they are loaded: a file edited meanwhile has a hash older than what is built from it, so the next
        // build renders it again. A file whose size and time are those recorded keeps its hash unread (SourceHashes).
        var hashes = BuildCache.HashesOf(options.Output);
        var files = SourceHashes.Read(options.Cache ? ManifestFile.Read<HashManifest>(hashes, totals.Notes, "every file hashed") : null,
            options.Content, options.Templates);
        var documentCache = new DocumentCache(options, files, totals.Notes);
        var loaded = CorpusLoader.Load(options.Content, options.Templates, memo: documentCache);
        var cache = new BuildCache(options, loaded, files);
        var corpus = Published.Of(loaded, options.Drafts);
        using var deadline = ExpressionDeadline.Start(corpus.Site);
        var editions = Editions(corpus.Site, options.Edition);
        var templates = new TemplateSet(Path.Combine(options.Templates, "html"));
        var pdf = options.Pdf ? new PdfMaker(DocumentSetter.Create(corpus.Site), options.Templates) : null;
        if (pdf is not null) Warmup.Start(pdf.Setter.Fonts.Preload);
        // The proofreading checks read the sources, not the output, so they run beside the rendering. Their errors fail
        // the build before anything is swapped in, and come before any error of the rendering.
        var least = options.MinConfidence ?? Checker.BuildConfidence;
        var checkCache = new CheckCache(cache, corpus, least, totals.Notes);
        var checking = Task.Run(() => Checker.Summarise(corpus, sampleSize: 10, least, checkCache));
        CheckSummary Checks() => checking.GetAwaiter().GetResult();

        var caches = new List<EditionCache>();
        var lengthCaches = new List<LengthCache>();
        try
        {
            totals.Notes.AddRange(pdf?.Setter.FontReport ?? []);
            foreach (var edition in editions)
            {
                var root = edition is null || options.Edition is not null ? output.Staging : Path.Combine(output.Staging, edition.Name);
                var current = Path.GetFullPath(Path.Combine(output.Target, Path.GetRelativePath(output.Staging, root)));
                var staged = new StagedFiles(root, output.Recycled);
                var editionCache = new EditionCache(cache, edition, current, staged, totals.Notes);
                var lengths = new LengthCache(cache, edition, totals.Notes);
                WriteEdition(corpus, edition, editionCache, lengths, new SearchIndexCache(cache, edition, editionCache, totals.Notes), templates, pdf, options.Copies, progress, output, totals);
                // The marker is the output folder's (a build of no named edition stages into the tree's root).
                staged.Sweep(OutputFolder.Marker);
                caches.Add(editionCache);
                lengthCaches.Add(lengths);
            }
            if (output.Recycled && options.Edition is null && editions is not [null])
                SweepEditions(output.Staging, editions.Select(e => e!.Name).ToHashSet(StringComparer.Ordinal));
            totals.Notes.AddRange(pdf?.Setter.MissingGlyphs ?? []);
        }
        catch (BuildFailedException)
        {
            Checker.ThrowIfErrors(Checks().Errors);
            throw;
        }
        Checker.ThrowIfErrors(Checks().Errors);
        options.BeforeCommit?.Invoke();
        output.Commit();
        // After the swap: a build killed before this leaves the last manifests, whose records of the files this build
        // replaced no longer match them, so those are rendered again (docs/cache.md); the files it linked are those they record.
        options.BeforeCacheSaved?.Invoke();
        // Megabytes of JSON each at 5,000 documents, written side by side; a failure is the build's, as it is (not an AggregateException).
        Task[] saves = [.. caches.Select(edition => Task.Run(edition.Save)), .. lengthCaches.Select(lengths => Task.Run(lengths.Save)), Task.Run(checkCache.Save), Task.Run(documentCache.Save),
            Task.Run(() => ManifestFile.Write(hashes, files.Record))];
        foreach (var save in saves) save.GetAwaiter().GetResult();
        var report = new BuildReport(output.Target, totals.HtmlPages, totals.PdfFiles, totals.PdfPages, totals.Notes, clock.Elapsed, Checks(),
            new CacheUse([.. totals.Rendered.Order(StringComparer.Ordinal)], totals.Reused, totals.Linked, [.. totals.Written.Order(StringComparer.Ordinal)], checkCache.Checked, documentCache.Read, totals.Parsed));
        LastBuild.Save(options, inputs, report, totals.Outputs);
        return report;
    }

    /// <summary>What a recycled tree holds at its root besides the marker and this build's editions (an edition site.yml no longer declares).</summary>
    private static void SweepEditions(string staging, IReadOnlySet<string> editions)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(staging))
            if (Path.GetFileName(entry) is var name && name != OutputFolder.Marker && !editions.Contains(name)) StagedFiles.Remove(entry);
    }

    /// <summary>The editions to build: those site.yml declares (or the one asked for); a single unnamed build where it declares none.</summary>
    internal static IReadOnlyList<Edition?> Editions(Site site, string? only)
    {
        var declared = site.Editions.IsDefault ? [] : site.Editions;
        if (only is null) return declared.IsEmpty ? [null] : [.. declared];
        return declared.FirstOrDefault(e => e.Name == only) is { } edition ? [edition]
            : throw new BuildFailedException(new SourceError(new(Path.Combine(site.ContentDirectory, "site.yml"), 1, 1),
                $"no edition `{only}`", declared.IsEmpty ? "declare editions in site.yml under `editions:`" : $"editions: {string.Join(", ", declared.Select(e => e.Name))}"));
    }

    /// <summary>What the editions of a build wrote, counted across them, and the notes the build reports.</summary>
    private sealed class Totals
    {
        public int HtmlPages, PdfFiles, PdfPages, Reused, Linked, Outputs, Parsed;
        public readonly List<string> Notes = [];
        public readonly List<string> Rendered = [], Written = [];
    }

    /// <summary>
    /// One edition: its view of the corpus (masked where it hides names), every output of the plan rendered in parallel
    /// (each document parsed only where one of its outputs is) and written as it is done, then every file it rendered
    /// read back for the names it hides.
    /// </summary>
    private static void WriteEdition(Corpus corpus, Edition? edition, EditionCache cache, LengthCache lengths, SearchIndexCache searchCache, TemplateSet templates, PdfMaker? pdf, CopyNumbers? copies,
        ProgressMeter progress, OutputFolder output, Totals totals)
    {
        var root = cache.Root;
        var stage = edition is null ? "" : $"{edition.Name}: ";
        var redactor = edition is null ? null : new Redactor(corpus.Registry, edition);
        var tally = new RedactionTally();
        var view = redactor is null ? corpus : CorpusRedaction.Apply(corpus, redactor, tally);
        var errors = new ErrorList();
        if (redactor is not null) foreach (var clash in CorpusRedaction.Clashes(corpus, redactor)) errors.Add(clash);
        errors.ThrowIfAny();
        progress.Stage(stage + "plan", view.Documents.Length);
        // A document whose length the last build counted from the same inputs is parsed when an output of its reads the
        // tree (its outputs are mostly reused); one the cache knows nothing of (every document of a cold build) here, all
        // together (DocumentParser.Parse). Parsed among the pages' renders instead, a cold build of 50,000 speeches
        // peaked at 3.3–3.7 GB in two runs, against 2.6–3.6 GB this way (docs/performance.md, session 15).
        var documents = view.Documents.AsParallel().AsOrdered()
            .Select(d => errors.Catch(() => DocumentParser.Parse(d, view, redactor is null || redactor.IsEmpty ? null : text => redactor.Mask(text, tally), lengths.Of(d),
                length =>
                {
                    Interlocked.Increment(ref totals.Parsed);
                    lengths.Parsed(d, length);
                })))
            .OfType<ParsedDocument>().ToList();
        errors.ThrowIfAny();

        var navigation = new Navigation(documents, view.Site.Listing.NameOrder);
        var context = new PlanContext(view, documents, new HtmlSite(templates, view.Site, navigation, files: pdf is not null), navigation, navigation.All, templates, pdf, copies, searchCache,
            cache.RecordedFiles);
        var outputs = BuildPlan.Outputs(context).ToList();
        totals.Outputs += outputs.Count;
        var drawn = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>>(StringComparer.Ordinal);
        var renderedOutputs = new System.Collections.Concurrent.ConcurrentDictionary<PlannedOutput, bool>(ReferenceEqualityComparer.Instance);
        void Write(PlannedOutput planned)
        {
            if (cache.Reuse(planned, out var fingerprint) is { } kept)
            {
                if (kept.Missing is { } missing && kept.Source is { } source) pdf?.Setter.Missed(Path.Combine(corpus.Site.ContentDirectory, source), missing);
                if (kept.PdfPages is not { } pages) return;
                Interlocked.Increment(ref totals.PdfFiles);
                Interlocked.Add(ref totals.PdfPages, pages);
                return;
            }
            // The templates it reads are recorded with it: it is rendered again when one of them changes, and for no other.
            var (rendered, read) = templates.Reading(planned.Render);
            cache.Rendered(planned, fingerprint, rendered, read);
            renderedOutputs[planned] = true;
            if (rendered.Pdf is not { } pdfFile) return;
            foreach (var file in planned.Files) drawn[file] = pdfFile.Drawn; // for the leak scan: not the bytes, which are on disk
            Interlocked.Increment(ref totals.PdfFiles);
            Interlocked.Add(ref totals.PdfPages, pdfFile.Pages);
        }
        void WriteEach(IEnumerable<PlannedOutput> planned) => Parallel.ForEach(planned, output => errors.Catch(() =>
        {
            Write(output);
            return output;
        }));
        // The documents' outputs (its page, its PDFs) in the documents' order, each taken by the next free worker, so that
        // one document's are near each other in time and a document with many (a speech's PDF, .docx and OFD) is not one
        // worker's alone: made one after the other, the sample's speech was its build's critical path (session 17). Then
        // the site-wide files; then the search index, alone, so that the process's CPU time over it is the index's (its note).
        // Collected like the documents' errors: Parallel.ForEach would wrap a template's located error in an AggregateException.
        progress.Stage(stage + "render", documents.Count);
        var byDocument = outputs.Where(o => o.Document is not null).GroupBy(o => o.Document!, ReferenceEqualityComparer.Instance).ToList();
        var left = byDocument.Select(g => g.Count()).ToArray();
        var each = byDocument.SelectMany((group, document) => group.Select(planned => (planned, document)));
        var failed = new bool[byDocument.Count]; // a document stops at its first failed output, as when they were made in turn
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(each, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering), item =>
        {
            if (!Volatile.Read(ref failed[item.document]) && errors.Catch(() =>
                {
                    Write(item.planned);
                    return item.planned;
                }) is null) Volatile.Write(ref failed[item.document], true);
            if (Interlocked.Decrement(ref left[item.document]) == 0) progress.Advance();
        });
        errors.ThrowIfAny();
        progress.Stage(stage + "write");
        WriteEach(outputs.Where(o => o.Document is null && o.Kind is not SearchIndexFile));
        errors.ThrowIfAny();
        progress.Stage(stage + "search index");
        var (wall, cpu) = (Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime);
        WriteEach(outputs.Where(o => o.Kind is SearchIndexFile));
        errors.ThrowIfAny();
        var (indexWall, indexCpu, buildCpu) = (Stopwatch.GetElapsedTime(wall), Process.GetCurrentProcess().TotalProcessorTime - cpu, Process.GetCurrentProcess().TotalProcessorTime);
        totals.HtmlPages += outputs.Count(o => o.Kind is not StaticFiles && o.Files[0].EndsWith(".html", StringComparison.Ordinal));
        var searchFiles = outputs.Where(o => o.Kind is SearchIndexFile).SelectMany(o => o.Files).Select(f => new FileInfo(Path.Combine(root, f)).Length).ToList();
        totals.Notes.Add($"{stage}search index: {(searchFiles.Sum() + 1023) / 1024} KB for {documents.Count} documents in {searchFiles.Count} files, "
            + $"{indexWall.TotalSeconds:0.00} s wall, {indexCpu.TotalSeconds:0.00} s CPU of the {buildCpu.TotalSeconds:0.00} s the process has used "
            + $"({indexCpu / buildCpu:0%})");
        var (renderedFiles, reused, linked, written) = cache.Use;
        var prefix = Path.GetRelativePath(output.Staging, root) is var folder && folder != "." ? folder + "/" : "";
        totals.Rendered.AddRange(renderedFiles.Select(f => prefix + f));
        totals.Written.AddRange(written.Select(f => prefix + f));
        (totals.Reused, totals.Linked) = (totals.Reused + reused, totals.Linked + linked);
        if (edition is null || redactor is null) return;
        // An edition that hides nothing cannot leak: reading back every file it wrote would prove nothing. The outputs
        // reused from the cache were read back by the build that rendered them, under the same registry and edition.
        var leaks = redactor.IsEmpty ? [] : LeakScan.Scan(root, redactor, drawn,
            outputs.Where(renderedOutputs.ContainsKey).SelectMany(o => o.Files.Select(f => (Path.Combine(root, f), o.Kind.ReadBack))).DistinctBy(f => f.Item1, StringComparer.Ordinal));
        if (leaks.Count > 0) throw new BuildFailedException([.. leaks.Select(output.Relocate)]);
        totals.Notes.Add(tally.Counts.Count == 0 ? $"edition {edition.Name}: nothing masked"
            : $"edition {edition.Name} masked: {string.Join("，", tally.Counts.Select(c => $"{c.Name} ×{c.Count}"))}");
    }
}
