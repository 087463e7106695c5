using System.Collections.Immutable;
using Wengao.Model;

namespace Wengao.Redact;

/// <summary>
/// An edition's view of the corpus: every text a page, PDF, file name or index could show — titles, front matter,
/// bodies, figure labels, chart labels, slugs — with the names it may not show masked. Rendering then cannot leak them.
/// Each kind of source is masked on its own too, for an incremental build that masks only what changed.
/// </summary>
public static class CorpusRedaction
{
    public static Corpus Apply(Corpus corpus, Redactor redactor, RedactionTally tally)
    {
        if (redactor.IsEmpty) return corpus;
        return corpus with
        {
            Site = Site(corpus.Site, redactor, tally),
            Kinds = [.. corpus.Kinds.Select(k => Kind(k, redactor))],
            Documents = [.. corpus.Documents.Select(d => Document(d, redactor, tally))],
            Outcomes = corpus.Outcomes.ToImmutableDictionary(o => o.Key, o => Outcomes(o.Value, redactor, tally)),
        };
    }

    /// <summary>
    /// Documents whose slugs the edition masks alike (zhangwei-jianghua and lijianqin-jianghua, both xxx-jianghua where
    /// both names are hidden): one page, PDF and .docx would take the other's place, so the build names them instead;
    /// outcomes files whose names it masks alike (张苇调研, 李建勤调研), whose sections would share an anchor; and the
    /// figures or charts of one file whose ids it masks alike (zhangwei_jobs, lijianqin_jobs), where a speech's
    /// {{ outcomes.xxx_jobs }} would read one figure for the other.
    /// </summary>
    public static IEnumerable<SourceError> Clashes(Corpus corpus, Redactor redactor) =>
        Clashes(corpus.Documents.Select(d => (d.Slug, new SourceSpan(d.SourcePath, 1, 1))), redactor.MaskSlug, redactor, "slugs",
                "one document's page and PDFs would take the other's place", "rename one of")
            .Concat(Clashes(corpus.Outcomes.Values.Select(o => (o.Id, new SourceSpan(o.SourcePath, 1, 1))), redactor.MaskSlug, redactor,
                "outcomes files' names", "their sections on the outcomes page would share one anchor", "rename one of"))
            .Concat(corpus.Outcomes.Values.OrderBy(o => o.SourcePath, StringComparer.Ordinal).SelectMany(o =>
                Clashes(o.Figures.Select(f => (f.Id, f.Where)), text => redactor.Mask(text), redactor, "figure ids",
                    "a speech's reference to one would read the other", "give another id to one of")
                .Concat(Clashes(o.Charts.Select(c => (c.Id, new SourceSpan(o.SourcePath, 1, 1))), text => redactor.Mask(text), redactor, "chart ids",
                    "a document's chart would draw the other", "give another id to one of"))));

    private static IEnumerable<SourceError> Clashes(IEnumerable<(string Name, SourceSpan Where)> named, Func<string, string> mask, Redactor redactor,
        string what, string why, string fix) =>
        named.GroupBy(n => mask(n.Name), StringComparer.Ordinal).Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SourceError(g.Select(n => n.Where).OrderBy(w => w.File, StringComparer.Ordinal).ThenBy(w => w.Line).Last(),
                $"the {redactor.Edition.Name} edition masks the {what} {string.Join(", ", g.Select(n => $"`{n.Name}`").Order(StringComparer.Ordinal))} alike, to `{g.Key}`: {why}",
                $"{fix}: {string.Join(", ", g.Select(n => what.EndsWith("ids", StringComparison.Ordinal) ? n.Name : Path.GetFileName(n.Where.File)).Distinct().Order(StringComparer.Ordinal))}, so that its name does not differ from the other's only by a hidden name"));

    public static Site Site(Site site, Redactor redactor, RedactionTally tally) =>
        site with { Title = redactor.Mask(site.Title, tally), Organisation = redactor.Mask(site.Organisation, tally) };

    /// <summary>A document with its slug, every text of its front matter and body, and its kind's labels masked.</summary>
    public static Document Document(Document d, Redactor redactor, RedactionTally tally) =>
        d.Map(text => redactor.Mask(text, tally)) with { Slug = redactor.MaskSlug(d.Slug), Kind = Kind(d.Kind, redactor) };

    /// <summary>
    /// A kind's labels as pages, lists and PDF links show them: a kind content/kinds/ declares may be named after a
    /// place (汉阳镇工作简报). Not counted in the tally, which counts the names of the sources' own texts.
    /// </summary>
    public static DocumentKind Kind(DocumentKind k, Redactor redactor) => redactor.IsEmpty ? k : k with
    {
        Label = redactor.Mask(k.Label), Short = redactor.Mask(k.Short), ListTitle = redactor.Mask(k.ListTitle),
        Pdfs = k.Pdfs.Any(p => redactor.Mask(p.Label) != p.Label) ? [.. k.Pdfs.Select(p => p with { Label = redactor.Mask(p.Label) })] : k.Pdfs,
    };

    public static OutcomeSet Outcomes(OutcomeSet o, Redactor redactor, RedactionTally tally)
    {
        var (m, n, all) = Maskers(redactor, tally);
        return o with
        {
            // The set's id is its file's name, which the outcomes page shows as the anchor of its section.
            Id = redactor.MaskSlug(o.Id), Title = m(o.Title), Source = n(o.Source),
            // Ids too, masked as a speech's {{ outcomes.zhangwei_jobs }} is (xxx_jobs): a row's anchor and a formula show them.
            Figures = [.. o.Figures.Select(f => f with { Id = m(f.Id), Label = m(f.Label), Group = n(f.Group), Note = n(f.Note), Source = n(f.Source),
                Period = n(f.Period), Formula = n(f.Formula) })],
            Charts = [.. o.Charts.Select(c => c with { Id = m(c.Id), Title = m(c.Title), FigureIds = all(c.FigureIds), Labels = all(c.Labels) })],
        };
    }

    private static (Func<string, string> M, Func<string?, string?> N, Func<ImmutableArray<string>, ImmutableArray<string>> All) Maskers(
        Redactor redactor, RedactionTally tally)
    {
        string M(string text) => redactor.Mask(text, tally);
        return (M, text => text is null ? null : M(text), texts => [.. texts.Select(M)]);
    }
}
