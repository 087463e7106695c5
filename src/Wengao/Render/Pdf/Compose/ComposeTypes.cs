using Wengao.Model;

namespace Wengao.Render.Pdf.Compose;

/// <summary>A piece of paragraph text set in one typeface role (e.g. a run-in 黑体 heading, then 仿宋 body), bold where a level-3 heading asks for it.</summary>
/// <param name="Link">where the text links to: `#anchor` of a heading in the document, or an absolute URL</param>
/// <param name="Anchor">the id the text itself is the target of (a note's reference, which the note links back to)</param>
/// <param name="Mark">what the source marked the text as, which a Word export keeps as a character style; the PDF sets it by its role alone</param>
/// <param name="RunIn">the level (1–4) of the run-in heading (段首标题) the text is, 0 when it is none</param>
public readonly record struct StyledRun(string Text, FontRole Role, bool Bold = false, string? Link = null, string? Anchor = null,
    RunMark Mark = RunMark.None, int RunIn = 0);

/// <summary>Emphasis as the source wrote it: `**strong**` (黑体), `*emphasis*` (楷体), a note's reference ［1］.</summary>
public enum RunMark { None, Strong, Emphasis, NoteReference }

/// <summary>How a composed line sits in the type area.</summary>
public enum LineAlign
{
    /// <summary>Every line but the paragraph's last is stretched to the full width; the last is set naturally, flush left.</summary>
    Justify,
    /// <summary>Natural spacing, centred in the width (titles).</summary>
    Center,
    /// <summary>Natural spacing, flush left.</summary>
    Left,
}

/// <summary>The measure a paragraph is set to.</summary>
/// <param name="Width">Width of the type area in pt (GB/T 9704: 156 mm = 442.2 pt).</param>
/// <param name="FontSize">Glyph size in pt (body: 16).</param>
/// <param name="Pitch">The CJK character grid in pt (body: 442.2 / 28); every ideograph and full-width mark takes exactly this.</param>
/// <param name="FirstLineIndent">Indent of the first line in pt (body: 2 × pitch; titles: 0).</param>
/// <param name="Align">Alignment of the lines.</param>
public sealed record LineSpec(double Width, double FontSize, double Pitch, double FirstLineIndent, LineAlign Align);

/// <summary>Advance of <paramref name="codepoint"/> in em units in the font of <paramref name="role"/> (from its hmtx); used for non-CJK characters only.</summary>
public delegate double AdvanceEm(FontRole role, int codepoint);

/// <summary>
/// One drawable item of a composed line: a CJK character or full-width mark, a non-CJK cluster (a Latin word, a number,
/// one ASCII punctuation character) or a run of white space.
/// </summary>
/// <param name="Text">The source text of the item, unchanged.</param>
/// <param name="Role">The typeface role of the run the item came from.</param>
/// <param name="Bold">Whether the run the item came from is bold.</param>
/// <param name="X">Left edge of the item's slot, in pt from the line's left edge (the type area's left edge).</param>
/// <param name="Width">Width of the slot in pt. A squeezed full-width mark has a slot narrower than the pitch.</param>
/// <param name="InkOffset">
/// Add this to <paramref name="X"/> to get the pen position where the glyph must be drawn. It is 0 except for a squeezed
/// opening mark (（《「『【〔〈“‘), whose ink is in the right half of the em: its left part is cut away, so it is drawn at
/// X − (Pitch − Width), i.e. X − Pitch/2 when set at half width.
/// </param>
/// <param name="Link">the link of the run the item came from</param>
/// <param name="Anchor">the id of the run the item came from, which links point to</param>
public readonly record struct PlacedText(string Text, FontRole Role, bool Bold, double X, double Width, double InkOffset = 0, string? Link = null, string? Anchor = null)
{
    /// <summary>True for a white-space item (space, tab, newline), which the drawer should not draw.</summary>
    public bool IsWhiteSpace => string.IsNullOrWhiteSpace(Text) && (Text.Length == 0 || Text[0] != '\u3000');
}

/// <summary>A composed line.</summary>
/// <param name="Items">The items in reading order; their texts concatenated over all lines equal the paragraph text.</param>
/// <param name="NaturalWidth">
/// Width of the line's visible content at natural spacing (after punctuation squeezing, before justification stretch),
/// excluding the first-line indent and leading/trailing white space.
/// </param>
/// <param name="EndsParagraph">True for the paragraph's last line.</param>
public sealed record ComposedLine(IReadOnlyList<PlacedText> Items, double NaturalWidth, bool EndsParagraph);
