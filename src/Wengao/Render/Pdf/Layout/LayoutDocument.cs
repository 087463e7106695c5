using PdfSharp.Drawing;
using Wengao.Model;

namespace Wengao.Render.Pdf.Layout;

/// <summary>What a PDF template made, read: the grid, what every page carries, and the flow set on the grid.</summary>
internal sealed record LayoutDocument(PageLayout Layout, PageFurniture Furniture, IReadOnlyList<Flow> Flow)
{
    /// <summary>The &lt;document&gt;'s title, author and subject, where it gives them: the PDF's information says these instead.</summary>
    public InfoOverride Info { get; init; } = new(null, null, null);
}

internal sealed record InfoOverride(string? Title, string? Author, string? Subject);

/// <summary>How a piece of text is set: its face, size, place on the line (indent in characters of its size) and ink.</summary>
internal sealed record TextStyle(FontRole Font, double Size, Align Align, double Indent, XColor Colour);

/// <summary>Drawn on every page outside the grid, as artifacts: the page number's style, marks in corners, a watermark.</summary>
internal sealed record PageFurniture(FolioStyle? Folio, IReadOnlyList<CornerMark> Marks)
{
    /// <summary>Text across every page (a numbered copy's recipient), none where null.</summary>
    public Watermark? Watermark { get; init; }
}

/// <summary>Text drawn across the page's centre, rising at <paramref name="Angle"/> degrees, under everything else.</summary>
internal sealed record Watermark(string Text, FontRole Font, double Size, XColor Colour, double Angle);

/// <summary>"— N —" in this face and size; where it stands is GB/T 9704 §7.5's (see <see cref="Typesetter"/>).</summary>
internal sealed record FolioStyle(FontRole Font, double Size);

/// <param name="Gap">from the type area's edge to the text's baseline (top corners) or em top (bottom corners)</param>
/// <param name="Box">the width of a frame's line around the text, none where null</param>
internal sealed record CornerMark(Corner Corner, double Gap, string Text, TextStyle Style, double? Box);

internal enum Corner { TopLeft, TopRight, BottomLeft, BottomRight }

/// <summary>A piece of the flow: what the template places on the grid, in order.</summary>
internal abstract record Flow;

/// <summary>A stretch of a line's text in a face of its own (a <c>&lt;span font="楷体"&gt;</c>), or in the line's where null.</summary>
internal sealed record TextRun(string Text, FontRole? Font = null);

/// <param name="Before">blank grid lines above it; <paramref name="After"/> below</param>
internal sealed record TextBlock(TextStyle Style, IReadOnlyList<TextRun> Runs, int Before, int After, bool KeepWithNext) : Flow
{
    /// <summary>What the line is in the document (`role="称呼"`): the style a Word export gives it; the PDF sets it by its style alone.</summary>
    public LineRole Role { get; init; } = LineRole.Plain;

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A title in balanced lines (GB/T 9704 §7.2.2), the document's first-level heading.</summary>
/// <summary>What a template's line is, named as a Chinese office names it (docs/templates.md): a Word export styles it so.</summary>
internal enum LineRole { Plain, Subtitle, Salutation, Addressee, Number, Masthead, Distribution }

internal sealed record TitleBlock(string Text, FontRole Font, double Size) : Flow;

internal sealed record BlankLines(int Lines) : Flow;

/// <summary>What the document gives: its body, the 附件说明 with signature block and 附注, its attachments, 版记, charts.</summary>
/// <param name="Seal">for the closing: the signature block set for a seal (GB/T 9704 §7.3.5.1), without one (§7.3.5.2), or
/// where null at the sealed positions with one blank line (a speech's or briefing's signature, which no seal presses)</param>
/// <param name="EvenPage">for the 版记: on an even page (§7.4: 封四), a blank page added where needed</param>
internal sealed record FromDocument(DocumentPart Part, bool? Seal = null, bool EvenPage = false) : Flow;

internal enum DocumentPart { Body, Closing, Attachments, Imprint, Charts }

/// <param name="Line">where it stands in the markup, for the error when the document has no such chart (and <paramref name="Column"/>)</param>
internal sealed record ChartBlock(string Id, int Line, int Column) : Flow;

/// <summary>Lines pinned to the foot of the last page, between GB/T 9704 §7.4.1's rules where <paramref name="Rules"/>.</summary>
/// <param name="EvenPage">on an even page, a blank page added where needed (GB/T 9704 §7.4, §7.5)</param>
internal sealed record FootBlock(IReadOnlyList<TextBlock> Lines, bool Rules, bool EvenPage = false) : Flow;

/// <summary>Its pieces on one page where they fit on one.</summary>
internal sealed record KeepBlock(IReadOnlyList<Flow> Flow) : Flow;

internal sealed record NewPage : Flow;

/// <summary>A box of grid lines (as many as <paramref name="Height"/> takes, or <paramref name="Lines"/>) with shapes at offsets from its top.</summary>
/// <param name="Heading">tagged as the document's first-level heading (a masthead), else a paragraph</param>
internal sealed record DrawingBlock(double Height, bool Heading, IReadOnlyList<Shape> Shapes, int? Lines = null) : Flow;

/// <summary>A rule across the middle of one grid line; or, with <paramref name="Under"/>, that far under the foot of the line before, taking none.</summary>
internal sealed record RuleLine(RuleShape Rule, double? Under = null) : Flow;

internal abstract record Shape;

/// <param name="Baseline">from the drawing's top</param>
/// <param name="Fit">the widest the line may be: a wider one is narrowed (its glyphs condensed, not its size)</param>
internal sealed record TextShape(double Baseline, IReadOnlyList<TextRun> Runs, TextStyle Style, double? Fit = null) : Shape
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>
/// Lines set as one block, centred: each spread to the longest's width, <paramref name="Beside"/> to their right and
/// centred on them — a joint document's issuers with 文件 (GB/T 9704 §7.2.4) —, the block narrowed to <paramref name="Fit"/>.
/// </summary>
/// <param name="Top">the first line's em top, from the drawing's top</param>
/// <param name="Gap">between one line's em foot and the next's em top</param>
internal sealed record StackShape(double Top, IReadOnlyList<string> Lines, string? Beside, TextStyle Style, double Gap, double? Fit) : Shape;

/// <param name="Width">centred in the type area; the whole width where null</param>
internal sealed record RuleShape(double Y, double? Width, XColor Colour, double Thickness) : Shape;
