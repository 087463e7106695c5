using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Wengao.Render.Pdf;

/// <summary>
/// Lines set at the foot of a document's last page between rules, as a briefing's 报尾 and a 公文's 版记 are
/// (GB/T 9704 §7.4.1): the first and last rules thick (0.35 mm), those between thin (0.25 mm), each rule midway between
/// grid lines and across the type area.
/// </summary>
internal static class FootRules
{
    private const double Thick = 0.35 * PageGrid.Mm;
    private const double Thin = 0.25 * PageGrid.Mm;

    public static void Add(PageContent content, List<Row> rows, PageLayout layout, bool evenPage = false)
    {
        if (rows.Count == 0) return;
        var gap = (layout.LineStep - layout.BodySize) / 2; // rules sit midway between grid lines
        for (var i = 0; i < rows.Count; i++)
        {
            var (first, last) = (i == 0, i == rows.Count - 1);
            rows[i] = rows[i] with
            {
                Drawing = (g, top) =>
                {
                    Rule(g, top - gap, first ? Thick : Thin);
                    if (last) Rule(g, top + layout.BodySize + gap, Thick);
                },
            };
        }
        content.Add(rows, PdfBlockLevelElementTag.Paragraph, atFoot: true, evenPage: evenPage);
    }

    private static void Rule(XGraphics g, double y, double width) =>
        g.DrawLine(new XPen(XColors.Black, width), PageGrid.Left, y, PageGrid.Left + PageGrid.Width, y);
}
