using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Wengao.Extensions.Notes;

/// <summary>
/// What a note is called and where it is, one rule for the page and the PDF. A note's id is `fn:N` (N its order) and
/// a reference's `fnref:K` (K counts every reference in the document): a heading's id (GitHub style) never holds a
/// colon, so the two cannot meet on one page.
/// </summary>
public static class NoteNumbers
{
    /// <summary>The heading of the notes after the text, as government work reports print it.</summary>
    public const string SectionHeading = "注释";

    /// <summary>［1］: the note's own number when its label is one (`[^3]` is ［3］ as the author numbered it), else its order.</summary>
    public static string Marker(Footnote note) =>
        $"［{(note.Label is { Length: > 0 } label && label.All(char.IsAsciiDigit) ? label : note.Order.ToString(System.Globalization.CultureInfo.InvariantCulture))}］";

    public static string NoteId(Footnote note) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fn:{note.Order}");

    public static string ReferenceId(FootnoteLink link) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fnref:{link.Index}");

    /// <summary>The notes of a document, in order; none when it refers to none (an unreferred definition is not kept by the parser).</summary>
    public static IReadOnlyList<Footnote> Of(MarkdownDocument document) =>
        document.Descendants<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>()).ToList();

    /// <summary>The first reference to a note, which the note's number links back to.</summary>
    public static FootnoteLink? FirstReference(Footnote note) => note.Links.Count > 0 ? note.Links[0] : null;

    /// <summary>Whether a block is inside the notes (they are set after the text, not where the parser keeps them).</summary>
    public static bool InNotes(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is FootnoteGroup) return true;
        return false;
    }
}
