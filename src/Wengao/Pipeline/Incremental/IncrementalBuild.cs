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
using Wengao.Pipeline.Outputs;
using Wengao.Redact;
using Wengao.Render.Templates;
using Wengao.Render.Html;
using Wengao.Render.Pdf;

namespace Wengao.Pipeline.Incremental;

/// <summary>
/// Builds one edition into a folder again and again (`wengao serve`), redoing only what a change affects.
/// Sources load through a <see cref="SourceCache"/>, so an unchanged file is the same object as before. A document is
/// checked, masked and parsed again only when its source, its outcomes file, site.yml or a registry entry it holds
/// changed. The outputs are the full build's (<see cref="BuildPlan"/>); one is rendered again only when the inputs its
/// output kind names changed, or one of the templates its last render read (<see cref="TemplateSet.Reading"/>), and
/// written only when its bytes changed. Templates, fonts and parsed documents stay in memory.
/// </summary>
/// <param name="options">Output: the folder this build owns, written as `build --edition` writes an edition (site/, pdf/);
/// Edition: the edition to build, the first site.yml declares when null</param>
public sealed class IncrementalBuild(BuildOptions options)
{
    /// <param name="MaskedBy">the redactor its source was masked with (null: none)</param>
    /// <param name="Masked">the registry entries, by name, that masking hid in its source</param>
    private sealed record Memo<T>(Inputs Inputs, T Value, Redactor? MaskedBy = null, IReadOnlySet<string>? Masked = null);

    /// <param name="Templates">the templates its render read, each with its hash then (null: a template not hashed)</param>
    private sealed record Output(Inputs Inputs, byte[] Hash, IReadOnlyDictionary<string, string?> Templates);

    /// <summary>An output rendered, with the templates its render read.</summary>
    private sealed record Done(Rendered Output, IReadOnlyCollection<string> Templates);

    private readonly Lock _gate = new();
    private readonly SourceCache _sources = new();
    private readonly ConcurrentDictionary<string, Memo<ParsedDocument>> _documents = new(StringComparer.Ordinal);
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
                // The user's lists (content/checks/: confusables, fixed numerals) are read by the check of every document.
                if (changed.Any(p => p.Replace('\\', '/').Contains("/checks/", StringComparison.Ordinal))) _findings.Clear();
            }
            var corpus = CorpusLoader.Load(options.Content, options.Templates, _sources);
            using var deadline = Expand.ExpressionDeadline.Start(corpus.Site);
            corpus = Published.Of(corpus, options.Drafts);
            var edition = SiteBuilder.Editions(corpus.Site, options.Edition)[0];
            var templates = Templates();
            var pdf = options.Pdf ? Pdf(corpus.Site) : null;
            var warnings = Check(corpus);
            var view = View(corpus, edition);
            var documents = Parse(corpus, view, cancel);
            try
            {
                var (rendered, written, deleted) = Render(view, documents, templates, pdf, cancel);
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

    /// <summary>
    /// The fonts, resolved again only when site.yml's font chains or speaking rate changed; the PDFs' templates read
    /// again on every rebuild (a few small files), so an edited one renders its PDFs again.
    /// </summary>
    private PdfMaker Pdf(Site site)
    {
        var fonts = string.Join(";", site.FontChains.OrderBy(c => c.Key).Select(c => $"{c.Key}={string.Join(",", c.Value)}"))
            + ";" + site.SpeakingRate.ToString(CultureInfo.InvariantCulture) + ";" + site.ContentDirectory;
        if (_setter is null || fonts != _fonts) (_setter, _fonts) = (DocumentSetter.Create(site), fonts);
        return new PdfMaker(_setter, options.Templates);
    }

    /// <summary>The proofreading checks of the documents whose inputs changed; the findings of every document.</summary>
    private IReadOnlyList<Finding> Check(Corpus corpus)
    {
        var documents = corpus.Documents.Select(d => (Path: d.SourcePath, Inputs: new Inputs(d, OutcomesOf(corpus, d.OutcomesId), corpus.Site)))
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
        var site = Masked(_siteView, "site.yml", new Inputs(corpus.Site), corpus.Site, CorpusRedaction.Site, (s, _) => s);
        var outcomes = corpus.Outcomes.ToDictionary(o => o.Key,
            o => Masked(_outcomeViews, o.Key, new Inputs(o.Value), o.Value, CorpusRedaction.Outcomes, (v, _) => v), StringComparer.Ordinal);
        Prune(_outcomeViews, outcomes.Keys);
        var kinds = _redactor is { } masking ? [.. corpus.Kinds.Select(k => CorpusRedaction.Kind(k, masking))] : corpus.Kinds;
        return corpus with { Site = site, Kinds = kinds, Outcomes = outcomes.ToImmutableDictionary(StringComparer.Ordinal) };
    }

    /// <summary>Every document parsed, from memory where its source and the views of its outcomes file and site.yml are those it was parsed from.</summary>
    private List<ParsedDocument> Parse(Corpus corpus, Corpus view, CancellationToken cancel)
    {
        var errors = new ErrorList();
        if (_redactor is { } redactor) foreach (var clash in CorpusRedaction.Clashes(corpus, redactor)) errors.Add(clash);
        errors.ThrowIfAny();
        var documents = corpus.Documents.AsParallel().AsOrdered().WithCancellation(cancel)
            .Select(d => errors.Catch(() => Masked(_documents, d.SourcePath, new Inputs(d, OutcomesOf(view, d.OutcomesId), view.Site), d,
                CorpusRedaction.Document, (masked, mask) => DocumentParser.Parse(masked, view, mask),
                (masked, redactor, changed) => DocumentParser.Expanded(masked, view) is var expanded
                    && (ReferenceEquals(expanded, masked.Body) || !redactor.Find(expanded).Exists(m => changed.Contains(m.Entry.Name))))))
            .OfType<ParsedDocument>().ToList();
        errors.ThrowIfAny();
        Prune(_documents, corpus.Documents.Select(d => d.SourcePath));
        return documents;
    }

    /// <summary>
    /// <paramref name="make"/> of the source masked for the edition; from memory where the inputs are those it was made
    /// from and the redactor is the one it was masked with, or another that changed no entry the masking hid in the
    /// source then or hides now (<see cref="Redactor.ChangedFrom"/>): an edit of the registry renders again only the
    /// outputs of the sources that hold the names it changed.
    /// </summary>
    /// <param name="make">what is made of the masked source, given the edition's redaction for the texts it makes from it (a body as its expressions wrote it)</param>
    /// <param name="madeAlike">
    /// where <paramref name="make"/> masks texts of its own: true where those made from the masked source hold no name of
    /// the changed entries the redactor hides (a name an expression wrote that a registry edit now hides is masked again)
    /// </param>
    private T Masked<TSource, T>(IDictionary<string, Memo<T>> memos, string key, Inputs inputs, TSource source,
        Func<TSource, Redactor, RedactionTally, TSource> mask, Func<TSource, Func<string, string>?, T> make,
        Func<TSource, Redactor, IReadOnlySet<string>, bool>? madeAlike = null)
    {
        var redactor = _redactor;
        var held = memos.TryGetValue(key, out var memo) && memo.Inputs.Same(inputs) ? memo : null;
        if (held is not null && ReferenceEquals(held.MaskedBy, redactor)) return held.Value;
        var tally = new RedactionTally();
        var masked = redactor is null ? source : mask(source, redactor, tally);
        var names = tally.Counts.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (held is { MaskedBy: { } before, Masked: { } then } && redactor is not null
            && _changes.GetOrAdd(before, redactor.ChangedFrom) is { } changed && !then.Overlaps(changed) && !names.Overlaps(changed)
            && (madeAlike is null || madeAlike(masked, redactor, changed)))
        {
            memos[key] = held with { MaskedBy = redactor, Masked = then };
            return held.Value;
        }
        var value = make(masked, redactor is null ? null : text => redactor.Mask(text, tally));
        memos[key] = new(inputs, value, redactor, tally.Counts.Select(c => c.Name).ToHashSet(StringComparer.Ordinal));
        return value;
    }

    /// <summary>
    /// Renders the outputs whose inputs changed and stages those whose bytes changed, in two steps each read back and
    /// committed as a whole (see <see cref="StagedTree"/>): the pages and static files, so an edited page is served
    /// at once; then the late outputs (the PDFs and the search index), with the deletion of the outputs no source makes any more.
    /// </summary>
    private (List<string>, List<string>, List<string>) Render(Corpus view, List<ParsedDocument> documents, TemplateSet templates,
        PdfMaker? pdf, CancellationToken cancel)
    {
        var navigation = new Navigation(documents, view.Site.Listing.NameOrder);
        var context = new PlanContext(view, documents, new HtmlSite(templates, view.Site, navigation, files: pdf is not null), navigation, Links(navigation), templates, pdf);
        var outputs = BuildPlan.Outputs(context).ToList();
        var errors = new ErrorList();
        var rendered = new ConcurrentBag<string>();
        var written = new ConcurrentBag<string>();
        var drawn = new ConcurrentDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>>(StringComparer.Ordinal);
        // Each render notes the templates it read: the output depends on those, and on no other template.
        Done Render(PlannedOutput output)
        {
            var (bytes, read) = templates.Reading(output.Render);
            return new(bytes, read);
        }
        var pages = outputs.Where(o => !o.Late && Dirty(o)).AsParallel().WithCancellation(cancel)
            .Select(o => (Output: o, Done: errors.Catch(() => Render(o)))).ToList();
        errors.ThrowIfAny();
        foreach (var (output, done) in pages) Write(output, done!, rendered, written, drawn);
        Commit(drawn, []);
        // A thread per core at most: `wengao serve` answers requests on the same thread pool meanwhile.
        Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, [
            .. outputs.Where(o => o.Late && Dirty(o)).Select(output => (Action)(() => errors.Catch(() =>
            {
                Write(output, Render(output), rendered, written, drawn);
                return output;
            }))),
        ]);
        errors.ThrowIfAny();

        var current = outputs.SelectMany(o => o.Files).ToHashSet(StringComparer.Ordinal);
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
    private bool Dirty(PlannedOutput planned) =>
        _outputs.GetValueOrDefault(planned.Files[0]) is not { } last || !planned.Inputs.Same(last.Inputs)
        || last.Templates.Any(t => t.Value is null || _templateHashes.GetValueOrDefault(t.Key) != t.Value);

    private void Write(PlannedOutput planned, Done done, ConcurrentBag<string> rendered,
        ConcurrentBag<string> written, ConcurrentDictionary<string, IReadOnlyList<(int Page, string Text, bool Artifact)>> drawn)
    {
        if (done.Output.Pdf is { } pdf)
            foreach (var file in planned.Files) drawn[file] = pdf.Drawn;
        var templates = done.Templates.ToDictionary(t => t, _templateHashes.GetValueOrDefault, StringComparer.Ordinal);
        // Each file as it comes: a streamed output's files are made, and handed here, from several threads.
        done.Output.Each(planned.Files.Count, (i, bytes) =>
        {
            var file = planned.Files[i];
            rendered.Add(file);
            if (WriteIfChanged(file, bytes ?? throw new InvalidOperationException($"{file}: kept from a last build, which serve has none of"), new Output(planned.Inputs, [], templates), planned.Kind.ReadBack)) written.Add(file);
        });
    }

    /// <summary>Stages a file unless it holds these bytes already; remembers what it was rendered from either way.</summary>
    private bool WriteIfChanged(string relative, byte[] bytes, Output rendered, ReadBack how)
    {
        var hash = SHA256.HashData(bytes);
        var same = _outputs.TryGetValue(relative, out var last) && last.Hash.AsSpan().SequenceEqual(hash) && _tree.Has(relative);
        if (!same) _tree.Write(relative, bytes, how);
        _outputs[relative] = rendered with { Hash = hash };
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
