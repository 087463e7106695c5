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
            case RuleLine { Under: { } under } rule:
                content.DrawUnderLast((g, top) => Draw(g, rule.Rule, top + layout.BodySize + under));
                break;
            case RuleLine rule:
                content.Drawing(layout.BodySize, (g, top) => Draw(g, rule.Rule, top + layout.BodySize / 2));
                break;
            case DrawingBlock drawing:
                content.Drawing(drawing.Lines is { } lines ? lines * layout.LineStep : drawing.Height, (g, top) => Draw(g, drawing, top),
                    drawing.Heading ? PdfBlockLevelElementTag.Heading1 : PdfBlockLevelElementTag.Paragraph, drawing.Lines);
                break;
            case FromDocument part:
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
                if (foot.Rules) FootRules.Add(content, rows, layout, foot.EvenPage);
                else if (rows.Count > 0) content.Add(rows, PdfBlockLevelElementTag.Paragraph, atFoot: true, evenPage: foot.EvenPage);
                break;
            case KeepBlock keep:
                content.Keep(() => Set(keep.Flow));
                break;
            case NewPage:
                content.BreakPage();
                break;
        }
    }

    private void Set(FromDocument from)
    {
        switch (from.Part)
        {
            case DocumentPart.Body: content.Body(ManuscriptText.Blocks(source.Body)); break;
            case DocumentPart.Closing: FurnitureRows.Closing(content, setter, layout, source.Furniture, from.Seal); break;
            case DocumentPart.Attachments: FurnitureRows.Attachments(content, setter, layout, source.Furniture, source.Attachments); break;
            case DocumentPart.Imprint: FurnitureRows.Imprint(content, setter, layout, source.Furniture, from.EvenPage); break;
            case DocumentPart.Charts:
                foreach (var (_, chart) in source.Charts) Chart(chart);
                break;
        }
    }

    private void Chart(BarChart chart) =>
        content.Drawing(ChartGeometry.Of(chart, PageGrid.Width, ChartSizes.Print).Height, (g, top) => PdfChart.Draw(g, chart, PageGrid.Left, top, PageGrid.Width,
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
        var rows = setter.Lines([.. text.Runs.Select(r => new StyledRun(r.Text, r.Font ?? style.Font))], style.Size, pitch, style.Align == Align.Right ? 0 : style.Indent * pitch, align);
        var ink = style.Colour == XColors.Black ? null : new XSolidBrush(style.Colour);
        return [.. rows.Select(row => (style.Align == Align.Right ? FurnitureRows.Shift(row, PageGrid.Width - style.Indent * pitch - FurnitureRows.End(row)) : row) with { Ink = ink })];
    }

    private void Draw(IPageCanvas g, DrawingBlock drawing, double top)
    {
        foreach (var shape in drawing.Shapes)
            if (shape is TextShape text) Draw(g, text, top + text.Baseline);
            else if (shape is StackShape stack) Draw(g, stack, top);
            else if (shape is RuleShape rule) Draw(g, rule, top + rule.Y);
    }

    private void Draw(IPageCanvas g, TextShape text, double baseline)
    {
        var style = text.Style;
        var runs = text.Runs.Select(r =>
        {
            var font = fonts.Get(r.Font ?? style.Font, style.Size);
            return (r.Text, Font: font, Width: g.Measure(r.Text, font));
        }).ToList();
        var natural = runs.Sum(r => r.Width);
        var squeeze = text.Fit is { } fit && natural > fit ? fit / natural : 1;
        var width = natural * squeeze;
        var indent = style.Indent * style.Size;
        var x = style.Align switch
        {
            Align.Centre => PageGrid.Left + (PageGrid.Width - width) / 2,
            Align.Right => PageGrid.Left + PageGrid.Width - indent - width,
            _ => PageGrid.Left + indent,
        };
        Condensed(g, x, baseline, squeeze, () =>
        {
            var at = x;
            foreach (var (run, font, runWidth) in runs)
            {
                g.Text(run, font, new XSolidBrush(style.Colour), at, baseline);
                at += runWidth;
            }
        });
    }

    /// <summary>
    /// The stack's lines one under another, each spread over the longest's width, the word beside them centred on the
    /// block at its right one character off, the whole centred in the type area and narrowed where wider than its fit.
    /// </summary>
    private void Draw(IPageCanvas g, StackShape stack, double drawingTop)
    {
        var style = stack.Style;
        var top = drawingTop + stack.Top;
        var font = fonts.Get(style.Font, style.Size);
        var brush = new XSolidBrush(style.Colour);
        var lines = stack.Lines.Max(l => g.Measure(l, font));
        var beside = stack.Beside is { } word ? g.Measure(word, font) : 0;
        var gap = stack.Beside is null ? 0 : style.Size * BesideGap;
        var natural = lines + gap + beside;
        var squeeze = stack.Fit is { } fit && natural > fit ? fit / natural : 1;
        var left = PageGrid.Left + (PageGrid.Width - natural * squeeze) / 2;
        var step = style.Size + stack.Gap;
        Condensed(g, left, top, squeeze, () =>
        {
            for (var i = 0; i < stack.Lines.Count; i++)
                Spread(g, stack.Lines[i], font, brush, left, top + i * step + style.Size * PageGrid.BaselineInEm, lines);
            if (stack.Beside is { } text)
            {
                var middle = top + ((stack.Lines.Count - 1) * step + style.Size) / 2;
                g.Text(text, font, brush, left + lines + gap, middle - style.Size / 2 + style.Size * PageGrid.BaselineInEm);
            }
        });
    }

    /// <summary>The word beside a stack stands this many of its characters off the lines: a joint mark's 文件 as offices set it.</summary>
    private const double BesideGap = 0.5;

    /// <summary>A line whose characters are spaced out to <paramref name="width"/> (分散对齐), as joint issuers' names are set to one length.</summary>
    private static void Spread(IPageCanvas g, string line, XFont font, XBrush brush, double left, double baseline, double width)
    {
        var glyphs = System.Globalization.StringInfo.GetTextElementEnumerator(line);
        var parts = new List<string>();
        while (glyphs.MoveNext()) parts.Add(glyphs.GetTextElement());
        var natural = g.Measure(line, font);
        var extra = parts.Count > 1 ? (width - natural) / (parts.Count - 1) : 0;
        var x = left;
        foreach (var part in parts)
        {
            g.Text(part, font, brush, x, baseline);
            x += g.Measure(part, font) + extra;
        }
    }

    /// <summary>Draws what <paramref name="draw"/> draws narrowed horizontally by <paramref name="squeeze"/> about x = <paramref name="left"/>.</summary>
    private static void Condensed(IPageCanvas g, double left, double y, double squeeze, Action draw)
    {
        if (squeeze >= 1) { draw(); return; }
        g.Save();
        g.ScaleAt(squeeze, 1, new XPoint(left, y));
        draw();
        g.Restore();
    }

    private static void Draw(IPageCanvas g, RuleShape rule, double y)
    {
        var width = rule.Width ?? PageGrid.Width;
        var left = PageGrid.Left + (PageGrid.Width - width) / 2;
        g.Line(new XPen(rule.Colour, rule.Thickness), left, y, left + width, y);
    }
}
