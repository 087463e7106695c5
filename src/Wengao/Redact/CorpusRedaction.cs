using System.Collections.Immutable;
using Wengao.Model;

namespace Wengao.Redact;

/// <summary>
/// An edition's view of the corpus: every text a page, PDF, file name or index could show — titles, front matter,
/// bodies, figure labels, chart labels, slugs — with the names it may not show masked. Rendering then cannot leak them.
/// </summary>
public static class CorpusRedaction
{
    public static Corpus Apply(Corpus corpus, Redactor redactor, RedactionTally tally)
    {
        if (redactor.IsEmpty) return corpus;
        string M(string text) => redactor.Mask(text, tally);
        string? N(string? text) => text is null ? null : M(text);
        ImmutableArray<string> All(ImmutableArray<string> texts) => [.. texts.Select(M)];

        var site = corpus.Site with { Title = M(corpus.Site.Title), Organisation = M(corpus.Site.Organisation) };
        var speeches = corpus.Speeches.Select(s => s with
        {
            Slug = redactor.MaskSlug(s.Slug), Title = M(s.Title), Speaker = M(s.Speaker), Occasion = N(s.Occasion),
            Salutation = N(s.Salutation), Tags = All(s.Tags), Body = M(s.Body),
        });
        var briefings = corpus.Briefings.Select(b => b with
        {
            Slug = redactor.MaskSlug(b.Slug), Title = M(b.Title), Name = M(b.Name), Issuer = M(b.Issuer), Body = M(b.Body),
            Distribution = [.. b.Distribution.Select(d => (M(d.Verb), All(d.To)))],
        });
        var outcomes = corpus.Outcomes.ToImmutableDictionary(o => o.Key, o => o.Value with
        {
            Title = M(o.Value.Title), Source = N(o.Value.Source),
            Figures = [.. o.Value.Figures.Select(f => f with { Label = M(f.Label), Group = N(f.Group), Note = N(f.Note), Source = N(f.Source), Period = N(f.Period) })],
            Charts = [.. o.Value.Charts.Select(c => c with { Title = M(c.Title), Labels = All(c.Labels) })],
        });
        return corpus with { Site = site, Speeches = [.. speeches], Briefings = [.. briefings], Outcomes = outcomes };
    }
}
