using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Charts;
using Wengao.Render.Pdf.Compose;
using Wengao.Text;

namespace Wengao.Render.Pdf;

/// <summary>
/// A work briefing (工作简报): the masthead (报头) — the series' name in large red 小标宋, "第N期", the issuer at the
/// left and the date at the right, a red rule across the type area —, the item's headline in 小标宋, the body on the
/// manuscript's grid, its charts, and at the foot of the last page the distribution lines (报尾) between rules.
/// </summary>
public static class BriefingPdf
{
    private const double Mm = PageGrid.Mm;
    private const double NameSize = 36;      // 小初
    private const double MastheadHeight = 53 * Mm;
    private static readonly XColor Red = XColor.FromArgb(0xE6, 0x00, 0x12); // at least Y80% M80% (GB/T 9704 §7.1)

    private static readonly Dictionary<string, string> Verbs = new() { ["bao"] = "报", ["song"] = "送", ["fa"] = "发" };

    public static PdfFile Render(DocumentSetter setter, ParsedDocument parsed) =>
        setter.Guarded(parsed.Document.SourcePath, () => Set(setter, parsed));

    private static PdfFile Set(DocumentSetter setter, ParsedDocument parsed)
    {
        var briefing = parsed.Document;
        var layout = PageLayout.Manuscript;
        var content = new PageContent(setter, layout);
        var fonts = new FontCache(setter.Fonts);
        content.Drawing(MastheadHeight, (g, top) => DrawMasthead(g, top, briefing, fonts), PdfBlockLevelElementTag.Heading1);
        content.Title(briefing.Title, layout.TitleSize);
        FurnitureRows.Number(content, briefing.Furniture);
        content.Blank();
        content.Body(ManuscriptText.Blocks(parsed.Body));
        foreach (var chart in (briefing.Fields.GetValueOrDefault("charts")?.Ids ?? []).Select(id => ChartData.Of(parsed, id)).OfType<BarChart>())
        {
            var height = ChartGeometry.Of(chart, PageGrid.Width).Height;
            content.Drawing(height, (g, top) => PdfChart.Draw(g, chart, PageGrid.Left, top, PageGrid.Width,
                (size, bold) => fonts.Get(bold ? FontRole.HeiTi : FontRole.SongTi, size)));
        }
        FurnitureRows.After(content, setter, layout, briefing.Furniture, parsed.Attachments); // before the 报尾, which ends the last page
        Foot(content, setter, briefing, layout);
        return setter.Set(content.Groups, layout, fonts, document => PdfMetadata.Describe(document,
            $"{briefing.Text("name")}第{briefing.Integer("issue")}期：{briefing.Title}", briefing.Text("issuer") ?? "", briefing.Text("name"), [], briefing.Date), briefing.Draft);
    }

    private static void DrawMasthead(XGraphics g, double top, Document briefing, FontCache fonts)
    {
        var red = new XSolidBrush(Red);
        Centre(g, briefing.Text("name") ?? "", fonts.Get(FontRole.XiaoBiaoSong, NameSize), red, top + 20 * Mm);
        var body = fonts.Get(FontRole.FangSong, PageLayout.Manuscript.BodySize);
        Centre(g, $"第{briefing.Integer("issue")?.ToString(CultureInfo.InvariantCulture)}期", body, XBrushes.Black, top + 32 * Mm);
        var date = ChineseText.Date(briefing.Date);
        g.DrawString(briefing.Text("issuer") ?? "", body, XBrushes.Black, PageGrid.Left + body.Size, top + 45 * Mm, XStringFormats.Default);
        g.DrawString(date, body, XBrushes.Black, PageGrid.Left + PageGrid.Width - body.Size - g.MeasureString(date, body).Width,
            top + 45 * Mm, XStringFormats.Default);
        g.DrawLine(new XPen(Red, 1.5), PageGrid.Left, top + 49 * Mm, PageGrid.Left + PageGrid.Width, top + 49 * Mm);
    }

    /// <summary>报：… 送：… 发：… between rules, the first and last thick, and the copies printed at the right.</summary>
    private static void Foot(PageContent content, DocumentSetter setter, Document briefing, PageLayout layout)
    {
        var rows = new List<Row>();
        foreach (var (verb, to) in (briefing.Fields.GetValueOrDefault("distribution")?.Lists ?? []).Select(l => (Verbs[l.Key], l.Items)))
            rows.AddRange(setter.Lines([new StyledRun($"{verb}：{string.Join("，", to)}。", FontRole.FangSong)], layout.BodySize, layout.Pitch, 0, LineAlign.Left));
        if (briefing.Integer("copies") is { } copies)
            rows.AddRange(setter.Lines([new StyledRun($"（共印{copies.ToString(CultureInfo.InvariantCulture)}份）", FontRole.FangSong)], layout.BodySize, layout.Pitch, 0, LineAlign.Left)
                .Select(r => r with { Items = [.. r.Items.Select(i => i with { X = i.X + PageGrid.Width - r.Items[^1].X - r.Items[^1].Width })] }));
        FootRules.Add(content, rows, layout);
    }

    private static void Centre(XGraphics g, string text, XFont font, XBrush brush, double baseline) =>
        g.DrawString(text, font, brush, PageGrid.Left + (PageGrid.Width - g.MeasureString(text, font).Width) / 2, baseline, XStringFormats.Default);
}
