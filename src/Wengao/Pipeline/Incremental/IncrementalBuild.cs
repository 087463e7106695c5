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
using Wengao.Render.Search;

namespace Wengao.Pipeline.Incremental;

/// <summary>
/// Builds one edition into a folder again and again (`wengao serve`), redoing only what a change affects.
/// Sources load through a <see cref="SourceCache"/>, so an unchanged file is the same object as before. A document is
/// checked, masked and parsed again only when its source, its outcomes file, site.yml or registry.yml changed. An output
/// is rendered again only when what it is rendered from changed — a page from its document and site.yml; a PDF from
/// its document and the fonts; the index and the search index from every document; the other lists, the feed and the
/// sitemap from every document's link (title, date, speaker, …); outcomes.html from the outcomes files; and any output
/// from the templates its last render read (<see cref="TemplateSet.Reading"/>), none but those — and written only when
/// its bytes changed. Templates, fonts and parsed documents stay in memory.
/// </summary>
/// <param name="options">Output: the folder this build owns, written as `build --edition` writes an edition (site/, pdf/);
/// Edition: the edition to build, the first site.yml declares when null</param>
public sealed class IncrementalBuild(BuildOptions options)
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="MaskedBy">the redactor its source was masked with (null: none)</param>
    /// <param name="Masked">the registry entries, by name, that masking hid in its source</param>
    private sealed record Memo<T>(Inputs Inputs, T Value, Redactor? MaskedBy = null, IReadOnlySet<string>? Masked = null);

    /// <param name="Templates">the templates its render read, each with its hash then (null: a template not hashed)</param>
    private sealed record Output(Inputs Inputs, byte[] Hash, IReadOnlyDictionary<string, string?> Templates);

    private sealed record Planned<T>(string[] Files, Inputs Inputs, Func<T> Render) where T : class;

    /// <summary>A page's bytes and the templates rendering it read.</summary>
    private sealed record PageBytes(byte[] Bytes, IReadOnlyCollection<string> Templates);

    private readonly Lock _gate = new();
    private readonly SourceCache _sources = new();
    private readonly ConcurrentDictionary<string, Memo<ParsedSpeech>> _speeches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Memo<ParsedBriefing>> _briefings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Memo<OutcomeSet>> _outcomeViews = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Memo<Site>> _siteView = new(StringComparer.Ordinal);
    // What the current redactor hides differently from one a memo was masked with (null: anything may differ).
    private readonly ConcurrentDictionary<Redactor, IReadOnlySet<string>?> _changes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Memo<IReadOnlyList<Finding>>> _findings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Output> _outputs = new(StringComparer.Ordinal);
    private TemplateSet? _templates;
    private Dictionary<string, string> _templateHashes = [];
    private DocumentSetter? _setter;
    private string? _fonts;
    private Registry? _registry;
    private Edition? _edition;
    private Redactor? _redactor;
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
            var templates = Templates();
            var setter = options.Pdf ? Setter(corpus.Site) : null;
            var warnings = Check(corpus);
            var view = View(corpus, edition);
            var (speeches, briefings) = Parse(corpus, view, cancel);
            try
            {
                var (rendered, written, deleted) = Render(view, speeches, briefings, templates, setter, cancel);
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

    /// <summary>The templates, parsed again only when one of them changed; each template's hash, to tell which changed.</summary>
    private TemplateSet Templates()
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
        return _templates;
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
    /// The edition's view of site.yml and the outcomes files, masked again only when they changed or the registry
    /// changed an entry they hold; the documents are masked one by one as they are parsed.
    /// </summary>
    private Corpus View(Corpus corpus, Edition? edition)
    {
        if (!ReferenceEquals(corpus.Registry, _registry) || edition != _edition)
        {
            (_registry, _edition) = (corpus.Registry, edition);
            _redactor = edition is not null && new Redactor(corpus.Registry, edition) is { IsEmpty: false } redactor ? redactor : null;
            _changes.Clear();
        }
        var site = Masked(_siteView, "site.yml", new Inputs(corpus.Site), corpus.Site, CorpusRedaction.Site, s => s);
        var outcomes = corpus.Outcomes.ToDictionary(o => o.Key,
            o => Masked(_outcomeViews, o.Key, new Inputs(o.Value), o.Value, CorpusRedaction.Outcomes, v => v), StringComparer.Ordinal);
        Prune(_outcomeViews, outcomes.Keys);
        return corpus with { Site = site, Outcomes = outcomes.ToImmutableDictionary(StringComparer.Ordinal) };
    }

    /// <summary>Every document parsed, from memory where its source and the views of its outcomes file and site.yml are those it was parsed from.</summary>
    private (List<ParsedSpeech>, List<ParsedBriefing>) Parse(Corpus corpus, Corpus view, CancellationToken cancel)
    {
        var errors = new ErrorList();
        var speeches = corpus.Speeches.AsParallel().AsOrdered().WithCancellation(cancel)
            .Select(s => errors.Catch(() => Masked(_speeches, s.SourcePath, new Inputs(s, OutcomesOf(view, s.OutcomesId), view.Site), s,
                CorpusRedaction.Speech, masked => DocumentParser.Parse(masked, view))))
            .OfType<ParsedSpeech>().ToList();
        var briefings = corpus.Briefings.AsParallel().AsOrdered().WithCancellation(cancel)
            .Select(b => errors.Catch(() => Masked(_briefings, b.SourcePath, new Inputs(b, OutcomesOf(view, b.OutcomesId), view.Site), b,
                CorpusRedaction.Briefing, masked => DocumentParser.ParseBriefing(masked, view))))
            .OfType<ParsedBriefing>().ToList();
        errors.ThrowIfAny();
        Prune(_speeches, corpus.Speeches.Select(s => s.SourcePath));
        Prune(_briefings, corpus.Briefings.Select(b => b.SourcePath));
        return (speeches, briefings);
    }

    /// <summary>
    /// <paramref name="make"/> of the source masked for the edition; from memory where the inputs are those it was made
    /// from and the redactor is the one it was masked with, or another that changed no entry the masking hid in the
    /// source then or hides now (<see cref="Redactor.ChangedFrom"/>): an edit of the registry renders again only the
    /// outputs of the sources that hold the names it changed.
    /// </summary>
    private T Masked<TSource, T>(IDictionary<string, Memo<T>> memos, string key, Inputs inputs, TSource source,
        Func<TSource, Redactor, RedactionTally, TSource> mask, Func<TSource, T> make)
    {
        var redactor = _redactor;
        var held = memos.TryGetValue(key, out var memo) && memo.Inputs.Same(inputs) ? memo : null;
        if (held is not null && ReferenceEquals(held.MaskedBy, redactor)) return held.Value;
        var tally = new RedactionTally();
        var masked = redactor is null ? source : mask(source, redactor, tally);
        var names = tally.Counts.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (held is { MaskedBy: { } before, Masked: { } then } && redactor is not null
            && _changes.GetOrAdd(before, redactor.ChangedFrom) is { } changed && !then.Overlaps(changed) && !names.Overlaps(changed))
        {
            memos[key] = held with { MaskedBy = redactor, Masked = names };
            return held.Value;
        }
        var value = make(masked);
        memos[key] = new(inputs, value, redactor, names);
        return value;
    }

    /// <summary>
    /// Renders the outputs whose inputs changed and stages those whose bytes changed, in two steps each read back and
    /// committed as a whole (see <see cref="StagedTree"/>): the pages and static files, so an edited page is served
    /// at once; then the PDFs and the search index, with the deletion of the outputs no source makes any more.
    /// </summary>
    private (List<string>, List<string>, List<string>) Render(Corpus view, List<ParsedSpeech> speeches, List<ParsedBriefing> briefings,
        TemplateSet templates, DocumentSetter? setter, CancellationToken cancel)
    {
        var navigation = new Navigation(speeches, briefings);
        var site = new HtmlSite(templates, view.Site, navigation);
        var links = Links(navigation);
        var pages = new List<Planned<PageBytes>>();
        var pdfs = new List<Planned<PdfFile>>();
        Func<PageBytes> Read(Func<byte[]> render) => () =>
        {
            var (bytes, read) = templates.Reading(render);
            return new(bytes, read);
        };
        void Page(string path, Inputs inputs, Func<string> render) => pages.Add(new(["site/" + path], inputs, Read(() => Utf8.GetBytes(render()))));
        void Pdf(string path, Inputs inputs, Func<PdfFile> render) => pdfs.Add(new([path, "site/" + path], inputs, render));
        // A document's page shows its neighbours and related documents: it depends on every document's link.
        foreach (var speech in speeches)
        {
            Page(SitePaths.Speech(speech.Speech.Slug), new(speech, links, view.Site), () => site.Speech(speech));
            if (setter is not null)
                foreach (var layout in PageLayout.All)
                    Pdf(SitePaths.Pdf(speech.Speech.Slug, layout.FileSuffix), new(speech, setter), () => SpeechPdf.Render(setter, speech, layout));
        }
        foreach (var briefing in briefings)
        {
            Page(SitePaths.Briefing(briefing.Briefing.Slug), new(briefing, links, view.Site), () => site.Briefing(briefing));
            if (setter is not null)
                Pdf(SitePaths.Pdf(briefing.Briefing.Slug), new(briefing, setter), () => BriefingPdf.Render(setter, briefing));
        }
        var sets = view.Outcomes.Values.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        Page(SitePaths.Outcomes, new([view.Site, .. sets]), () => site.Outcomes(sets));
        // The index (characters, speaking time, draft marks) and the search index (the text) show each document's
        // content: rendered on any change. The other lists, the feed and the sitemap show only the documents' links:
        // rendered when a link changes, not on every edit of a body. 404.html and search.html show no document at all.
        // search-index.js, data and no template, is rendered with the PDFs, after the pages are written: an edited page
        // is served without waiting for the text of every document.
        var everything = new Inputs([view.Site, .. speeches, .. briefings]);
        var linked = new Inputs(view.Site, links);
        var siteOnly = new Inputs(view.Site);
        var data = new List<Planned<byte[]>>();
        foreach (var (path, render) in SiteLists.Of(site, navigation, view.Site, speeches, briefings))
        {
            var inputs = path switch
            {
                SitePaths.Index or SearchIndex.FileName => everything,
                SitePaths.NotFound or SearchIndex.Page => siteOnly,
                _ => linked,
            };
            if (path == SearchIndex.FileName) data.Add(new(["site/" + path], inputs, render));
            else pages.Add(new(["site/" + path], inputs, Read(render)));
        }

        var errors = new ErrorList();
        var rendered = new ConcurrentBag<string>();
        var written = new ConcurrentBag<string>();
        var html = pages.Where(Dirty).AsParallel().WithCancellation(cancel).Select(p => (Page: p, Output: errors.Catch(p.Render))).ToList();
        errors.ThrowIfAny();
        foreach (var (page, output) in html) Write(page, output!.Bytes, output.Templates, rendered, written);
        var statics = templates.StaticFiles().ToDictionary(f => "site/" + f.Relative.Replace('\\', '/'), f => f.Path, StringComparer.Ordinal);
        foreach (var (file, source) in statics)
            if (WriteIfChanged(file, File.ReadAllBytes(source), new Inputs(), [])) { rendered.Add(file); written.Add(file); }
        var drawn = new ConcurrentDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>>(StringComparer.Ordinal);
        Commit(drawn, []);
        // A thread per core at most: `wengao serve` answers requests on the same thread pool meanwhile.
        Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, [
            .. data.Where(Dirty).Select(file => (Action)(() => errors.Catch(() =>
            {
                Write(file, file.Render(), [], rendered, written);
                return file;
            }))),
            .. pdfs.Where(Dirty).Select(pdf => (Action)(() => errors.Catch(() =>
            {
                var file = pdf.Render();
                drawn[Path.GetFileName(pdf.Files[0])] = file.Drawn;
                Write(pdf, file.Bytes, [], rendered, written);
                return file;
            }))),
        ]);
        errors.ThrowIfAny();

        var current = pages.SelectMany(p => p.Files).Concat(data.SelectMany(p => p.Files)).Concat(pdfs.SelectMany(p => p.Files)).Concat(statics.Keys).ToHashSet(StringComparer.Ordinal);
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

    /// <summary>Whether an output's inputs changed, or one of the templates its last render read (or one read but not hashed).</summary>
    private bool Dirty<T>(Planned<T> planned) where T : class =>
        _outputs.GetValueOrDefault(planned.Files[0]) is not { } last || !planned.Inputs.Same(last.Inputs)
        || last.Templates.Any(t => t.Value is null || _templateHashes.GetValueOrDefault(t.Key) != t.Value);

    private void Write<T>(Planned<T> planned, byte[] bytes, IReadOnlyCollection<string> templates, ConcurrentBag<string> rendered,
        ConcurrentBag<string> written) where T : class
    {
        foreach (var file in planned.Files)
        {
            rendered.Add(file);
            if (WriteIfChanged(file, bytes, planned.Inputs, templates)) written.Add(file);
        }
    }

    /// <summary>Stages a file unless it holds these bytes already; remembers what it was rendered from either way.</summary>
    private bool WriteIfChanged(string relative, byte[] bytes, Inputs inputs, IReadOnlyCollection<string> templates)
    {
        var hash = SHA256.HashData(bytes);
        var same = _outputs.TryGetValue(relative, out var last) && last.Hash.AsSpan().SequenceEqual(hash) && _tree.Has(relative);
        if (!same) _tree.Write(relative, bytes);
        _outputs[relative] = new(inputs, hash, templates.ToDictionary(t => t, _templateHashes.GetValueOrDefault, StringComparer.Ordinal));
        return !same;
    }

    private static OutcomeSet? OutcomesOf(Corpus corpus, string? id) => id is null ? null : corpus.Outcomes.GetValueOrDefault(id);

    private static void Prune<T>(IDictionary<string, T> memos, IEnumerable<string> keep)
    {
        var kept = keep.ToHashSet(StringComparer.Ordinal);
        foreach (var key in memos.Keys.Where(k => !kept.Contains(k)).ToList()) memos.Remove(key);
    }

    private static List<string> Sorted(IEnumerable<string> paths) => [.. paths.Distinct().Order(StringComparer.Ordinal)];
}
