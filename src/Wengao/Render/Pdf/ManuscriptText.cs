using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wengao.Extensions.Notes;
using Wengao.Extensions;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Pdf.Compose;
using Wengao.Render.Pdf.Tables;
using Wengao.Text;

namespace Wengao.Render.Pdf;

/// <summary>A heading a reader can jump to from the PDF's outline.</summary>
internal sealed record Bookmark(int Level, string Title)
{
    /// <summary>An attachment's entry stands above the headings' levels: its own headings (一、 at level 1) nest under it.</summary>
    public const int Attachment = 0;
}

/// <summary>A body block as the typesetter sees it: styled runs, its heading level if it is a standalone heading, its bookmarks.</summary>
/// <param name="Anchor">a standalone heading's id, which `[…](#id)` links point to</param>
/// <param name="Inset">characters every line is moved in (a nested list's items)</param>
/// <param name="Table">a table, set by <see cref="TableSetter"/> (its runs empty)</param>
/// <param name="Spoken">whether the block is said aloud (the notes are not), for the reading copy's speaking times</param>
internal sealed record BodyBlock(IReadOnlyList<StyledRun> Runs, int HeadingLevel, IReadOnlyList<Bookmark> Bookmarks, string? Anchor = null,
    int Inset = 0, TableText? Table = null, bool Spoken = true)
{
    /// <summary>The depth (1 for a list, 2 for a list in one of its items…) of the list item the block opens, its first run its number or bullet; 0 for none.</summary>
    public int Item { get; init; }

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>
/// Reads the Markdown tree into styled runs with the heading hierarchy of GB/T 9704 §7.3.3:
/// level 1 (一、) in 黑体, level 2 (（一）) in 楷体, level 3 (1.) in bold 仿宋, level 4 (（1）) in 仿宋.
/// Every heading's level is the one rule's, <see cref="HeadingLevels"/>.
/// </summary>
internal static class ManuscriptText
{
    public static (FontRole Role, bool Bold) StyleOf(int level) => level switch
    {
        1 => (FontRole.HeiTi, false),
        2 => (FontRole.KaiTi, false),
        3 => (FontRole.FangSong, true),
        _ => (FontRole.FangSong, false),
    };

    /// <summary>The body's blocks in reading order, then its notes (<see cref="PdfNotes"/>).</summary>
    public static IEnumerable<BodyBlock> Blocks(MarkdownDocument document) => Text(document).Concat(PdfNotes.Blocks(document));

    /// <summary>The body's blocks in reading order, without its notes (a Word export makes them notes of Word's own).</summary>
    public static IEnumerable<BodyBlock> Text(ContainerBlock document) => Blocks(document, 0);

    /// <param name="inset">how many characters a nested list moves its items in</param>
    private static IEnumerable<BodyBlock> Blocks(ContainerBlock container, int inset)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case FootnoteGroup: break; // the notes, set after the text
                case Table table: yield return new BodyBlock([], 0, [], Table: TableText.Of(table)); break;
                case ListBlock list:
                    foreach (var item in ListItems.Of(list, inset, Blocks)) yield return item;
                    break;
                case ContainerBlock child:
                    foreach (var inner in Blocks(child, inset)) yield return inner;
                    break;
                case LeafBlock leaf when Block(leaf) is { } body: yield return inset > 0 ? body with { Inset = inset } : body;
                    break;
            }
        }
    }

    private static BodyBlock? Block(LeafBlock leaf)
    {
        if (leaf.Inline is null) return null;
        if (leaf is HeadingBlock heading)
        {
            var text = PlainText.Of(leaf.Inline);
            var level = HeadingLevels.LevelOf(heading);
            var (role, bold) = StyleOf(level);
            // All in the heading's face, a note's reference ［1］ in it too (the outline's entry is the heading's words alone).
            var styled = Runs(leaf.Inline, []).Select(r => r with { Role = role, Bold = bold }).ToList();
            return new BodyBlock(styled, level, [new Bookmark(level, text)], heading.GetAttributes().Id);
        }
        var bookmarks = new List<Bookmark>();
        var runs = Runs(leaf.Inline, bookmarks);
        return runs.Count > 0 ? new BodyBlock(runs, 0, bookmarks) : null;
    }

    /// <summary>An inline tree as styled runs in the body face, its run-in headings' bookmarks added to <paramref name="bookmarks"/>.</summary>
    internal static List<StyledRun> Runs(ContainerInline? inline, List<Bookmark> bookmarks)
    {
        var runs = new List<StyledRun>();
        Collect(inline?.FirstChild, new StyledRun("", FontRole.FangSong), runs, bookmarks);
        return runs;
    }

    /// <param name="style">the run the text joins: role, weight and link (its text unused)</param>
    private static void Collect(Inline? inline, StyledRun style, List<StyledRun> runs, List<Bookmark> bookmarks)
    {
        for (; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: Add(runs, literal.Content.ToString(), style); break;
                case CodeInline code: Add(runs, code.Content, style); break;
                case LineBreakInline: break; // Chinese lines join without a space
                case FootnoteLink { IsBackLink: true }: break; // the note's number links back (PdfNotes)
                case FootnoteLink reference: // ［1］ in the text, linking to its note, and the place the note links back to
                    runs.Add(style with { Text = NoteNumbers.Marker(reference.Footnote), Link = "#" + NoteNumbers.NoteId(reference.Footnote), Anchor = NoteNumbers.ReferenceId(reference), Mark = RunMark.NoteReference });
                    break;
                case EmphasisInline emphasis when HeadingLevels.LevelOf(emphasis) is > 0 and var level:
                    bookmarks.Add(new Bookmark(level, PlainText.Of(emphasis)));
                    var (role, bold) = StyleOf(level);
                    Collect(emphasis.FirstChild, style with { Role = role, Bold = bold, RunIn = level }, runs, bookmarks);
                    break;
                case EmphasisInline emphasis: // bold in 黑体, emphasis in 楷体: the Chinese way to stress
                    var strong = emphasis.DelimiterCount >= 2;
                    Collect(emphasis.FirstChild, style with { Role = strong ? FontRole.HeiTi : FontRole.KaiTi, Bold = false, Mark = strong ? RunMark.Strong : RunMark.Emphasis }, runs, bookmarks);
                    break;
                case LinkInline { IsImage: false } link:
                    Collect(link.FirstChild, style with { Link = link.Url }, runs, bookmarks);
                    break;
                case ContainerInline container: Collect(container.FirstChild, style, runs, bookmarks); break;
            }
        }
    }

    // Adjacent literals of one style are one run, so breaking rules see the whole text.
    private static void Add(List<StyledRun> runs, string text, StyledRun style)
    {
        if (text.Length == 0) return;
        if (runs.Count > 0 && runs[^1] with { Text = "" } == style)
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else runs.Add(style with { Text = text });
    }
}
