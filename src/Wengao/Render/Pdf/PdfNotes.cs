using Markdig.Syntax;
using Wengao.Extensions.Notes;
using Wengao.Model;
using Wengao.Render.Pdf.Compose;

namespace Wengao.Render.Pdf;

/// <summary>
/// A document's notes in the PDF: endnotes, a section headed 注释 after the body (and before anything appended to
/// it, such as attachments), not footnotes at the foot of each page. That is how Chinese government work reports
/// print them (the State Council's 政府工作报告 and the provinces' reports end on their 注释, ［1］…［28］), and it keeps
/// every line on the GB/T 9704 grid (§5.2.2: 22 lines of 28 characters of 3号): page footnotes would need a smaller
/// size off the grid and a page break that reserves their room. Each note is a paragraph of the body's size opening
/// on its number, which links back to the page of its first reference; the reference ［1］ links to the note.
/// Notes are read, not said: the reading copy gives them no speaking time.
/// </summary>
internal static class PdfNotes
{
    public static IEnumerable<BodyBlock> Blocks(MarkdownDocument document)
    {
        var notes = NoteNumbers.Of(document);
        if (notes.Count == 0) yield break;
        // A heading of the first level (黑体), in the outline, so a reader finds the notes as they find a part of the text.
        var (role, bold) = ManuscriptText.StyleOf(1);
        yield return new BodyBlock([new StyledRun(NoteNumbers.SectionHeading, role, bold)], 1, [new Bookmark(1, NoteNumbers.SectionHeading)], Spoken: false);
        foreach (var note in notes)
        {
            var number = new StyledRun(NoteNumbers.Marker(note), FontRole.FangSong,
                Link: NoteNumbers.FirstReference(note) is { } first ? "#" + NoteNumbers.ReferenceId(first) : null);
            var paragraphs = note.Descendants<LeafBlock>().Where(l => l.Inline is not null).ToList();
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var bookmarks = new List<Bookmark>();
                var runs = ManuscriptText.Runs(paragraphs[i].Inline, bookmarks);
                if (i == 0) runs.Insert(0, number);
                if (runs.Count > 0) yield return new BodyBlock(runs, 0, [], i == 0 ? NoteNumbers.NoteId(note) : null, Spoken: false);
            }
        }
    }
}
