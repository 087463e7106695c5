using Markdig.Syntax;
using Wengao.Expand;
using Wengao.Extensions.Attachments;
using Wengao.Extensions;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Parse;

/// <summary>A document's body expanded (Scriban) and parsed (Markdig), its attachments taken out, its length counted.</summary>
public static class DocumentParser
{
    /// <summary>
    /// The document expanded now, and parsed now unless its <paramref name="length"/> is given: the lists read every
    /// document's length, so one whose length is not known is parsed for them in any case. Given its length, it is
    /// parsed when an output first reads its tree, and a build whose outputs of it are all reused never parses it.
    /// Expanded now either way, so that its expressions' errors are found as before and <paramref name="mask"/> (an
    /// edition's tally of what it hid) sees the expanded text once, parsed or not: only a body with expressions is
    /// expanded (<see cref="BodyExpander"/>), and it is held (a few).
    /// </summary>
    /// <param name="mask">
    /// an edition's redaction, for the body as its expressions wrote it: the source is masked before it is expanded,
    /// but an expression can write a name the source does not spell (张{{ "" }}苇, {{ "\u5F20\u82C7" }})
    /// </param>
    /// <param name="length">its length where the build cache knows it: the lists show it without parsing the document</param>
    /// <param name="parsed">told when the body is parsed, with its length (the build's count of documents parsed, the cache's lengths)</param>
    public static ParsedDocument Parse(Document document, Corpus corpus, Func<string, string>? mask = null, BodyLength? length = null,
        Action<BodyLength>? parsed = null)
    {
        var outcomes = OutcomesOf(document, corpus);
        var (urls, rate) = (SafeUrls.For(corpus.Site), corpus.Site.SpeakingRate);
        ParsedBody Parsed(string expanded)
        {
            var body = Body(expanded, document, urls, rate);
            parsed?.Invoke(body.Length);
            return body;
        }
        // Deferred with no edition's mask, the expansion waits for the parse too: the body is then not even read (the
        // build cache reads a source's text when first asked) unless an output of the document is rendered. Where a mask
        // counts the names an expression writes, each body is expanded now, so the edition's note counts them as a clean build does.
        if (length is not null && mask is null)
            return new ParsedDocument(document, outcomes, () => Parsed(BodyExpander.Expand(document, corpus.Site, outcomes)), length);
        var expanded = BodyExpander.Expand(document, corpus.Site, outcomes);
        if (mask is not null && !ReferenceEquals(expanded, document.Body)) expanded = mask(expanded);
        var result = new ParsedDocument(document, outcomes, () => Parsed(expanded), length);
        if (length is null) _ = result.Body;
        return result;
    }

    private static ParsedBody Body(string expanded, Document document, SafeUrls urls, double rate)
    {
        var body = SpeechMarkdown.Parse(expanded, document.BodyStart, urls);
        var attachments = Attachments.Detach(body, document.Furniture, document.BodyStart);
        var characters = ChineseText.CountCharacters(string.Concat(
            // Notes are read, not spoken: the speaking time is the text's.
            body.Descendants<LeafBlock>().Where(b => !Extensions.Notes.NoteNumbers.InNotes(b)).Select(b => PlainText.Of(b.Inline))));
        return new ParsedBody(body, attachments, new(characters, ChineseText.SpeakingMinutes(characters, rate)));
    }

    /// <summary>The body with its expressions expanded; the body itself (the same string) where it has none.</summary>
    public static string Expanded(Document document, Corpus corpus) => BodyExpander.Expand(document, corpus.Site, OutcomesOf(document, corpus));

    private static OutcomeSet? OutcomesOf(Document document, Corpus corpus) => document.OutcomesId is { } id ? corpus.Outcomes[id] : null;
}
