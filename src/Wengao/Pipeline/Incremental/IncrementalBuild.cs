using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Wengao.Check;
using Wengao.Diagnostics;
using Wengao.Load;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Feeds;
using Wengao.Redact;
using Wengao.Render.Html;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Layout;
using Wengao.Render.Search;
using Wengao.Render.Templates;

namespace Wengao.Pipeline.Incremental;

/// <summary>
/// Builds one edition into a folder again and again (`wengao serve`), redoing only what a change affects.
/// Sources load through a <see cref="SourceCache"/>, so an unchanged file is the same object as before. A document is
/// checked, masked and parsed again only when its source, its outcomes file, site.yml or registry.yml changed. An output
/// is rendered again only when what it is rendered from changed — a page from its document, site.yml, layout.sbn and
/// its own template; a PDF from its document and the fonts; the index and the search index from every document; the
/// other lists, the feed and the sitemap from every document's link (title, date, speaker, …); outcomes.html from the
/// outcomes files — and written only when its bytes changed. Templates, fonts and parsed documents stay in memory.
/// </summary>
/// <param name="options">Output: the folder this build owns, written as `build --edition` writes an edition (site/, pdf/);
/// Edition: the edition to build, the first site.yml declares when null</param>
public sealed class IncrementalBuild(BuildOptions options)
{
    private static readonly HashSet<string> PageTemplates = ["layout.sbn", "index.sbn", "speech.sbn", "briefing.sbn", "outcomes.sbn"];
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private sealed record Memo<T>(Inputs Inputs, T Value);

    private sealed record Output(Inputs Inputs, byte[] Hash);

    private sealed record Planned<T>(string[] Files, Inputs Inputs, Func<T> Render) where T : class;

    private readonly Lock _gate = new();
    private readonly SourceCache _sources = new();
    private readonly ConcurrentDictionary<string, Memo<ParsedSpeech>> _speeches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Memo<ParsedBriefing>> _briefings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Memo<OutcomeSet>> _outcomeViews = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Memo<IReadOnlyList<Finding>>> _findings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Output> _outputs = new(StringComparer.Ordinal);
    private TemplateSet? _templates;
    private Dictionary<string, string> _templateHashes = [];
    private PdfTemplates? _pdfTemplates;
    private string _pdfTemplatesHash = "";
    private DocumentSetter? _setter;
    private string? _fonts;
    private Registry? _registry;
    private Edition? _edition;
    private Redactor? _redactor;
    private Site? _site;
    private Site? _siteView;
    private IReadOnlyList<DocumentLink>? _links;

    private readonly StagedTree _tree = new(options.Output);

    /// <summary>The folder written into; the site is its site/ folder.</summary>
    public string Root => _tree.Root;

    /// <summary>Runs <paramref name="open"/> (given <see cref="Root"/>) while no rebuild is switching files: what it opens is one rebuild's, whole.</summary>
    public T Read<T>(Func<string, T> open) => _tree.Read(open);

    /// <summary>The edition of the last rebuild (null where site.yml declares none).</summary>
    public string? Edition => _edition?.Name;

    /// <summary>
    /// Brings the folder up to date with the sources; throws <see cref="BuildFailedException"/> (or any other exception)
    /// leaving the files as the last rebuild that got that far left them: the pages, then the PDFs and the search index.
    /// </summary>
    /// <param name="changed">files a watcher saw change, read again whatever their size and time say</param>
    /// <param name="cancel">stops the rebuild between documents (the server is stopping), leaving the folder as it was</param>
    public RebuildReport Rebuild(IReadOnlyCollection<string>? changed = null, CancellationToken cancel = default)
    {
        lock (_gate)
        {
            var clock = Stopwatch.StartNew();
            if (changed is not null)
            {
                _sources.Changed(changed);
                // The user's confusables list (content/checks/) is read by the check of every speech.
                if (changed.Any(p => p.Replace('\\', '/').Contains("/checks/", StringComparison.Ordinal))) _findings.Clear();
            }
            var corpus = CorpusLoader.Load(options.Content, _sources);
            using var deadline = Expand.ExpressionDeadline.Start(corpus.Site);
            corpus = Published.Of(corpus, options.Drafts);
            var edition = SiteBuilder.Editions(corpus.Site, options.Edition)[0];
            var (templates, hashes) = Templates();
            var setter = options.Pdf ? Setter(corpus.Site) : null;
            (PdfTemplates, string)? pdf = options.Pdf ? PdfTemplatesNow() : null;
            var warnings = Check(corpus);
            var view = View(corpus, edition);
            var (speeches, briefings) = Parse(corpus, view, cancel);
            try
            {
                var (rendered, written, deleted) = Render(view, speeches, briefings, templates, hashes, setter, pdf, cancel);
                return new RebuildReport(rendered, written, deleted, clock.Elapsed, warnings);
            }
            catch
            {
                // Never committed: forgotten, so they are rendered, written and read back again on the next rebuild.
                foreach (var path in _tree.Discard()) _outputs.TryRemove(path, out _);
                throw;
            }
        }
    }

    /// <summary>The templates, parsed again only when one of them changed; each template's hash, for the pages' inputs.</summary>
    private (TemplateSet, Dictionary<string, string>) Templates()
    {
        var directory = Path.Combine(options.Templates, "html");
        var hashes = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.sbn").ToDictionary(p => Path.GetFileName(p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))), StringComparer.Ordinal)
            : [];
        if (_templates is null || hashes.Count != _templateHashes.Count || hashes.Any(h => _templateHashes.GetValueOrDefault(h.Key) != h.Value))
        {
            _templates = new TemplateSet(directory);
            _templateHashes = hashes;
        }
        return (_templates, _templateHashes);
    }

    /// <summary>The PDFs' templates, parsed again only when one of them changed; their hashes, one of every PDF's inputs.</summary>
    private (PdfTemplates, string) PdfTemplatesNow()
    {
        var directory = Path.Combine(options.Templates, "pdf");
        var hash = Directory.Exists(directory)
            ? string.Join(",", Directory.GetFiles(directory, "*.sbn").Order(StringComparer.Ordinal)
                .Select(p => Path.GetFileName(p) + "=" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))))
            : "";
        if (_pdfTemplates is null || hash != _pdfTemplatesHash) (_pdfTemplates, _pdfTemplatesHash) = (new PdfTemplates(directory), hash);
        return (_pdfTemplates, _pdfTemplatesHash);
    }

    /// <summary>The fonts, resolved again only when site.yml's font chains or speaking rate changed.</summary>
    private DocumentSetter Setter(Site site)
    {
        var fonts = string.Join(";", site.FontChains.OrderBy(c => c.Key).Select(c => $"{c.Key}={string.Join(",", c.Value)}"))
            + ";" + site.SpeakingRate.ToString(CultureInfo.InvariantCulture) + ";" + site.ContentDirectory;
        if (_setter is null || fonts != _fonts) (_setter, _fonts) = (DocumentSetter.Create(site), fonts);
        return _setter;
    }

    /// <summary>The proofreading checks of the documents whose inputs changed; the findings of every document.</summary>
    private IReadOnlyList<Finding> Check(Corpus corpus)
    {
        var documents = corpus.Speeches.Select(s => (Path: s.SourcePath, Inputs: new Inputs(s, OutcomesOf(corpus, s.OutcomesId), corpus.Site)))
            .Concat(corpus.Briefings.Select(b => (Path: b.SourcePath, Inputs: new Inputs(b, OutcomesOf(corpus, b.OutcomesId), corpus.Site))))
            .OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        var stale = documents.Where(d => !(_findings.TryGetValue(d.Path, out var memo) && memo.Inputs.Same(d.Inputs))).ToList();
        if (stale.Count > 0)
        {
            var found = Checker.Run(corpus, stale.Select(d => Path.GetFullPath(d.Path)).ToHashSet(StringComparer.Ordinal))
                .ToLookup(f => f.Where.File, StringComparer.Ordinal);
            foreach (var (path, inputs) in stale) _findings[path] = new(inputs, [.. found[path]]);
        }
        Prune(_findings, documents.Select(d => d.Path));
        var findings = documents.SelectMany(d => _findings[d.Path].Value).ToList();
        Checker.ThrowIfErrors(findings);
        return findings;
    }

    /// <summary>
    /// The edition's view of site.yml and the outcomes files, masked again only when they changed; the documents are
    /// masked one by one as they are parsed. A new registry or edition masks everything anew.
    /// </summary>
    private Corpus View(Corpus corpus, Edition? edition)
    {
        if (!ReferenceEquals(corpus.Registry, _registry) || edition != _edition)
        {
            (_registry, _edition, _site) = (corpus.Registry, edition, null);
            _redactor = edition is not null && new Redactor(corpus.Registry, edition) is { IsEmpty: false } redactor ? redactor : null;
            _speeches.Clear();
            _briefings.Clear();
            _outcomeViews.Clear();
        }
        if (!ReferenceEquals(corpus.Site, _site)) (_site, _siteView) = (corpus.Site, Mask(corpus.Site, CorpusRedaction.Site));
        var outcomes = corpus.Outcomes.ToDictionary(o => o.Key, o =>
        {
            if (!(_outcomeViews.TryGetValue(o.Key, out var memo) && memo.Inputs.Same(new Inputs(o.Value))))
                _outcomeViews[o.Key] = memo = new(new Inputs(o.Value), Mask(o.Value, CorpusRedaction.Outcomes));
            return memo.Value;
        }, StringComparer.Ordinal);
        Prune(_outcomeViews, outcomes.Keys);
        return corpus with { Site = _siteView!, Outcomes = outcomes.ToImmutableDictionary(StringComparer.Ordinal) };
    }

    /// <summary>Every document parsed, from memory where its source, outcomes file and site.yml are those it was parsed from.</summary>
    private (List<ParsedSpeech>, List<ParsedBriefing>) Parse(Corpus corpus, Corpus view, CancellationToken cancel)
    {
        var errors = new ErrorList();
        var speeches = corpus.Speeches.AsParallel().AsOrdered().WithCancellation(cancel)
            .Select(s => errors.Catch(() => Parsed(_speeches, s.SourcePath, new Inputs(s, OutcomesOf(corpus, s.OutcomesId), corpus.Site),
                () => DocumentParser.Parse(Mask(s, CorpusRedaction.Speech), view))))
            .OfType<ParsedSpeech>().ToList();
        var briefings = corpus.Briefings.AsParallel().AsOrdered().WithCancellation(cancel)
            .Select(b => errors.Catch(() => Parsed(_briefings, b.SourcePath, new Inputs(b, OutcomesOf(corpus, b.OutcomesId), corpus.Site),
                () => DocumentParser.ParseBriefing(Mask(b, CorpusRedaction.Briefing), view))))
            .OfType<ParsedBriefing>().ToList();
        errors.ThrowIfAny();
        Prune(_speeches, corpus.Speeches.Select(s => s.SourcePath));
        Prune(_briefings, corpus.Briefings.Select(b => b.SourcePath));
        return (speeches, briefings);
    }

    private static T Parsed<T>(ConcurrentDictionary<string, Memo<T>> memos, string path, Inputs inputs, Func<T> parse)
    {
        if (memos.TryGetValue(path, out var memo) && memo.Inputs.Same(inputs)) return memo.Value;
        var parsed = parse();
        memos[path] = new(inputs, parsed);
        return parsed;
    }

    /// <summary>
    /// Renders the outputs whose inputs changed and stages those whose bytes changed, in two steps each read back and
    /// committed as a whole (see <see cref="StagedTree"/>): the pages and static files, so an edited page is served
    /// at once; then the PDFs and the search index, with the deletion of the outputs no source makes any more.
    /// </summary>
    private (List<string>, List<string>, List<string>) Render(Corpus view, List<ParsedSpeech> speeches, List<ParsedBriefing> briefings,
        TemplateSet templates, Dictionary<string, string> hashes, DocumentSetter? setter, (PdfTemplates Set, string Hash)? pdf, CancellationToken cancel)
    {
        var navigation = new Navigation(speeches, briefings);
        var site = new HtmlSite(templates, view.Site, navigation);
        var links = Links(navigation);
        string T(string name) => hashes.GetValueOrDefault(name, "");
        // A template that is no page's own may be included by any page.
        var partials = string.Join(",", hashes.Where(h => !PageTemplates.Contains(h.Key)).OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Value));
        var pages = new List<Planned<byte[]>>();
        var pdfs = new List<Planned<PdfFile>>();
        void Page(string path, Inputs inputs, Func<string> render) => pages.Add(new(["site/" + path], inputs, () => Utf8.GetBytes(render())));
        void Pdf(string path, Inputs inputs, Func<PdfFile> render) => pdfs.Add(new([path, "site/" + path], inputs, render));
        // A document's page shows its neighbours and related documents: it depends on every document's link.
        foreach (var speech in speeches)
        {
            Page(SitePaths.Speech(speech.Speech.Slug), new(speech, links, view.Site, T("layout.sbn"), T("speech.sbn"), partials), () => site.Speech(speech));
            if (setter is not null && pdf is ({ } set, { } hash))
                foreach (var (template, suffix) in PdfTemplates.SpeechCopies)
                    Pdf(SitePaths.Pdf(speech.Speech.Slug, suffix), new(speech, setter, view.Site, hash), () => set.Render(setter, template, PdfSources.Of(speech, view.Site)));
        }
        foreach (var briefing in briefings)
        {
            Page(SitePaths.Briefing(briefing.Briefing.Slug), new(briefing, links, view.Site, T("layout.sbn"), T("briefing.sbn"), partials), () => site.Briefing(briefing));
            if (setter is not null && pdf is ({ } set, { } hash))
                Pdf(SitePaths.Pdf(briefing.Briefing.Slug), new(briefing, setter, view.Site, hash), () => set.Render(setter, PdfTemplates.Briefing, PdfSources.Of(briefing, view.Site)));
        }
        var sets = view.Outcomes.Values.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        Page(SitePaths.Outcomes, new([view.Site, T("layout.sbn"), T("outcomes.sbn"), partials, .. sets]), () => site.Outcomes(sets));
        // The site-wide files depend on every template. The index (characters, speaking time, draft marks) and the search
        // index (the text) show each document's content: rendered on any change. The other lists, the feed and the
        // sitemap show only the documents' links: rendered when a link changes, not on every edit of a body.
        // search-index.js, data and no template, is rendered with the PDFs, after the pages are written: an edited page
        // is served without waiting for the text of every document.
        var templatesHash = string.Join(",", hashes.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Value));
        var everything = new Inputs([view.Site, templatesHash, .. speeches, .. briefings]);
        var linked = new Inputs(view.Site, templatesHash, links);
        var data = new List<Planned<byte[]>>();
        foreach (var (path, render) in SiteLists.Of(site, navigation, view.Site, speeches, briefings))
        {
            var content = path is SitePaths.Index or SearchIndex.FileName;
            (path == SearchIndex.FileName ? data : pages).Add(new(["site/" + path], content ? everything : linked, render));
        }

        var errors = new ErrorList();
        var rendered = new ConcurrentBag<string>();
        var written = new ConcurrentBag<string>();
        var html = pages.Where(Dirty).AsParallel().WithCancellation(cancel).Select(p => (Page: p, Bytes: errors.Catch(p.Render))).ToList();
        errors.ThrowIfAny();
        foreach (var (page, bytes) in html) Write(page, bytes!, rendered, written);
        var statics = templates.StaticFiles().ToDictionary(f => "site/" + f.Relative.Replace('\\', '/'), f => f.Path, StringComparer.Ordinal);
        foreach (var (file, source) in statics)
            if (WriteIfChanged(file, File.ReadAllBytes(source), new Inputs())) { rendered.Add(file); written.Add(file); }
        var drawn = new ConcurrentDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>>(StringComparer.Ordinal);
        Commit(drawn, []);
        // A thread per core at most: `wengao serve` answers requests on the same thread pool meanwhile.
        Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, [
            .. data.Where(Dirty).Select(file => (Action)(() => errors.Catch(() =>
            {
                Write(file, file.Render(), rendered, written);
                return file;
            }))),
            .. pdfs.Where(Dirty).Select(pdf => (Action)(() => errors.Catch(() =>
            {
                var file = pdf.Render();
                drawn[Path.GetFileName(pdf.Files[0])] = file.Drawn;
                Write(pdf, file.Bytes, rendered, written);
                return file;
            }))),
        ]);
        errors.ThrowIfAny();

        var current = pages.Concat(data).SelectMany(p => p.Files).Concat(pdfs.SelectMany(p => p.Files)).Concat(statics.Keys).ToHashSet(StringComparer.Ordinal);
        var deleted = _outputs.Keys.Where(k => !current.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Commit(drawn, deleted);
        foreach (var path in deleted) _outputs.TryRemove(path, out _);
        return (Sorted(rendered), Sorted(written), deleted);
    }

    /// <summary>Reads the staged files back for hidden names and, if none shows one, switches them (and the deletions) in.</summary>
    private void Commit(IReadOnlyDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>> drawn, IReadOnlyList<string> deleted)
    {
        if (_redactor is not null && _tree.Scan(_redactor, drawn) is { Count: > 0 } leaks) throw new BuildFailedException(leaks);
        _tree.Commit(deleted);
    }

    /// <summary>
    /// Every document's link (title, date, kind, tags, speaker, occasion) as one object that stays the same while they
    /// do, so an edit of a body re-renders its own page and not its neighbours'.
    /// </summary>
    private object Links(Navigation navigation)
    {
        static bool Same(DocumentLink a, DocumentLink b) => a with { Tags = b.Tags } == b && a.Tags.SequenceEqual(b.Tags);
        if (_links is null || _links.Count != navigation.All.Count || !_links.Zip(navigation.All).All(p => Same(p.First, p.Second)))
            _links = navigation.All;
        return _links;
    }

    private bool Dirty<T>(Planned<T> planned) where T : class => !planned.Inputs.Same(_outputs.GetValueOrDefault(planned.Files[0])?.Inputs);

    private void Write<T>(Planned<T> planned, byte[] bytes, ConcurrentBag<string> rendered, ConcurrentBag<string> written) where T : class
    {
        foreach (var file in planned.Files)
        {
            rendered.Add(file);
            if (WriteIfChanged(file, bytes, planned.Inputs)) written.Add(file);
        }
    }

    /// <summary>Stages a file unless it holds these bytes already; remembers what it was rendered from either way.</summary>
    private bool WriteIfChanged(string relative, byte[] bytes, Inputs inputs)
    {
        var hash = SHA256.HashData(bytes);
        var same = _outputs.TryGetValue(relative, out var last) && last.Hash.AsSpan().SequenceEqual(hash) && _tree.Has(relative);
        if (!same) _tree.Write(relative, bytes);
        _outputs[relative] = new(inputs, hash);
        return !same;
    }

    private T Mask<T>(T source, Func<T, Redactor, RedactionTally, T> mask) => _redactor is null ? source : mask(source, _redactor, new RedactionTally());

    private static OutcomeSet? OutcomesOf(Corpus corpus, string? id) => id is null ? null : corpus.Outcomes.GetValueOrDefault(id);

    private static void Prune<T>(IDictionary<string, T> memos, IEnumerable<string> keep)
    {
        var kept = keep.ToHashSet(StringComparer.Ordinal);
        foreach (var key in memos.Keys.Where(k => !kept.Contains(k)).ToList()) memos.Remove(key);
    }

    private static List<string> Sorted(IEnumerable<string> paths) => [.. paths.Distinct().Order(StringComparer.Ordinal)];
}
