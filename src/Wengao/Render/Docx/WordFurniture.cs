using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Wengao.Extensions.Attachments;
using Wengao.Model;
using Wengao.Render.Charts;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Compose;
using Wengao.Render.Pdf.Layout;
using Wengao.Text;
using static Wengao.Render.Docx.WordUnits;

namespace Wengao.Render.Docx;

/// <summary>
/// The furniture of GB/T 9704 §7.3.4–7.4 in Word, where the PDF places it (<see cref="FurnitureRows"/>, whose measures
/// it shares): the 附件说明, the signature block for a seal or none, the 附注, each attachment on a page of its own, and
/// the 版记 between its rules at the foot of the last page.
/// </summary>
internal sealed class WordFurniture(DocumentSetter setter, PageLayout layout, WordRuns runs, WordFlow flow)
{
    private double Pitch => layout.Pitch;

    public IEnumerable<OpenXmlElement> Closing(Furniture furniture, bool? seal)
    {
        var lines = new List<Paragraph>();
        if (furniture.Attachments.Length > 0)
        {
            lines.Add(WordFlow.Empty());
            lines.AddRange(AttachmentNotes(furniture.Attachments));
        }
        if (furniture.Signs)
        {
            var (blank, signature) = FurnitureRows.SignatureBlock(setter, layout, furniture, seal);
            for (var i = 0; i < blank; i++) lines.Add(WordFlow.Empty());
            lines.AddRange(signature.Select(line => Line(line.Date ? WordStyles.SignedDate : WordStyles.Signature, line.Text, line.Left)));
        }
        if (FurnitureRows.Remark(furniture) is { } remark) lines.Add(Line(WordStyles.Remark, remark, null));
        // Kept with the text's last lines, as the PDF keeps them (the signature block never opens a page alone).
        foreach (var line in lines.SkipLast(1)) (line.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        return lines;
    }

    /// <summary>A line of the furniture <paramref name="left"/> from the type area's left edge (or as its style sets it, where null).</summary>
    private Paragraph Line(string style, string text, double? left)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        if (left is { } at) properties.Indentation = new Indentation { Left = TwipsText(at), FirstLine = "0", FirstLineChars = 0 };
        return WordRuns.Paragraph(properties, runs.Write([new StyledRun(text, FontRole.FangSong)], FontRole.FangSong));
    }

    /// <summary>
    /// §7.3.4: two characters in, "附件：" and the names; several numbered "1." "2.", each name's further lines hanging
    /// under its first character, as the PDF sets them.
    /// </summary>
    private IEnumerable<Paragraph> AttachmentNotes(IReadOnlyList<string> titles)
    {
        var lead = $"{AttachmentBlock.Word}：";
        var leadEnd = FurnitureRows.NoteIndent * Pitch + FurnitureRows.Width(setter, layout, lead);
        for (var i = 0; i < titles.Count; i++)
        {
            var number = titles.Count == 1 ? "" : $"{i + 1}.";
            var hang = leadEnd + (number.Length == 0 ? 0 : FurnitureRows.Width(setter, layout, number));
            var start = i == 0 ? FurnitureRows.NoteIndent * Pitch : leadEnd;
            var properties = new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.AttachmentNote },
                Indentation = new Indentation { Left = TwipsText(hang), Hanging = TwipsText(hang - start), FirstLineChars = 0 },
            };
            yield return WordRuns.Paragraph(properties, runs.Write([new StyledRun((i == 0 ? lead : "") + number + titles[i], FontRole.FangSong)], FontRole.FangSong));
        }
    }

    /// <summary>
    /// §7.3.7: each attachment on a new page, "附件N" in 黑体 on its first line, its title on the third in the title's
    /// style and balanced lines, then its content as the body is written.
    /// </summary>
    public IEnumerable<OpenXmlElement> Attachments(Furniture furniture, IReadOnlyList<Attachment> attachments)
    {
        foreach (var attachment in attachments)
        {
            var title = flow.Title(attachment.Title, FontRole.XiaoBiaoSong, layout.TitleSize, WordStyles.AttachmentTitle);
            if (attachment.Label is { } label) // the document a notice 印发s has none: its title opens its page
            {
                yield return WordRuns.Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.AttachmentLabel }, PageBreakBefore = new PageBreakBefore() },
                    runs.Write([new StyledRun(label, FontRole.HeiTi)], FontRole.HeiTi));
                yield return WordFlow.Empty();
            }
            else title.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
            yield return title;
            yield return WordFlow.Empty();
            foreach (var element in new WordBody(runs, Pitch).Write(ManuscriptText.Text(attachment.Content))) yield return element;
        }
    }

    /// <summary>
    /// §7.4: the 版记 in 4号仿宋 between its rules at the foot of the last page: "抄送：" and the bodies, one character in
    /// from either side, further lines under the first body; the 印发机关 one character in at the left and the 印发日期
    /// with 印发 one character in at the right.
    /// </summary>
    public IEnumerable<OpenXmlElement> Imprint(Furniture furniture)
    {
        if (!furniture.Imprints) return [];
        var size = FurnitureRows.ImprintSize;
        var lines = new List<Paragraph>();
        if (furniture.CopiesTo is { } copies)
        {
            var lead = "抄送：";
            var properties = new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Imprint },
                Indentation = new Indentation { Left = TwipsText(size + lead.Length * size), Hanging = TwipsText(lead.Length * size), Right = TwipsText(size), FirstLineChars = 0 },
            };
            lines.Add(WordRuns.Paragraph(properties, runs.Write([new StyledRun(lead + copies, FontRole.FangSong)], FontRole.FangSong)));
        }
        if (furniture.PrintedBy is not null || furniture.Printed is not null)
        {
            var properties = new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Imprint },
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = Twips(PageGrid.Width - 2 * size) }),
                Indentation = new Indentation { Left = TwipsText(size), Right = TwipsText(size), FirstLineChars = 0 },
            };
            var text = (furniture.PrintedBy ?? "") + (furniture.Printed is { } printed ? "\t" + FurnitureRows.PrintedLine(printed) : "");
            var paragraph = new Paragraph(properties);
            foreach (var (part, i) in text.Split('\t').Select((p, i) => (p, i)))
            {
                if (i > 0) paragraph.Append(new Run(new TabChar()));
                paragraph.Append(runs.Write([new StyledRun(part, FontRole.FangSong)], FontRole.FangSong));
            }
            lines.Add(paragraph);
        }
        return AtFoot(lines, rules: true, flow.NextDrawing(), flow.Line);
    }

    /// <summary>§7.4.1's rules: the first and last 0.35 mm, those between 0.25 mm, as wide as the type area.</summary>
    private const double Thick = 0.35 * PageGrid.Mm, Thin = 0.25 * PageGrid.Mm;

    /// <summary>
    /// Lines pinned to the foot of the type area on the page where they fall (§7.4.1: the 版记's last rule on the type
    /// area's foot): a table, a line a row, between rules where <paramref name="rules"/> (the outer ones thick, those
    /// between thin, the sides open), in a text box anchored to the bottom of the margin box, which text does not flow
    /// beside. Word, WPS and LibreOffice all place such a box; a table's own floating position (w:tblpPr) LibreOffice
    /// ignores.
    /// </summary>
    /// <param name="id">the drawing's id in the document (wp:docPr), unique in it</param>
    /// <param name="line">the height of each line, the grid's</param>
    public static IEnumerable<OpenXmlElement> AtFoot(IReadOnlyList<Paragraph> lines, bool rules, int id, double line)
    {
        if (lines.Count == 0) yield break;
        BorderType Rule<T>(double width) where T : BorderType, new() => rules ? new T { Val = BorderValues.Single, Size = Eighths(width) } : new T { Val = BorderValues.Nil };
        var width = Twips(PageGrid.Width).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var table = new Table(new TableProperties(
                new TableWidth { Width = width, Type = TableWidthUnitValues.Dxa },
                new TableBorders(Rule<TopBorder>(Thick), new LeftBorder { Val = BorderValues.Nil }, Rule<BottomBorder>(Thick), new RightBorder { Val = BorderValues.Nil },
                    Rule<InsideHorizontalBorder>(Thin), new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa }, new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })),
            new TableGrid(new GridColumn { Width = width }));
        foreach (var text in lines)
            table.Append(new TableRow(new TableRowProperties(new CantSplit()), new TableCell(new TableCellProperties(new TableCellWidth { Width = width, Type = TableWidthUnitValues.Dxa }), text)));
        // EMU (ISO/IEC 29500-1 §20.1.2.1): 12,700 to the point.
        var (cx, cy) = ((long)Math.Round(PageGrid.Width * Emu), (long)Math.Round((lines.Count * line + BoxSlack) * Emu));
        var anchor = $"<w:drawing xmlns:w=\"{W}\"><wp:anchor xmlns:wp=\"{Wp}\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"{id}\" behindDoc=\"0\" "
            + "locked=\"0\" layoutInCell=\"1\" allowOverlap=\"0\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"margin\"><wp:align>center</wp:align></wp:positionH>"
            + $"<wp:positionV relativeFrom=\"margin\"><wp:align>bottom</wp:align></wp:positionV><wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            + $"<wp:wrapTopAndBottom/><wp:docPr id=\"{id}\" name=\"foot{id}\"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a=\"{A}\"><a:graphicData uri=\"{Wps}\"><wps:wsp xmlns:wps=\"{Wps}\">"
            + $"<wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>"
            + $"<wps:txbx><w:txbxContent>{table.OuterXml}{new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Plain }, SpacingBetweenLines = WordUnits.Exact(1) }).OuterXml}</w:txbxContent></wps:txbx>"
            + "<wps:bodyPr lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"b\"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>";
        // The box's anchor: a line of one point at the place in the flow where the lines come.
        yield return new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Plain }, SpacingBetweenLines = WordUnits.Exact(1) },
            new Run(new Drawing(anchor)));
    }

    private const double Emu = 12700;

    /// <summary>Room in the box beyond its lines, for the rules' widths, so the last rule is not cut off.</summary>
    private const double BoxSlack = 2;

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", A = "http://schemas.openxmlformats.org/drawingml/2006/main",
        Wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    /// <summary>A chart as Word can hold it without drawing: its title, then a table of each bar's label and figure.</summary>
    public static IEnumerable<OpenXmlElement> Chart(BarChart chart, WordRuns runs)
    {
        yield return WordRuns.Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Plain }, KeepNext = new KeepNext(),
            Justification = new Justification { Val = JustificationValues.Center },
        }, runs.Write([new StyledRun(chart.Title, FontRole.HeiTi)], FontRole.FangSong));
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(new TopBorder { Val = BorderValues.Single, Size = Eighths(Thick) }, new BottomBorder { Val = BorderValues.Single, Size = Eighths(Thick) },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = Eighths(Thin) }, new InsideVerticalBorder { Val = BorderValues.Single, Size = Eighths(Thin) })),
            new TableGrid(new GridColumn { Width = TwipsText(PageGrid.Width / 2) }, new GridColumn { Width = TwipsText(PageGrid.Width / 2) }));
        foreach (var bar in chart.Bars)
            table.Append(new TableRow(Cell(bar.Label, runs, JustificationValues.Left), Cell(bar.Text, runs, JustificationValues.Right)));
        yield return table;
    }

    // In 文本 at the size of 表格文字: a chart is drawn from the outcomes, not the source's text, and `wengao import` reads
    // only a table in 表格文字 as one of the source's.
    private static TableCell Cell(string text, WordRuns runs, JustificationValues align) =>
        new(WordRuns.Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Plain }, Justification = new Justification { Val = align } },
            runs.Write([new StyledRun(text, FontRole.FangSong)], FontRole.FangSong, Pdf.Tables.TableSetter.CellSize)));
}
