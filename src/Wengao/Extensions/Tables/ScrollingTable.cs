using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Wengao.Extensions.Tables;

/// <summary>
/// A table in a box of its own (`div.table-scroll`, scrolled sideways by the stylesheet): a 5-column 附件 table is wider
/// than a phone, and only the box may scroll, never the page. The table itself is Markdig's, `thead` holding every header row.
/// </summary>
internal sealed class ScrollingTable : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _table = new();

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        // The box is focusable so a keyboard can scroll it; its label says what it holds.
        renderer.EnsureLine().Write("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"表格\">").WriteLine();
        _table.Write(renderer, table);
        renderer.EnsureLine().WriteLine("</div>");
    }
}
