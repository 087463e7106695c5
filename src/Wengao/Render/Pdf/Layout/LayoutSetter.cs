using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using Wengao.Model;
using Wengao.Render.Charts;
using Wengao.Render.Pdf.Compose;

namespace Wengao.Render.Pdf.Layout;

/// <summary>Sets a template's flow on its grid: each piece as row groups of the document's <see cref="PageContent"/>.</summary>
internal sealed class LayoutSetter(DocumentSetter setter, PageContent content, PageLayout layout, FontCache fonts, PdfSource source)
{
    public void Set(IEnumerable<Flow> flow)
    {
        foreach (var piece in flow) Set(piece);
    }

    private void Set(Flow piece)
    {
        switch (piece)
        {
            case TextBlock text:
                if (text.Before > 0) content.Blank(text.Before);
                content.Add(Rows(text), PdfBlockLevelElementTag.Paragraph, text.KeepWithNext);
                if (text.After > 0) content.Blank(text.After);
                break;
            case TitleBlock title:
                content.Title(title.Text, title.Size, title.Font);
                break;
            case BlankLines blank:
                content.Blank(blank.Lines);
                break;
            case RuleLine rule:
                content.Drawing(layout.BodySize, (g, top) => Draw(g, rule.Rule, top + layout.BodySize / 2));
                break;
            case DrawingBlock drawing:
                content.Drawing(drawing.Height, (g, top) => Draw(g, drawing, top),
                    drawing.Heading ? PdfBlockLevelElementTag.Heading1 : PdfBlockLevelElementTag.Paragraph);
                break;
            case FromDocument { Part: var part }:
                Set(part);
                break;
            case ChartBlock { Id: var id } block:
                Chart(source.Charts.FirstOrDefault(c => c.Id == id).Chart ?? throw new MarkupException($"the document shows no chart `{id}`",
                    source.Charts.Count == 0 ? "the document names no charts in its front matter (charts:)" : $"its charts are {string.Join(", ", source.Charts.Select(c => c.Id))}")
                    .At(block.Line, block.Column, $"id=\"{id}\""));
                break;
            case FootBlock foot:
                var rows = foot.Lines.SelectMany(line => Enumerable.Repeat(new Row([], layout.BodySize, []), line.Before)
                    .Concat(Rows(line)).Concat(Enumerable.Repeat(new Row([], layout.BodySize, []), line.After))).ToList();
                if (foot.Rules) FootRules.Add(content, rows, layout);
                else if (rows.Count > 0) content.Add(rows, PdfBlockLevelElementTag.Paragraph, atFoot: true);
                break;
            case KeepBlock keep:
                content.Keep(() => Set(keep.Flow));
                break;
            case NewPage:
                content.BreakPage();
                break;
        }
    }

    private void Set(DocumentPart part)
    {
        switch (part)
        {
            case DocumentPart.Body: content.Body(ManuscriptText.Blocks(source.Body)); break;
            case DocumentPart.Closing: FurnitureRows.Closing(content, setter, layout, source.Furniture); break;
            case DocumentPart.Attachments: FurnitureRows.Attachments(content, setter, layout, source.Furniture, source.Attachments); break;
            case DocumentPart.Imprint: FurnitureRows.Imprint(content, setter, layout, source.Furniture); break;
            case DocumentPart.Charts:
                foreach (var (_, chart) in source.Charts) Chart(chart);
                break;
        }
    }

    private void Chart(BarChart chart) =>
        content.Drawing(ChartGeometry.Of(chart, PageGrid.Width).Height, (g, top) => PdfChart.Draw(g, chart, PageGrid.Left, top, PageGrid.Width,
            (size, bold) => fonts.Get(bold ? FontRole.HeiTi : FontRole.SongTi, size)));

    /// <summary>
    /// A line's text composed on the grid: at the body's size on the layout's pitch (the 28 characters of the line), at
    /// another size on a pitch of its own; flush right moved over whole, its indent kept at the right.
    /// </summary>
    private List<Row> Rows(TextBlock text)
    {
        var style = text.Style;
        var pitch = style.Size == layout.BodySize ? layout.Pitch : style.Size;
        var align = style.Align switch { Align.Centre => LineAlign.Center, Align.Justify => LineAlign.Justify, _ => LineAlign.Left };
        var rows = setter.Lines([new StyledRun(text.Text, style.Font)], style.Size, pitch, style.Align == Align.Right ? 0 : style.Indent * pitch, align);
        var ink = style.Colour == XColors.Black ? null : new XSolidBrush(style.Colour);
        return [.. rows.Select(row => (style.Align == Align.Right ? FurnitureRows.Shift(row, PageGrid.Width - style.Indent * pitch - FurnitureRows.End(row)) : row) with { Ink = ink })];
    }

    private void Draw(XGraphics g, DrawingBlock drawing, double top)
    {
        foreach (var shape in drawing.Shapes)
            if (shape is TextShape text) Draw(g, text, top + text.Baseline);
            else if (shape is RuleShape rule) Draw(g, rule, top + rule.Y);
    }

    private void Draw(XGraphics g, TextShape text, double baseline)
    {
        var style = text.Style;
        var font = fonts.Get(style.Font, style.Size);
        var width = g.MeasureString(text.Text, font).Width;
        var indent = style.Indent * style.Size;
        var x = style.Align switch
        {
            Align.Centre => PageGrid.Left + (PageGrid.Width - width) / 2,
            Align.Right => PageGrid.Left + PageGrid.Width - indent - width,
            _ => PageGrid.Left + indent,
        };
        g.DrawString(text.Text, font, new XSolidBrush(style.Colour), x, baseline, XStringFormats.Default);
    }

    private static void Draw(XGraphics g, RuleShape rule, double y)
    {
        var width = rule.Width ?? PageGrid.Width;
        var left = PageGrid.Left + (PageGrid.Width - width) / 2;
        g.DrawLine(new XPen(rule.Colour, rule.Thickness), left, y, left + width, y);
    }
}
