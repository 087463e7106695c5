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
    public static ParsedSpeech Parse(Speech speech, Corpus corpus)
    {
        var outcomes = speech.OutcomesId is { } id ? corpus.Outcomes[id] : null;
        var document = SpeechMarkdown.Parse(BodyExpander.Expand(speech, corpus.Site, outcomes), speech.BodyStart, SafeUrls.For(corpus.Site));
        var attachments = Attachments.Detach(document, speech.Furniture.Attachments, speech.BodyStart);
        var characters = ChineseText.CountCharacters(string.Concat(
            // Notes are read, not spoken: the speaking time is the text's.
            document.Descendants<LeafBlock>().Where(b => !Extensions.Notes.NoteNumbers.InNotes(b)).Select(b => PlainText.Of(b.Inline))));
        return new ParsedSpeech(speech, document, characters, ChineseText.SpeakingMinutes(characters, corpus.Site.SpeakingRate)) { Attachments = attachments };
    }

    public static ParsedBriefing ParseBriefing(Briefing briefing, Corpus corpus)
    {
        var outcomes = briefing.OutcomesId is { } id ? corpus.Outcomes[id] : null;
        var document = SpeechMarkdown.Parse(BodyExpander.Expand(briefing, corpus.Site, outcomes), briefing.BodyStart, SafeUrls.For(corpus.Site));
        var attachments = Attachments.Detach(document, briefing.Furniture.Attachments, briefing.BodyStart);
        return new ParsedBriefing(briefing, document, outcomes) { Attachments = attachments };
    }
}
