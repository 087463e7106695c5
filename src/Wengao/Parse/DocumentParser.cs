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
    /// <param name="mask">
    /// an edition's redaction, for the body as its expressions wrote it: the source is masked before it is expanded,
    /// but an expression can write a name the source does not spell (张{{ "" }}苇, {{ "\u5F20\u82C7" }})
    /// </param>
    public static ParsedDocument Parse(Document document, Corpus corpus, Func<string, string>? mask = null)
    {
        var expanded = Expanded(document, corpus);
        if (mask is not null && !ReferenceEquals(expanded, document.Body)) expanded = mask(expanded);
        var body = SpeechMarkdown.Parse(expanded, document.BodyStart, SafeUrls.For(corpus.Site));
        var attachments = Attachments.Detach(body, document.Furniture, document.BodyStart);
        var characters = ChineseText.CountCharacters(string.Concat(
            // Notes are read, not spoken: the speaking time is the text's.
            body.Descendants<LeafBlock>().Where(b => !Extensions.Notes.NoteNumbers.InNotes(b)).Select(b => PlainText.Of(b.Inline))));
        return new ParsedDocument(document, body, characters, ChineseText.SpeakingMinutes(characters, corpus.Site.SpeakingRate), OutcomesOf(document, corpus))
        {
            Attachments = attachments,
        };
    }

    /// <summary>The body with its expressions expanded; the body itself (the same string) where it has none.</summary>
    public static string Expanded(Document document, Corpus corpus) => BodyExpander.Expand(document, corpus.Site, OutcomesOf(document, corpus));

    private static OutcomeSet? OutcomesOf(Document document, Corpus corpus) => document.OutcomesId is { } id ? corpus.Outcomes[id] : null;
}
