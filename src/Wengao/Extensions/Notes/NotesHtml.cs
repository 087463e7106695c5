using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Wengao.Extensions.Notes;

/// <summary>
/// The notes on the page: a reference is `<a class="note-ref" id="fnref:K" href="#fn:N"><sup>［N］</sup></a>`; the notes
/// follow the text as a section headed 注释, each an `<li id="fn:N">` whose number links back to the first reference,
/// and a further reference to the same note gets a ↩ back to it. Well-formed XML, as every page is.
/// </summary>
public static class NotesHtml
{
    public sealed class GroupRenderer : HtmlObjectRenderer<FootnoteGroup>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
        {
            renderer.EnsureLine();
            // No id on the section or its heading: the heading ids of the text are the page's, and a reader reaches the notes by their numbers.
            renderer.WriteLine("<section class=\"notes\">");
            renderer.WriteLine($"<h2>{NoteNumbers.SectionHeading}</h2>");
            renderer.WriteLine("<ol>");
            foreach (var note in group.OfType<Footnote>())
            {
                renderer.Write("<li id=\"").Write(NoteNumbers.NoteId(note)).Write("\">");
                // The number opens the note's first paragraph, as the printed notes read: ［1］“四上”企业：指……
                var opened = false;
                foreach (var block in note)
                {
                    if (!opened && block is ParagraphBlock first)
                    {
                        renderer.Write("<p>");
                        Number(renderer, note);
                        renderer.WriteLeafInline(first);
                        renderer.WriteLine("</p>");
                    }
                    else renderer.Write(block);
                    opened = true;
                }
                renderer.WriteLine("</li>");
            }
            renderer.WriteLine("</ol>");
            renderer.WriteLine("</section>");
        }
    }

    private static void Number(HtmlRenderer renderer, Footnote note)
    {
        var marker = NoteNumbers.Marker(note);
        if (NoteNumbers.FirstReference(note) is { } first)
            renderer.Write("<a class=\"note-number\" href=\"#").Write(NoteNumbers.ReferenceId(first)).Write("\">").WriteEscape(marker).Write("</a>");
        else renderer.Write("<span class=\"note-number\">").WriteEscape(marker).Write("</span>");
    }

    public sealed class LinkRenderer : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
            if (link.IsBackLink)
            {
                // The first reference is reached from the note's number; only a second and later one needs its own way back.
                if (link.Footnote.Links.Count == 0 || ReferenceEquals(link.Footnote.Links[0], link) || link.Footnote.Links[0].Index == link.Index) return;
                renderer.Write("<a class=\"note-back\" href=\"#fnref:").Write(link.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Write("\" aria-label=\"返回正文\">↩</a>");
                return;
            }
            renderer.Write("<a class=\"note-ref\" id=\"").Write(NoteNumbers.ReferenceId(link)).Write("\" href=\"#").Write(NoteNumbers.NoteId(link.Footnote))
                .Write("\"><sup>").WriteEscape(NoteNumbers.Marker(link.Footnote)).Write("</sup></a>");
        }
    }
}
