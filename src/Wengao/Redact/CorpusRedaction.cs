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
            Speeches = [.. corpus.Speeches.Select(s => Speech(s, redactor, tally))],
            Briefings = [.. corpus.Briefings.Select(b => Briefing(b, redactor, tally))],
            Outcomes = corpus.Outcomes.ToImmutableDictionary(o => o.Key, o => Outcomes(o.Value, redactor, tally)),
        };
    }

    public static Site Site(Site site, Redactor redactor, RedactionTally tally) =>
        site with { Title = redactor.Mask(site.Title, tally), Organisation = redactor.Mask(site.Organisation, tally) };

    public static Speech Speech(Speech s, Redactor redactor, RedactionTally tally)
    {
        var (m, n, all) = Maskers(redactor, tally);
        return s with
        {
            Slug = redactor.MaskSlug(s.Slug), Title = m(s.Title), Speaker = m(s.Speaker), Occasion = n(s.Occasion),
            Salutation = n(s.Salutation), Tags = all(s.Tags), Body = m(s.Body), Furniture = s.Furniture.Map(m),
        };
    }

    public static Briefing Briefing(Briefing b, Redactor redactor, RedactionTally tally)
    {
        var (m, _, all) = Maskers(redactor, tally);
        return b with
        {
            Slug = redactor.MaskSlug(b.Slug), Title = m(b.Title), Name = m(b.Name), Issuer = m(b.Issuer), Body = m(b.Body), Furniture = b.Furniture.Map(m),
            Distribution = [.. b.Distribution.Select(d => (m(d.Verb), all(d.To)))],
        };
    }

    public static OutcomeSet Outcomes(OutcomeSet o, Redactor redactor, RedactionTally tally)
    {
        var (m, n, all) = Maskers(redactor, tally);
        return o with
        {
            Title = m(o.Title), Source = n(o.Source),
            Figures = [.. o.Figures.Select(f => f with { Label = m(f.Label), Group = n(f.Group), Note = n(f.Note), Source = n(f.Source), Period = n(f.Period) })],
            Charts = [.. o.Charts.Select(c => c with { Title = m(c.Title), Labels = all(c.Labels) })],
        };
    }

    private static (Func<string, string> M, Func<string?, string?> N, Func<ImmutableArray<string>, ImmutableArray<string>> All) Maskers(
        Redactor redactor, RedactionTally tally)
    {
        string M(string text) => redactor.Mask(text, tally);
        return (M, text => text is null ? null : M(text), texts => [.. texts.Select(M)]);
    }
}
