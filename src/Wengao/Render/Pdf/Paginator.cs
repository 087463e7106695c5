namespace Wengao.Render.Pdf;

/// <summary>Rows that belong together: a paragraph's lines, a heading, a blank line.</summary>
/// <param name="KeepWithNext">a heading: never the last thing on a page</param>
/// <param name="KeepWhole">start on a new page rather than split, where the group fits on one page</param>
/// <param name="AtFoot">set at the foot of the page (a briefing's distribution lines), on a new page if it does not fit</param>
/// <param name="RepeatAtTop">rows set again at the top of a page the group starts or goes on to (a table's header rows)</param>
/// <param name="NewPage">starts a new page (an attachment, GB/T 9704 §7.3.7: 另面编排)</param>
/// <param name="KeepWithPrevious">where it does not fit, takes the last lines of text before it to the next page (a signature block never stands alone)</param>
/// <param name="EvenPage">set at the foot of an even page (GB/T 9704 §7.4: the 版记 on the 封四), on the next page where this one is odd</param>
internal sealed record RowGroup(IReadOnlyList<Row> Rows, bool KeepWithNext, bool KeepWhole, bool AtFoot = false, IReadOnlyList<Row>? RepeatAtTop = null,
    bool NewPage = false, bool KeepWithPrevious = false, bool EvenPage = false);

/// <summary>
/// Distributes row groups over pages of a fixed number of grid lines. Lines stay on the grid; a page ends early
/// only to keep a heading with what follows it, to keep a group whole, or so that no paragraph leaves its last
/// line alone at the top of a page (a line is moved over with it).
/// </summary>
internal static class Paginator
{
    /// <returns>Pages of grid slots; a null slot is an empty grid line.</returns>
    /// <param name="unnumbered">the pages (from 1) that carry no page number: a blank page added before an even-page foot,
    /// and that foot's page (GB/T 9704 §7.5: 版记页前有空白页的，空白页和版记页均不编排页码)</param>
    public static List<Row?[]> Paginate(IReadOnlyList<RowGroup> groups, int linesPerPage, out HashSet<int> unnumbered)
    {
        unnumbered = [];
        var pages = new List<Row?[]> { new Row?[linesPerPage] };
        var slot = 0;
        void NewPage(RowGroup group)
        {
            pages.Add(new Row?[linesPerPage]);
            slot = 0;
            foreach (var row in group.RepeatAtTop ?? []) pages[^1][slot++] = row;
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var n = group.Rows.Count;
            if (slot > 0 && group.NewPage) NewPage(group);
            else if (slot > 0 && group.KeepWithPrevious && slot + n > linesPerPage && n < linesPerPage) slot = CarryOver(pages, slot, linesPerPage - n);
            else if (slot > 0 && group.KeepWithNext && slot + n + FirstRows(groups, g + 1, linesPerPage - n) > linesPerPage) NewPage(group);
            else if (slot > 0 && group.KeepWhole && n + (group.RepeatAtTop?.Count ?? 0) <= linesPerPage && slot + n > linesPerPage) NewPage(group);
            if (group.AtFoot && n <= linesPerPage)
            {
                if (group.EvenPage && pages.Count % 2 == 1) NewPage(group);
                if (group.EvenPage && pages.Count > 1 && pages[^2].All(s => s is null)) unnumbered.UnionWith([pages.Count - 1, pages.Count]);
                slot = linesPerPage - n;
            }

            var breakBefore = WidowBreak(slot, n, linesPerPage);
            for (var r = 0; r < n; r++)
            {
                if (slot == linesPerPage || r == breakBefore) NewPage(group);
                pages[^1][slot++] = group.Rows[r];
            }
        }
        if (slot == 0 && pages.Count > 1) pages.RemoveAt(pages.Count - 1);
        return pages;
    }

    /// <summary>Lines of text a group kept with what precedes it takes along to the next page.</summary>
    private const int CarriedLines = 2;

    /// <summary>
    /// Moves the page's last <see cref="CarriedLines"/> lines of text (and the blank lines among them, and a heading just
    /// above them) to a new page, leaving the page some; returns the next slot.
    /// </summary>
    /// <param name="room">the slots the carried rows may take on the new page</param>
    private static int CarryOver(List<Row?[]> pages, int slot, int room)
    {
        var page = pages[^1];
        var from = slot;
        for (var texts = 0; from > 1 && texts < CarriedLines && slot - from < room; )
            if (page[--from] is { Items.Count: > 0 }) texts++;
        while (from > 1 && slot - from < room && page[from - 1] is { Tag: not PdfSharp.UniversalAccessibility.PdfBlockLevelElementTag.Paragraph }) from--; // a heading goes with its text
        var carried = page[from..slot];
        Array.Fill(page, null, from, slot - from);
        pages.Add(new Row?[page.Length]);
        carried.CopyTo(pages[^1], 0);
        return carried.Length;
    }

    // How many rows of what follows a heading must stand on its page: the next group's first line (two for a paragraph,
    // so that the widow rule cannot move it away again) — or all of it where it is kept whole and would fit under the
    // heading on a page (a table's header with its first row, a paragraph of the reading copy), which else would go to
    // the next page alone and leave the heading at the foot of this one.
    /// <param name="room">the rows a page holds under the heading</param>
    private static int FirstRows(IReadOnlyList<RowGroup> groups, int next, int room)
    {
        if (next >= groups.Count) return 0;
        var group = groups[next];
        var n = group.Rows.Count;
        return group.KeepWhole && n <= room ? n : Math.Min(n, n > 1 ? 2 : 1);
    }

    /// <summary>The row to start a new page at so the group's last line does not stand alone at a page's top; -1 for none.</summary>
    private static int WidowBreak(int slot, int rows, int linesPerPage)
    {
        if (rows < 2 || slot + rows <= linesPerPage) return -1;
        var onLastPage = (slot + rows) % linesPerPage;
        return onLastPage == 1 ? rows - 2 : -1;
    }
}
