using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Wengao.Render.Pdf;

/// <summary>
/// Lines set at the foot of a document's last page between rules, as a briefing's 报尾 and a 公文's 版记 are
/// (GB/T 9704 §7.4.1): the first and last rules thick (0.35 mm), those between thin (0.25 mm), each rule midway between
/// grid lines and across the type area; the last one on the type area's foot where the lines end the page (§7.4.1: 末条分隔线
/// 与公文最后一页的版心下边缘重合), each line's text raised to the middle between its rules.
/// </summary>
internal static class FootRules
{
    private const double Thick = 0.35 * PageGrid.Mm;
    private const double Thin = 0.25 * PageGrid.Mm;

    public static void Add(PageContent content, List<Row> rows, PageLayout layout, bool evenPage = false)
    {
        if (rows.Count == 0) return;
        // Each line owns the space from the foot of the grid line above to the foot of its own; its rules bound that space.
        var gap = layout.LineStep - layout.BodySize;
        for (var i = 0; i < rows.Count; i++)
        {
            var (first, last) = (i == 0, i == rows.Count - 1);
            rows[i] = rows[i] with
            {
                Raise = gap / 2,
                Drawing = (g, top) =>
                {
                    Rule(g, top - gap, first ? Thick : Thin);
                    if (last) Rule(g, top + layout.BodySize, Thick);
                },
            };
        }
        content.Add(rows, PdfBlockLevelElementTag.Paragraph, atFoot: true, evenPage: evenPage);
    }

    private static void Rule(IPageCanvas g, double y, double width) =>
        g.Line(new XPen(XColors.Black, width), PageGrid.Left, y, PageGrid.Left + PageGrid.Width, y);
}
