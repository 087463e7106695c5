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
    public static ParsedDocument Parse(Document document, Corpus corpus)
    {
        var outcomes = document.OutcomesId is { } id ? corpus.Outcomes[id] : null;
        var body = SpeechMarkdown.Parse(BodyExpander.Expand(document, corpus.Site, outcomes), document.BodyStart, SafeUrls.For(corpus.Site));
        var attachments = Attachments.Detach(body, document.Furniture.Attachments, document.BodyStart);
        var characters = ChineseText.CountCharacters(string.Concat(
            // Notes are read, not spoken: the speaking time is the text's.
            body.Descendants<LeafBlock>().Where(b => !Extensions.Notes.NoteNumbers.InNotes(b)).Select(b => PlainText.Of(b.Inline))));
        return new ParsedDocument(document, body, characters, ChineseText.SpeakingMinutes(characters, corpus.Site.SpeakingRate), outcomes)
        {
            Attachments = attachments,
        };
    }
}
