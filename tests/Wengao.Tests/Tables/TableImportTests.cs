using System.Xml.Linq;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Tables;

/// <summary>
/// `wengao import` of drafts with a table: TAB-separated rows (a copy from a spreadsheet, the 附件 of
/// tests/fixtures/documents/appendix-table.txt, its two-row header with empty merged cells) and rows split by runs of
/// spaces (a web page's copy, contacts-spaced.txt, a `|` in one cell) each become one table, every character kept.
/// </summary>
public sealed class TableImportTests : IDisposable
{
    private readonly TempDir _dir = new();

    private (string Stdout, XElement Article) ImportAndBuild(string draft)
    {
        var content = EmptyContent(_dir);
        var (exit, stdout, stderr) = RunCli("import", Path.Combine(Repo.Fixtures, "documents", draft), "--content", content, "--slug", "imported", "--date", "2024-12-02");
        Assert.True(exit == 0, stderr);
        BuildPage(content, _dir["output"]);
        return (stdout, Html.Load(_dir["output/internal/site/speeches/imported.html"]).All("article").Single());
    }

    [Fact]
    public void Tab_separated_rows_become_one_table_with_a_two_row_header_every_cell_kept()
    {
        var (stdout, article) = ImportAndBuild("appendix-table.txt");

        Assert.Contains("  tables: 1, ordered lists: 0", stdout);
        var table = article.Descendants("table").Single();
        var head = table.Element("thead")!.Elements("tr").ToList();
        Assert.Equal(["序号", "项目名称", "责任单位", "2024年目标任务及推进情况"], head[0].Elements("th").Select(th => th.Text()));
        Assert.Equal(["年度目标任务", "截至11月底推进情况"], head[1].Elements("th").Select(th => th.Text()));
        var rows = table.Element("tbody")!.Elements("tr").Select(tr => string.Join("\t", tr.Elements("td").Select(td => td.Text()))).ToList();
        var lines = File.ReadAllLines(Path.Combine(Repo.Fixtures, "documents", "appendix-table.txt"));
        // the draft's lines 13–44 are the table's body rows, cell for cell
        Assert.Equal(lines[12..44], rows);
        Assert.Equal("1\t城区第二水厂扩建工程\t县水务局\t新增日供水能力3万吨，年底前完成主体工程并通水试运行\t主体工程完成92%，清水池、加药间已封顶，管网铺设8.6公里，12月中旬通水试运行", rows[0]);
        // and every other line of the text is on the page, but the 发文字号 the import reports
        var text = article.Text();
        foreach (var line in lines[..10].Where((_, i) => i != 2).Concat(lines[44..]))
            Assert.True(text.Contains(line, StringComparison.Ordinal), line);
        Assert.Contains("number:      x政办发〔2024〕58号  (line 3)", stdout); // read into `number:` (docs/furniture.md)
    }

    [Fact]
    public void Rows_split_by_runs_of_spaces_become_a_table_and_a_bar_in_a_cell_is_text()
    {
        var (stdout, article) = ImportAndBuild("contacts-spaced.txt");

        Assert.Contains("  tables: 1, ordered lists: 0", stdout);
        var table = article.Descendants("table").Single();
        Assert.Equal(["单位名称", "联络员", "职务", "联系电话"], table.Element("thead")!.Descendants("th").Select(th => th.Text()));
        var rows = table.Element("tbody")!.Elements("tr").Select(tr => tr.Elements("td").Select(td => td.Text()).ToArray()).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(["县交通运输局|县公路养护中心", "王某", "安全监督股股长", "0771-5634567"], rows[2]);
        Assert.Equal(["县教育局", "刘某", "安全稳定股负责人", "0771-5656789"], rows[4]);
        var text = article.Text();
        Assert.Contains("联络员要认真履行职责，及时报送本单位安全生产工作信息，按要求参加县安委会办公室组织的工作会议和业务培训。", text);
        Assert.Contains("县安委会办公室联系人：陈某，电话：0771-5601234。", text);
    }

    [Fact]
    public void A_paragraph_indented_with_a_tab_is_no_table()
    {
        var content = EmptyContent(_dir);
        File.WriteAllText(_dir["draft.txt"], "关于做好秋冬季森林防火工作的通知\n\t各乡镇要落实森林防火责任，加强巡山护林。\n\t各有关部门要加强值班值守，确保信息畅通。\n");
        var (exit, stdout, stderr) = RunCli("import", _dir["draft.txt"], "--content", content, "--slug", "fire", "--date", "2024-12-02");
        Assert.True(exit == 0, stderr);
        Assert.Contains("  tables: 0, ordered lists: 0", stdout);
    }

    [Fact]
    public void Paragraphs_with_a_double_space_inside_a_sentence_are_no_table()
    {
        var content = EmptyContent(_dir);
        File.WriteAllText(_dir["draft.txt"], "关于做好秋冬季森林防火工作的通知\n各乡镇要落实森林防火责任，加强巡山护林。  各村要组织巡查。\n各有关部门要加强值班值守。  确保信息畅通。\n");
        var (exit, stdout, stderr) = RunCli("import", _dir["draft.txt"], "--content", content, "--slug", "fire", "--date", "2024-12-02");
        Assert.True(exit == 0, stderr);
        Assert.Contains("  tables: 0, ordered lists: 0", stdout);
    }

    public void Dispose() => _dir.Dispose();
}
