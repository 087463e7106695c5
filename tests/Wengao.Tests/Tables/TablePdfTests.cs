using UglyToad.PdfPig;
using Wengao.Tests.Support;

namespace Wengao.Tests.Tables;

/// <summary>
/// The 附件 table in the manuscript PDF, measured: columns in whole characters across the 156 mm type area and the same
/// on every page, rules at every cell edge (thick at the top and bottom), rows on whole grid lines, never split across a
/// page, the two header rows repeated atop every page the table goes on to, text in 仿宋 at 4号 inside its cell.
/// </summary>
public sealed class TablePdfTests(AppendixTable fixture) : IClassFixture<AppendixTable>
{
    private const double Mm = TablePage.Mm;
    private const double Left = 28 * Mm, Right = 184 * Mm;

    /// <summary>The grid of 4号 characters across the type area: 31 characters to 156 mm.</summary>
    private const double Pitch = 156 * Mm / 31;

    /// <summary>The manuscript's line pitch: 22 lines filling 225 mm (GB/T 9704 §5.2.2).</summary>
    private const double LineStep = (225 * Mm - 16) / 21;

    private const double Thick = 0.35 * Mm, Thin = 0.25 * Mm;

    private IReadOnlyList<TablePage> Pages => TablePage.Read(fixture.Pdf);

    [Fact]
    public void The_table_crosses_pages_with_the_same_columns_in_whole_characters_on_each()
    {
        var pages = Pages;
        Assert.True(pages.Count >= 3, $"the table is on {pages.Count} pages");
        foreach (var page in pages)
        {
            Assert.Equal(4, page.ColumnXs.Count);
            Assert.Equal(pages[0].ColumnXs, page.ColumnXs);
        }
        var characters = pages[0].ColumnXs.Select(x => (x - Left) / Pitch).ToList();
        Assert.All(characters, c => Assert.Equal(Math.Round(c), c, 2));
        // 序号 3 characters (its widest cell), 项目名称 6, 责任单位 7, the two long columns 7 and 8: none below 6 but a narrower one, the longest given most
        Assert.Equal([3, 9, 16, 23], characters.Select(c => (int)Math.Round(c)));
    }

    [Fact]
    public void Rules_run_across_the_type_area_at_every_row_edge_thick_at_the_tables_top_and_bottom()
    {
        var pages = Pages;
        foreach (var page in pages)
        {
            var ys = page.Rules.Select(r => Math.Round(r.Y, 1)).Distinct().OrderDescending().ToList();
            // every row edge but the header's inner one runs from side to side of the type area
            foreach (var y in ys.Where((_, i) => i != 1))
            {
                var at = page.Rules.Where(r => Math.Round(r.Y, 1) == y).ToList();
                Assert.Equal(Left, at.Min(r => r.Left), 1);
                Assert.Equal(Right, at.Max(r => r.Right), 1);
            }
            Assert.All(page.Rules.Where(r => Math.Round(r.Y, 1) == ys[0]), r => Assert.Equal(Thick, r.Width, 2));
            // rows on whole grid lines: rule to rule a whole number of line pitches
            Assert.All(ys.Zip(ys.Skip(1), (a, b) => (a - b) / LineStep), d => Assert.Equal(Math.Round(d), d, 2));
            // column rules stand between two row rules, from edge to edge
            Assert.All(page.Columns, c =>
            {
                Assert.Contains(Math.Round(c.Top, 1), ys);
                Assert.Contains(Math.Round(c.Bottom, 1), ys);
                Assert.Equal(Thin, c.Width, 2);
            });
        }
        var last = pages[^1].Rules.OrderBy(r => r.Y).First();
        Assert.Equal(Thick, last.Width, 2);
        Assert.Contains(pages[1].Rules, r => Math.Abs(r.Width - Thin) < 0.01);
    }

    [Fact]
    public void The_header_rows_are_repeated_at_the_top_of_every_page_the_table_goes_on_to()
    {
        const string header = "2024年目标任务及推进情况序号项目名称责任单位年度目标任务截至11月底推进情况";
        var pages = Pages;
        using var document = PdfDocument.Open(fixture.Pdf);
        foreach (var page in pages)
        {
            var lines = page.Lines;
            Assert.Equal(header, string.Concat(lines.Take(3)));
            if (page == pages[0]) continue;
            // and the header is the first thing on the page: its first line on the type area's first grid line
            var first = document.GetPage(page.Number).Letters.Where(l => l.StartBaseLine.Y > PdfText.TypeAreaBottom).Max(l => l.StartBaseLine.Y);
            Assert.Equal(first, page.Letters.Where(l => l.Value == "2").Max(l => l.StartBaseLine.Y), 1);
            Assert.Equal(297 * Mm - 37 * Mm - 16 + 14 * 0.12, first, 0.5);
        }
    }

    [Fact]
    public void No_row_is_split_across_two_pages()
    {
        var pages = Pages;
        var columns = pages.Select(p => Enumerable.Range(0, 5).Select(p.ColumnText).ToArray()).ToList();
        foreach (var row in AppendixTable.BodyRows)
        {
            // the project's name is on one page only; every cell of its row is there too, whole
            var on = columns.Where(c => c[1].Contains(row[1], StringComparison.Ordinal)).ToList();
            Assert.True(on.Count == 1, $"row {row[0]} ({row[1]}) is found on {on.Count} pages");
            for (var c = 0; c < 5; c++)
                Assert.Contains(row[c], on[0][c]);
        }
    }

    [Fact]
    public void Cell_text_stays_inside_its_cell_and_the_type_area()
    {
        foreach (var page in Pages)
            foreach (var letter in page.Letters)
            {
                var box = letter.BoundingBox;
                Assert.True(box.Left >= Left - 0.1 && box.Right <= Right + 0.1, $"{letter.Value} at {box.Left / Mm:0.0} mm");
                Assert.True(box.Top <= 260 * Mm && box.Bottom >= 35 * Mm, $"{letter.Value} at {box.Bottom / Mm:0.0} mm from the foot");
                var (y, x) = ((box.Top + box.Bottom) / 2, TablePage.Centre(letter));
                Assert.DoesNotContain(page.Columns, c => c.Bottom < y && c.Top > y && c.X > box.Left + 0.5 && c.X < box.Right - 0.5);
                Assert.DoesNotContain(page.Rules, r => r.Left < x && r.Right > x && r.Y > box.Bottom + 0.5 && r.Y < box.Top - 0.5);
            }
    }

    [Fact]
    public void Cells_are_set_in_the_body_face_at_4号_the_header_in_黑体()
    {
        var lines = PdfText.Lines(fixture.Pdf);
        var body = lines.First(l => l.Text.StartsWith("今年以来", StringComparison.Ordinal)).Letters[0].FontName; // a paragraph, in 仿宋
        var heading = lines.Single(l => l.Text == "一、总体进展").Letters[2].FontName; // a level-1 heading, in 黑体
        Assert.NotEqual(body, heading);
        var cells = Pages.SelectMany(p => p.Letters).ToList();
        Assert.All(cells.Where(l => "城区第二水厂扩建工程".Contains(l.Value)), l => Assert.Equal(body, l.FontName));
        Assert.All(cells.Where(l => "序号项目名称责任单位".Contains(l.Value) && l.StartBaseLine.Y > 0), l => Assert.True(l.FontName == heading || l.FontName == body));
        Assert.Contains(cells, l => l.Value == "序" && l.FontName == heading);
        Assert.DoesNotContain(cells, l => l.Value == "序" && l.FontName != heading);
    }
}
