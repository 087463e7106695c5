using System.Xml.Linq;
using Wengao.Parse;
using Wengao.Tests.Support;
using Wengao.Model;

namespace Wengao.Tests.Tables;

/// <summary>The site's table: one `table` in a box that scrolls sideways, both header rows in `thead`, the cells' text exact.</summary>
public sealed class TableSiteTests(AppendixTable fixture) : IClassFixture<AppendixTable>
{
    private XElement Box => Html.Load(fixture.Page).All("div").Single(d => (string?)d.Attribute("class") == "table-scroll");

    [Fact]
    public void The_table_stands_in_a_box_of_its_own_that_scrolls_sideways()
    {
        var box = Box;
        Assert.Equal("table", box.Elements().Single().Name.LocalName);
        Assert.Equal("0", (string?)box.Attribute("tabindex")); // a keyboard can scroll it too
        var css = File.ReadAllText(Path.Combine(Repo.Templates, "html", "static", "style.css"));
        var rule = css[css.IndexOf(".table-scroll {", StringComparison.Ordinal)..];
        Assert.Contains("overflow-x: auto", rule[..rule.IndexOf('}')]);
    }

    [Fact]
    public void Both_header_rows_are_in_thead_their_merged_cells_spanning()
    {
        var head = Box.Descendants("thead").Single().Elements("tr").ToList();
        Assert.Equal(2, head.Count);
        Assert.Equal(["序号", "项目名称", "责任单位", "2024年目标任务及推进情况"], head[0].Elements("th").Select(th => th.Text()));
        Assert.Equal(["2", "2", "2", null], head[0].Elements("th").Select(th => (string?)th.Attribute("rowspan")));
        Assert.Equal("2", (string?)head[0].Elements("th").Last().Attribute("colspan"));
        Assert.Equal(["年度目标任务", "截至11月底推进情况"], head[1].Elements("th").Select(th => th.Text()));
    }

    [Fact]
    public void Every_body_cell_holds_its_text_exactly()
    {
        var rows = Box.Descendants("tbody").Single().Elements("tr").ToList();
        Assert.Equal(32, rows.Count);
        Assert.Equal(["1", "城区第二水厂扩建工程", "县水务局", "新增日供水能力3万吨，年底前完成主体工程并通水试运行",
            "主体工程完成92%，清水池、加药间已封顶，管网铺设8.6公里，12月中旬通水试运行"], rows[0].Elements("td").Select(td => td.Text()));
        Assert.Equal(["32", "政务服务“一网通办”", "县政务服务和数据管理局", "依申请政务服务事项网上可办率达到95%，推出“高效办成一件事”12项",
            "网上可办率达到94.2%，已推出“一件事”10项，其余2项完成流程再造"], rows[31].Elements("td").Select(td => td.Text()));
        foreach (var (row, expected) in rows.Zip(AppendixTable.BodyRows))
            Assert.Equal(expected, row.Elements("td").Select(td => td.Text()));
    }

    [Fact]
    public void A_table_with_one_header_row_has_one_and_a_delimiter_row_further_down_stays_a_row()
    {
        var html = XDocument.Parse("<div>" + Render("| 单位 | 人数 |\n|---|---|\n| 县教育局 | 12 |\n| 县卫生健康局 | 9 |\n|---|---|\n") + "</div>");
        Assert.Single(html.Descendants("thead").Single().Elements("tr"));
        Assert.Equal(3, html.Descendants("tbody").Single().Elements("tr").Count());
    }

    [Fact]
    public void An_ordered_list_keeps_its_start_number_and_nests()
    {
        var html = XDocument.Parse("<div>" + Render("3. 第三项工作\n4. 第四项工作\n   1. 具体措施\n") + "</div>");
        var list = html.Root!.Element("ol")!;
        Assert.Equal("3", (string?)list.Attribute("start"));
        Assert.Equal(2, list.Elements("li").Count());
        Assert.Equal("具体措施", list.Elements("li").Last().Element("ol")!.Element("li")!.Value);
    }

    private static string Render(string markdown) =>
        SpeechMarkdown.ToHtml(SpeechMarkdown.Parse(markdown, new Wengao.Model.SourceSpan("test.md", 1, 1)));
}
