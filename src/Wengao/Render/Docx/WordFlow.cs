using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Wengao.Model;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Layout;
using static Wengao.Render.Docx.WordUnits;

namespace Wengao.Render.Docx;

/// <summary>
/// A PDF template's flow (docs/templates.md) written as Word paragraphs in the same order: its lines in the styles
/// their roles name, the title in the PDF's balanced lines, blank grid lines as empty paragraphs, rules as paragraph
/// borders, drawings (a masthead, a 发文机关标志) as paragraphs at their offsets, the document's body and furniture.
/// </summary>
internal sealed class WordFlow(DocumentSetter setter, PageLayout layout, PdfSource source, WordRuns runs)
{
    /// <summary>
    /// Every line of the body is one grid line, on the PDF's pitch (whole twips): 22 lines whose first em box's top is the
    /// type area's top and whose last em box's foot is its foot (GB/T 9704 §5.2.2).
    /// </summary>
    public double Line => Math.Round(layout.LineStep * 20) / 20;

    /// <summary>
    /// How far under its baseline Word and LibreOffice stand a line's text above the foot of an exact line: the CJK
    /// faces' descent with their line gap, 0.31 em, as measured in LibreOffice's rendering of the samples (4.9 pt of 三号).
    /// </summary>
    private const double FaceDescent = 0.31;

    /// <summary>Where a body line's em box starts below the top of its exact line.</summary>
    public double EmTop => Line - ExactHeight(layout.BodySize);

    /// <summary>The height of an exact line whose em box starts at its top: the em above the baseline and the face's descent.</summary>
    public static double ExactHeight(double size) => (PageGrid.BaselineInEm + FaceDescent) * size;

    private readonly List<OpenXmlElement> _elements = [];
    private int _drawings;

    /// <summary>The id of the document's next drawing (wp:docPr ids are unique in a document).</summary>
    public int NextDrawing() => ++_drawings;
    private bool _breakBefore;

    public IReadOnlyList<OpenXmlElement> Write(IEnumerable<Flow> flow)
    {
        foreach (var piece in flow) Write(piece);
        return _elements;
    }

    private void Write(Flow piece)
    {
        switch (piece)
        {
            case TextBlock text:
                Blank(text.Before);
                Add(Text(text, text.KeepWithNext));
                Blank(text.After);
                break;
            case TitleBlock title:
                Add(Title(title.Text, title.Font, title.Size, WordStyles.Title));
                break;
            case BlankLines blank:
                Blank(blank.Lines);
                break;
            case RuleLine { Under: { } under } rule when _elements.LastOrDefault() is Paragraph last:
                // Measured from the line's em foot, which stands the face's descent above the foot of its exact line.
                Ruled(last, rule.Rule, under - (Line - EmTop - layout.BodySize));
                break;
            case RuleLine rule:
                Add(Rule(rule.Rule, Line / 2, Line / 2));
                break;
            case DrawingBlock drawing:
                // As many grid lines as the PDF gives it, its shapes placed from the first line's em top.
                var lines = drawing.Lines ?? Math.Max(1, (int)Math.Ceiling(drawing.Height / layout.LineStep));
                foreach (var element in new WordDrawing(runs, EmTop, setter).Write(drawing, lines * Line)) Add(element);
                break;
            case FromDocument part:
                foreach (var element in Part(part)) Add(element);
                break;
            case ChartBlock { Id: var id }:
                if (source.Charts.FirstOrDefault(c => c.Id == id).Chart is { } chart) foreach (var element in WordFurniture.Chart(chart, runs)) Add(element);
                break;
            case FootBlock foot:
                foreach (var element in WordFurniture.AtFoot([.. foot.Lines.Select(line => Text(line, keepNext: false))], foot.Rules, NextDrawing(), Line)) Add(element);
                break;
            case KeepBlock keep:
                var start = _elements.Count;
                foreach (var inner in keep.Flow) Write(inner);
                foreach (var kept in _elements.Skip(start).SkipLast(1).OfType<Paragraph>()) (kept.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
                break;
            case NewPage:
                _breakBefore = true;
                break;
        }
    }

    private IEnumerable<OpenXmlElement> Part(FromDocument from)
    {
        var furniture = new WordFurniture(setter, layout, runs, this);
        return from.Part switch
        {
            DocumentPart.Body => new WordBody(runs, layout.Pitch).Write(ManuscriptText.Text(source.Body)),
            DocumentPart.Closing => furniture.Closing(source.Furniture, from.Seal),
            DocumentPart.Attachments => furniture.Attachments(source.Furniture, source.Attachments),
            DocumentPart.Imprint => furniture.Imprint(source.Furniture),
            DocumentPart.Charts => source.Charts.SelectMany(c => WordFurniture.Chart(c.Chart, runs)),
            _ => [],
        };
    }

    private void Add(OpenXmlElement element)
    {
        // Two tables that touch are one table to Word and LibreOffice (a 版记 after an attachment's table would join it):
        // a line of one point keeps them apart.
        if (element is Table && _elements.LastOrDefault() is Table)
            _elements.Add(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Plain }, SpacingBetweenLines = WordUnits.Exact(1) }));
        if (_breakBefore && element is Paragraph paragraph)
        {
            (paragraph.ParagraphProperties ??= new ParagraphProperties()).PageBreakBefore = new PageBreakBefore();
            _breakBefore = false;
        }
        _elements.Add(element);
    }

    private void Blank(int lines)
    {
        for (var i = 0; i < lines; i++) Add(Empty());
    }

    /// <summary>An empty grid line.</summary>
    public static Paragraph Empty() => new(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Plain }));

    /// <summary>A template's line: in its role's style, aligned and indented (in characters of its size) as it says, its face, size and ink.</summary>
    public Paragraph Text(TextBlock text, bool keepNext)
    {
        var style = text.Style;
        var styleId = WordStyles.Of(text.Role);
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        if (keepNext) properties.KeepNext = new KeepNext();
        var pitch = style.Size == layout.BodySize ? layout.Pitch : style.Size;
        properties.Indentation = style.Align == Align.Right
            ? new Indentation { Right = TwipsText(style.Indent * pitch), FirstLine = "0", FirstLineChars = 0 }
            : new Indentation { Left = TwipsText(style.Indent * pitch), FirstLine = "0", FirstLineChars = 0 };
        properties.Justification = new Justification { Val = Justification(style.Align) };
        var role = styleId == WordStyles.Subtitle ? FontRole.KaiTi : FontRole.FangSong;
        var colour = style.Colour == PdfSharp.Drawing.XColors.Black ? null : Colour(style.Colour);
        return WordRuns.Paragraph(properties, runs.Write(text.Runs.Select(r => new Pdf.Compose.StyledRun(r.Text, r.Font ?? style.Font)), role,
            style.Size == layout.BodySize ? null : style.Size, colour));
    }

    /// <summary>A title in the lines the PDF breaks it into (GB/T 9704 §7.3.1: 回行时要做到词意完整，排列对称), one paragraph.</summary>
    public Paragraph Title(string title, FontRole font, double size, string styleId)
    {
        var lines = setter.TitleText(title, font, size);
        var run = new Pdf.Compose.StyledRun(string.Join("\n", lines), font);
        return WordRuns.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }),
            runs.Write([run], FontRole.XiaoBiaoSong, size == layout.TitleSize ? null : size));
    }

    public static JustificationValues Justification(Align align) => align switch
    {
        Align.Centre => JustificationValues.Center,
        Align.Right => JustificationValues.Right,
        Align.Justify => JustificationValues.Both,
        _ => JustificationValues.Left,
    };

    /// <summary>A rule as the bottom border of an empty line <paramref name="height"/> high, then <paramref name="after"/> of space.</summary>
    public static Paragraph Rule(RuleShape rule, double height, double after)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Furniture },
            ParagraphBorders = new ParagraphBorders(Border<BottomBorder>(rule, 0)),
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = WordUnits.Exact(Math.Max(1, height), after: after),
        };
        if (rule.Width is { } width)
        {
            var side = TwipsText((PageGrid.Width - width) / 2);
            properties.Indentation = new Indentation { Left = side, Right = side, FirstLine = "0", FirstLineChars = 0 };
        }
        return new Paragraph(properties);
    }

    /// <summary>
    /// A rule as the paragraph's bottom border, <paramref name="space"/> under its text. Its height becomes a least, not an
    /// exact one: LibreOffice draws no border that an exact line leaves no room for.
    /// </summary>
    public static void Ruled(Paragraph paragraph, RuleShape rule, double space)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        properties.ParagraphBorders = new ParagraphBorders(Border<BottomBorder>(rule, space));
        if (properties.SpacingBetweenLines is { } spacing) spacing.LineRule = LineSpacingRuleValues.AtLeast;
    }

    /// <param name="space">from the text to the rule, in points (w:space allows 0–31)</param>
    public static T Border<T>(RuleShape rule, double space) where T : BorderType, new() => new()
    {
        Val = BorderValues.Single, Size = Eighths(rule.Thickness), Color = Colour(rule.Colour), Space = (uint)Math.Clamp(Math.Round(space), 0, 31),
    };
}
