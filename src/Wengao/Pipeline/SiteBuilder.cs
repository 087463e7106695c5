using System.Diagnostics;
using Markdig.Syntax;
using Wengao.Check;
using Wengao.Diagnostics;
using Wengao.Expand;
using Wengao.Extensions.Attachments;
using Wengao.Load;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Redact;
using Wengao.Render.Feeds;
using Wengao.Render.Html;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Layout;
using Wengao.Render.Search;
using Wengao.Text;
using Wengao.Render.Templates;

namespace Wengao.Pipeline;

/// <summary>
/// The pipeline: load → expand (Scriban) → parse (Markdig) → render (HTML | PDF) → swap into output/.
/// Templates are parsed and fonts loaded once; speeches are rendered in parallel and written as they finish.
/// </summary>
public static class SiteBuilder
{
    public static BuildReport Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        OutputChoice.Check(options);
        var progress = new ProgressMeter(options.Progress);
        progress.Stage("load");
        var corpus = CorpusLoader.Load(options.Content);
        corpus = Published.Of(corpus, options.Drafts);
        using var deadline = ExpressionDeadline.Start(corpus.Site);
        var editions = Editions(corpus.Site, options.Edition);
        var templates = new TemplateSet(Path.Combine(options.Templates, "html"));
        var setter = options.Pdf ? DocumentSetter.Create(corpus.Site) : null;
        var pdfTemplates = options.Pdf ? new PdfTemplates(Path.Combine(options.Templates, "pdf")) : null;
        // The proofreading checks read the sources, not the output, so they run beside the rendering. Their errors fail
        // the build before anything is swapped in, and come before any error of the rendering.
        var checking = Task.Run(() => Checker.Summarise(corpus, sampleSize: 10));
        CheckSummary Checks() => checking.GetAwaiter().GetResult();

        // One edition named on the command line replaces only its own folder; a second build of the same output waits.
        using var output = new OutputFolder(options.Output, options.Edition, () => progress.Stage("wait for another build of this output"));
        EditionOutput totals;
        try
        {
            totals = WriteEditions(corpus, editions, options, output, templates, setter, pdfTemplates, progress);
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

    private static EditionOutput WriteEditions(Corpus corpus, IReadOnlyList<Edition?> editions, BuildOptions options, OutputFolder output,
        TemplateSet templates, DocumentSetter? setter, PdfTemplates? pdfTemplates, ProgressMeter progress)
    {
        var totals = new EditionOutput();
        var notes = totals.Notes; // WriteEdition adds its own: the search index's size
        notes.AddRange(setter?.FontReport ?? []);
        foreach (var edition in editions)
        {
            var root = edition is null || options.Edition is not null ? output.Staging : Path.Combine(output.Staging, edition.Name);
            if (edition is null)
            {
                WriteEdition(corpus, root, templates, setter, pdfTemplates, progress, "", totals);
                continue;
            }
            var redactor = new Redactor(corpus.Registry, edition);
            var tally = new RedactionTally();
            var written = WriteEdition(CorpusRedaction.Apply(corpus, redactor, tally), root, templates, setter, pdfTemplates, progress, $"{edition.Name}: ", totals);
            // An edition that hides nothing cannot leak: reading back every file it wrote would prove nothing.
            var leaks = redactor.IsEmpty ? [] : LeakScan.Scan(root, redactor, written.Drawn);
            if (leaks.Count > 0) throw new BuildFailedException([.. leaks.Select(output.Relocate)]);
            notes.Add(tally.Counts.Count == 0 ? $"edition {edition.Name}: nothing masked"
                : $"edition {edition.Name} masked: {string.Join("，", tally.Counts.Select(c => $"{c.Name} ×{c.Count}"))}");
        }
        notes.AddRange(setter?.MissingGlyphs ?? []);
        return totals;
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

    /// <summary>What the editions of a build wrote, counted across them; the text drawn on the PDFs of the current one, for its leak scan.</summary>
    private sealed class EditionOutput
    {
        public int HtmlPages, PdfFiles, PdfPages;
        public readonly List<string> Notes = [];
        public System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>> Drawn = new(StringComparer.Ordinal);
    }

    /// <param name="stage">what the progress stages are prefixed with: the edition's name</param>
    private static EditionOutput WriteEdition(Corpus corpus, string root, TemplateSet templates, DocumentSetter? setter, PdfTemplates? pdfTemplates,
        ProgressMeter progress, string stage, EditionOutput totals)
    {
        var errors = new ErrorList();
        progress.Stage(stage + "parse", corpus.Speeches.Length + corpus.Briefings.Length);
        var speeches = corpus.Speeches.AsParallel().AsOrdered()
            .Select(s => errors.Catch(() => DocumentParser.Parse(s, corpus))).OfType<ParsedSpeech>().ToList();
        var briefings = corpus.Briefings.AsParallel().AsOrdered()
            .Select(b => errors.Catch(() => DocumentParser.ParseBriefing(b, corpus))).OfType<ParsedBriefing>().ToList();
        errors.ThrowIfAny();

        var (editionRoot, site) = (new StagedFiles(root), new StagedFiles(Path.Combine(root, "site")));
        var navigation = new Navigation(speeches, briefings);
        var html = new HtmlSite(templates, corpus.Site, navigation);
        var written = new EditionOutput();
        progress.Stage(stage + "render", corpus.Speeches.Length + corpus.Briefings.Length);
        void WritePdf(string relative, PdfFile pdf)
        {
            Interlocked.Increment(ref written.PdfFiles);
            Interlocked.Add(ref written.PdfPages, pdf.Pages);
            written.Drawn[Path.GetFileName(relative)] = pdf.Drawn; // for the leak scan: not the bytes, which are on disk
            editionRoot.Write(relative, pdf.Bytes);
            site.Write(relative, pdf.Bytes); // the site links its own copy, so it works wherever it is served
        }
        Parallel.ForEach(speeches, speech => errors.Catch(() =>
        {
            var slug = speech.Speech.Slug;
            site.Write(SitePaths.Speech(slug), html.Speech(speech));
            if (setter is not null && pdfTemplates is not null)
                foreach (var (template, suffix) in PdfTemplates.SpeechCopies)
                    WritePdf(SitePaths.Pdf(slug, suffix), pdfTemplates.Render(setter, template, PdfSources.Of(speech, corpus.Site)));
            progress.Advance();
            return speech;
        }));
        Parallel.ForEach(briefings, briefing => errors.Catch(() =>
        {
            site.Write(SitePaths.Briefing(briefing.Briefing.Slug), html.Briefing(briefing));
            if (setter is not null && pdfTemplates is not null)
                WritePdf(SitePaths.Pdf(briefing.Briefing.Slug), pdfTemplates.Render(setter, PdfTemplates.Briefing, PdfSources.Of(briefing, corpus.Site)));
            progress.Advance();
            return briefing;
        }));
        errors.ThrowIfAny();
        progress.Stage(stage + "write");
        site.Write(SitePaths.Outcomes, html.Outcomes(corpus.Outcomes.Values.OrderBy(o => o.Id, StringComparer.Ordinal)));
        var lists = SiteLists.Of(html, navigation, corpus.Site, speeches, briefings).ToList();
        // Collected like the documents' errors: Parallel.ForEach would wrap a template's located error in an AggregateException.
        Parallel.ForEach(lists, list => errors.Catch(() =>
        {
            site.Write(list.Path, list.Render());
            return list.Path;
        }));
        errors.ThrowIfAny();
        var searchIndex = new FileInfo(Path.Combine(site.Root, SearchIndex.FileName)).Length;
        totals.Notes.Add($"{stage}search index: {(searchIndex + 1023) / 1024} KB for {speeches.Count + briefings.Count} documents");
        CopyStatic(templates, site);
        totals.HtmlPages += speeches.Count + briefings.Count + 1 + lists.Count(l => l.Path.EndsWith(".html", StringComparison.Ordinal));
        totals.PdfFiles += written.PdfFiles;
        totals.PdfPages += written.PdfPages;
        return written;
    }

    private static void CopyStatic(TemplateSet templates, StagedFiles to)
    {
        foreach (var (relative, path) in templates.StaticFiles()) to.Write(relative, File.ReadAllBytes(path));
    }
}
