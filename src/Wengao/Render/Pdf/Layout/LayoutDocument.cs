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

/// <param name="Before">blank grid lines above it; <paramref name="After"/> below</param>
internal sealed record TextBlock(TextStyle Style, string Text, int Before, int After, bool KeepWithNext) : Flow;

/// <summary>A title in balanced lines (GB/T 9704 §7.2.2), the document's first-level heading.</summary>
internal sealed record TitleBlock(string Text, FontRole Font, double Size) : Flow;

internal sealed record BlankLines(int Lines) : Flow;

/// <summary>What the document gives: its body, the 附件说明 with signature block and 附注, its attachments, 版记, charts.</summary>
internal sealed record FromDocument(DocumentPart Part) : Flow;

internal enum DocumentPart { Body, Closing, Attachments, Imprint, Charts }

/// <param name="Line">where it stands in the markup, for the error when the document has no such chart (and <paramref name="Column"/>)</param>
internal sealed record ChartBlock(string Id, int Line, int Column) : Flow;

/// <summary>Lines pinned to the foot of the last page, between GB/T 9704 §7.4.1's rules where <paramref name="Rules"/>.</summary>
internal sealed record FootBlock(IReadOnlyList<TextBlock> Lines, bool Rules) : Flow;

/// <summary>Its pieces on one page where they fit on one.</summary>
internal sealed record KeepBlock(IReadOnlyList<Flow> Flow) : Flow;

internal sealed record NewPage : Flow;

/// <summary>A box of grid lines (as many as <paramref name="Height"/> takes) with shapes at offsets from its top.</summary>
/// <param name="Heading">tagged as the document's first-level heading (a masthead), else a paragraph</param>
internal sealed record DrawingBlock(double Height, bool Heading, IReadOnlyList<Shape> Shapes) : Flow;

/// <summary>A rule across the middle of one grid line.</summary>
internal sealed record RuleLine(RuleShape Rule) : Flow;

internal abstract record Shape;

/// <param name="Baseline">from the drawing's top</param>
internal sealed record TextShape(double Baseline, string Text, TextStyle Style) : Shape;

/// <param name="Width">centred in the type area; the whole width where null</param>
internal sealed record RuleShape(double Y, double? Width, XColor Colour, double Thickness) : Shape;
