using System.Diagnostics;
using Wengao.Check;
using Wengao.Diagnostics;
using Wengao.Expand;
using Wengao.Load;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Pipeline.Outputs;
using Wengao.Redact;
using Wengao.Render.Templates;
using Wengao.Render.Html;
using Wengao.Render.Pdf;

namespace Wengao.Pipeline;

/// <summary>
/// The full build: load → expand (Scriban) → parse (Markdig) → render every output of the plan (HTML | PDF | …) →
/// swap into output/. Templates are parsed and fonts loaded once; outputs are rendered in parallel and written as they finish.
/// </summary>
public static class SiteBuilder
{
    public static BuildReport Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        OutputChoice.Check(options);
        var progress = new ProgressMeter(options.Progress);
        progress.Stage("load");
        var corpus = CorpusLoader.Load(options.Content, options.Templates);
        corpus = Published.Of(corpus, options.Drafts);
        using var deadline = ExpressionDeadline.Start(corpus.Site);
        var editions = Editions(corpus.Site, options.Edition);
        var templates = new TemplateSet(Path.Combine(options.Templates, "html"));
        var pdf = options.Pdf ? new PdfMaker(DocumentSetter.Create(corpus.Site), options.Templates) : null;
        // The proofreading checks read the sources, not the output, so they run beside the rendering. Their errors fail
        // the build before anything is swapped in, and come before any error of the rendering.
        var checking = Task.Run(() => Checker.Summarise(corpus, sampleSize: 10, options.MinConfidence ?? Checker.BuildConfidence));
        CheckSummary Checks() => checking.GetAwaiter().GetResult();

        // One edition named on the command line replaces only its own folder; a second build of the same output waits.
        using var output = new OutputFolder(options.Output, options.Edition, () => progress.Stage("wait for another build of this output"));
        var totals = new Totals();
        try
        {
            totals.Notes.AddRange(pdf?.Setter.FontReport ?? []);
            foreach (var edition in editions)
            {
                var root = edition is null || options.Edition is not null ? output.Staging : Path.Combine(output.Staging, edition.Name);
                WriteEdition(corpus, edition, root, templates, pdf, options.Copies, progress, output, totals);
            }
            totals.Notes.AddRange(pdf?.Setter.MissingGlyphs ?? []);
        }
        catch (BuildFailedException)
        {
            Checker.ThrowIfErrors(Checks().Errors);
            throw;
        }
        Checker.ThrowIfErrors(Checks().Errors);
        output.Commit();
        return new BuildReport(output.Target, totals.HtmlPages, totals.PdfFiles, totals.PdfPages, totals.Notes, clock.Elapsed, Checks());
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
        public int HtmlPages, PdfFiles, PdfPages;
        public readonly List<string> Notes = [];
    }

    /// <summary>
    /// One edition: its view of the corpus (masked where it hides names), every document parsed, every output of the
    /// plan rendered in parallel and written as it is done, then every file read back for the names it hides.
    /// </summary>
    private static void WriteEdition(Corpus corpus, Edition? edition, string root, TemplateSet templates, PdfMaker? pdf, CopyNumbers? copies,
        ProgressMeter progress, OutputFolder output, Totals totals)
    {
        var stage = edition is null ? "" : $"{edition.Name}: ";
        var redactor = edition is null ? null : new Redactor(corpus.Registry, edition);
        var tally = new RedactionTally();
        var view = redactor is null ? corpus : CorpusRedaction.Apply(corpus, redactor, tally);
        var errors = new ErrorList();
        if (redactor is not null) foreach (var clash in CorpusRedaction.Clashes(corpus, redactor)) errors.Add(clash);
        errors.ThrowIfAny();
        progress.Stage(stage + "parse", view.Documents.Length);
        var documents = view.Documents.AsParallel().AsOrdered()
            .Select(d => errors.Catch(() => DocumentParser.Parse(d, view, redactor is null ? null : text => redactor.Mask(text, tally))))
            .OfType<ParsedDocument>().ToList();
        errors.ThrowIfAny();

        var navigation = new Navigation(documents, view.Site.Listing.NameOrder);
        var context = new PlanContext(view, documents, new HtmlSite(templates, view.Site, navigation, files: pdf is not null), navigation, navigation.All, templates, pdf, copies);
        var outputs = BuildPlan.Outputs(context).ToList();
        var files = new StagedFiles(root);
        var drawn = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>>(StringComparer.Ordinal);
        void Write(PlannedOutput planned)
        {
            var rendered = planned.Render();
            for (var i = 0; i < planned.Files.Count; i++) files.Write(planned.Files[i], rendered.Of(i));
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
        // Each document's outputs (its page, its PDFs) one after the other, the documents in parallel; then the site-wide
        // files; then the search index, alone, so that the process's CPU time over it is the index's (its note).
        // Collected like the documents' errors: Parallel.ForEach would wrap a template's located error in an AggregateException.
        progress.Stage(stage + "render", documents.Count);
        Parallel.ForEach(outputs.Where(o => o.Document is not null).GroupBy(o => o.Document!, ReferenceEqualityComparer.Instance), group => errors.Catch(() =>
        {
            foreach (var planned in group) Write(planned);
            progress.Advance();
            return group;
        }));
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
        if (edition is null || redactor is null) return;
        // An edition that hides nothing cannot leak: reading back every file it wrote would prove nothing.
        var leaks = redactor.IsEmpty ? [] : LeakScan.Scan(root, redactor, drawn,
            outputs.SelectMany(o => o.Files.Select(f => (Path.Combine(root, f), o.Kind.ReadBack))).DistinctBy(f => f.Item1, StringComparer.Ordinal));
        if (leaks.Count > 0) throw new BuildFailedException([.. leaks.Select(output.Relocate)]);
        totals.Notes.Add(tally.Counts.Count == 0 ? $"edition {edition.Name}: nothing masked"
            : $"edition {edition.Name} masked: {string.Join("，", tally.Counts.Select(c => $"{c.Name} ×{c.Count}"))}");
    }
}
