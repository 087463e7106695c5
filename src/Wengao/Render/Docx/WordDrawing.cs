using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Wengao.Model;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Compose;
using Wengao.Render.Pdf.Layout;
using static Wengao.Render.Docx.WordUnits;

namespace Wengao.Render.Docx;

/// <summary>
/// A template's &lt;drawing&gt; (a briefing's masthead, a 公文's 版头) in Word's flow, as offices build them in Word: each
/// line of text a paragraph in 版头 exactly its size high, spaced down to where the PDF draws it; lines on one baseline
/// (the issuer at the left, the date at the right) one paragraph with tab stops; a rule a paragraph's border; joint
/// issuers with 文件 beside them a borderless table; the whole exactly as high as the drawing.
/// </summary>
/// <param name="origin">where the PDF's drawing top (the first grid line's em top) stands below the drawing's first line's top</param>
/// <param name="setter">measures a line's width as the PDF does, for a text narrowed to its fit and a stack's cells</param>
internal sealed class WordDrawing(WordRuns runs, double origin, DocumentSetter setter)
{
    private double _cursor;

    public IEnumerable<OpenXmlElement> Write(DrawingBlock drawing, double height)
    {
        _cursor = 0;
        var items = drawing.Shapes.Select(shape => (Top: origin + Top(shape), Shape: shape)).OrderBy(i => i.Top).ToList();
        var elements = new List<OpenXmlElement>();
        foreach (var group in items.GroupBy(i => Math.Round(i.Top, 1)))
        {
            var shapes = group.Select(g => g.Shape).ToList();
            // A rule close under a line is that line's bottom border (w:space ≤ 31 pt), which every application draws.
            if (shapes[0] is RuleShape rule && elements.LastOrDefault() is Paragraph above && group.Key - _cursor is >= 0 and <= MaxBorderSpace)
                WordFlow.Ruled(above, rule, group.Key - _cursor);
            else if (shapes[0] is RuleShape alone) elements.Add(Rule(alone, group.Key));
            else if (shapes[0] is StackShape stack) elements.AddRange(Stack(stack, group.Key));
            else elements.Add(Texts([.. shapes.OfType<TextShape>()], group.Key));
        }
        if (height - _cursor > 0.5) elements.Add(Spacer(height - _cursor));
        return elements;
    }

    /// <summary>The most space ST_PointMeasure allows between a paragraph's text and its border.</summary>
    private const double MaxBorderSpace = 31;

    private static double Top(Shape shape) => shape switch
    {
        TextShape text => text.Baseline - text.Style.Size * PageGrid.BaselineInEm,
        StackShape stack => stack.Top,
        RuleShape rule => rule.Y,
        _ => 0,
    };

    /// <summary>Texts whose em tops are at <paramref name="top"/>: the first one's alignment, the others at tab stops.</summary>
    private Paragraph Texts(IReadOnlyList<TextShape> texts, double top)
    {
        var size = texts.Max(t => t.Style.Size);
        var properties = Properties(top, size);
        var first = texts[0];
        var indent = first.Style.Indent * first.Style.Size;
        if (texts.Count == 1)
        {
            properties.Justification = new Justification { Val = WordFlow.Justification(first.Style.Align) };
            properties.Indentation = first.Style.Align == Align.Right ? new Indentation { Right = TwipsText(indent), FirstLine = "0", FirstLineChars = 0 }
                : new Indentation { Left = TwipsText(first.Style.Align == Align.Centre ? 0 : indent), FirstLine = "0", FirstLineChars = 0 };
        }
        else
        {
            var ordered = texts.OrderBy(t => t.Style.Align switch { Align.Right => 2, Align.Centre => 1, _ => 0 }).ToList();
            properties.Tabs = new Tabs([.. ordered.Skip(1).Select(t => new TabStop
            {
                Val = t.Style.Align == Align.Right ? TabStopValues.Right : t.Style.Align == Align.Centre ? TabStopValues.Center : TabStopValues.Left,
                Position = Twips(t.Style.Align == Align.Right ? PageGrid.Width - t.Style.Indent * t.Style.Size
                    : t.Style.Align == Align.Centre ? PageGrid.Width / 2 : t.Style.Indent * t.Style.Size),
            })]);
            properties.Justification = new Justification { Val = JustificationValues.Left };
            properties.Indentation = new Indentation { Left = TwipsText(ordered[0].Style.Indent * ordered[0].Style.Size), FirstLine = "0", FirstLineChars = 0 };
            texts = ordered;
        }
        var paragraph = new Paragraph(properties);
        for (var i = 0; i < texts.Count; i++)
        {
            if (i > 0) paragraph.Append(new Run(new TabChar()));
            var style = texts[i].Style;
            var scale = Scale(texts[i]);
            paragraph.Append(runs.Write(texts[i].Runs.Select(r => new StyledRun(r.Text, r.Font ?? style.Font)), FontRole.FangSong, style.Size,
                style.Colour == PdfSharp.Drawing.XColors.Black ? null : Colour(style.Colour), scale));
        }
        _cursor = top + WordFlow.ExactHeight(size);
        return paragraph;
    }

    /// <summary>The percentage a text is narrowed to where it is wider than its fit, as the PDF narrows it.</summary>
    private int? Scale(TextShape text) =>
        text.Fit is { } fit && text.Runs.Sum(r => setter.Measure(r.Text, r.Font ?? text.Style.Font, text.Style.Size)) is var width && width > fit
            ? (int)Math.Floor(fit / width * 100) : null;

    /// <summary>Space down to <paramref name="top"/>, then an exact line whose em box of <paramref name="size"/> starts at its top.</summary>
    private ParagraphProperties Properties(double top, double size) => new()
    {
        ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Furniture },
        SnapToGrid = new SnapToGrid { Val = false },
        SpacingBetweenLines = WordUnits.Exact(WordFlow.ExactHeight(size), before: Math.Max(0, top - _cursor)),
    };

    private Paragraph Rule(RuleShape rule, double y)
    {
        var paragraph = WordFlow.Rule(rule, Math.Max(1, y - _cursor), 0);
        _cursor = Math.Max(_cursor + 1, y);
        return paragraph;
    }

    // An empty line, in 文本 as every empty line is: not 版头, or LibreOffice would join it to a ruled line above it of
    // that style and draw their group's (missing) bottom border instead of the rule.
    private Paragraph Spacer(double height) => new(new ParagraphProperties
    {
        ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Plain },
        SnapToGrid = new SnapToGrid { Val = false },
        SpacingBetweenLines = WordUnits.Exact(height),
    });

    /// <summary>Room a stack's cell leaves beyond its lines' width in ems: Latin letters' widths differ from face to face.</summary>
    private const double StackSlack = 0.5;

    /// <summary>
    /// A stack of lines (GB/T 9704 §7.2.4's joint issuers): one line a centred paragraph; several, each spread to one
    /// width (分散对齐) in a table's left cell with the word beside them centred on them in its right cell.
    /// </summary>
    private IEnumerable<OpenXmlElement> Stack(StackShape stack, double top)
    {
        var style = stack.Style;
        var colour = Colour(style.Colour);
        var linesWidth = stack.Lines.Max(line => setter.Measure(line, style.Font, style.Size)) + StackSlack * style.Size;
        var gap = stack.Beside is null ? 0 : style.Size * 0.5;
        var beside = stack.Beside is { } word ? setter.Measure(word, style.Font, style.Size) : 0;
        var natural = linesWidth + gap + beside;
        var squeeze = stack.Fit is { } fit && natural > fit ? fit / natural : 1;
        int? scale = squeeze < 1 ? (int)Math.Floor(squeeze * 100) : null;
        var height = stack.Lines.Count * style.Size + (stack.Lines.Count - 1) * stack.Gap;
        IEnumerable<OpenXmlElement> Line(string text) => runs.Write([new StyledRun(text, style.Font)], FontRole.FangSong, style.Size, colour, scale);
        if (stack.Lines.Count == 1 && stack.Beside is null)
        {
            var properties = Properties(top, style.Size);
            properties.Justification = new Justification { Val = JustificationValues.Center };
            properties.Indentation = new Indentation { FirstLine = "0", FirstLineChars = 0 };
            _cursor = top + WordFlow.ExactHeight(style.Size);
            yield return WordRuns.Paragraph(properties, Line(stack.Lines[0]));
            yield break;
        }
        yield return Spacer(Math.Max(1, top - _cursor));
        _cursor = top + height;
        var left = Twips(linesWidth * squeeze);
        var right = Twips((gap + beside) * squeeze) + 1;
        Paragraph Cell(string text, JustificationValues align, double after) => WordRuns.Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Furniture },
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = WordUnits.Exact(style.Size, after: after),
            Indentation = new Indentation { FirstLine = "0", FirstLineChars = 0, Left = align == JustificationValues.Left ? TwipsText(gap * squeeze) : "0" },
            Justification = new Justification { Val = align },
        }, Line(text));
        var none = new TableBorders(new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil },
            new RightBorder { Val = BorderValues.Nil }, new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil });
        var margins = new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa });
        string Text(int twips) => twips.ToString(CultureInfo.InvariantCulture);
        var linesCell = new TableCell(stack.Lines.Select((line, i) => Cell(line, JustificationValues.Distribute, i < stack.Lines.Count - 1 ? stack.Gap : 0))
            .Prepend<OpenXmlElement>(new TableCellProperties(new TableCellWidth { Width = Text(left), Type = TableWidthUnitValues.Dxa })));
        var row = new TableRow(new TableRowProperties(new TableRowHeight { Val = (uint)Twips(height), HeightType = HeightRuleValues.Exact }), linesCell);
        if (stack.Beside is { } besideWord)
            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = Text(right), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }), Cell(besideWord, JustificationValues.Left, 0)));
        yield return new Table(new TableProperties(new TableJustification { Val = TableRowAlignmentValues.Center }, none,
                new TableLayout { Type = TableLayoutValues.Fixed }, margins),
            new TableGrid(stack.Beside is null ? [new GridColumn { Width = Text(left) }] : [new GridColumn { Width = Text(left) }, new GridColumn { Width = Text(right) }]), row);
    }
}
