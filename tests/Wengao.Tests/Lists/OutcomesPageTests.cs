using System.Xml.Linq;
using Wengao.Tests.Safety;
using Wengao.Tests.Support;

namespace Wengao.Tests.Lists;

/// <summary>The outcomes page publishes what the data's public fields say: no authoring note, no figure's id.</summary>
[Collection(SampleCollection.Name)]
public sealed class OutcomesPageTests(SampleBuild sample)
{
    private static string Visible(XDocument page) =>
        string.Concat(page.Descendants("main").Single().DescendantNodes().OfType<XText>().Select(t => t.Value));

    [Fact]
    public void The_sample_dashboard_shows_no_note_and_no_id_and_says_what_a_share_is_computed_from()
    {
        var page = Html.Load(Path.Combine(sample.Site, "outcomes.html"));
        var text = Visible(page);
        var data = File.ReadAllText(Path.Combine(Repo.Content, "outcomes", "assistance.yml"));
        var ids = System.Text.RegularExpressions.Regex.Matches(data, @"(?m)^\s+- id: (\w+)$").Select(m => m.Groups[1].Value).ToList();
        var notes = System.Text.RegularExpressions.Regex.Matches(data, @"(?m)^\s+note: (.+)$").Select(m => m.Groups[1].Value.Trim('"')).ToList();
        Assert.True(ids.Count > 20 && notes.Count > 3, "the sample's figures and notes were not read");
        Assert.All(ids, id => Assert.DoesNotContain(id, text));
        Assert.All(notes, note => Assert.DoesNotContain(note, text));
        var share = page.Descendants("tr").Single(tr => (string?)tr.Attribute("id") == "funds_arrived_share");
        Assert.Equal("计算：已到位帮扶资金 ÷ 5年计划投入帮扶资金", share.Elements("td").Last().Text());
    }

    [Fact]
    public void A_chart_of_a_group_draws_its_figures_of_the_kind_of_its_first()
    {
        XNamespace svg = "http://www.w3.org/2000/svg";
        var page = Html.Load(Path.Combine(sample.Site, "outcomes.html"));
        var chart = page.Descendants(svg + "svg").Single(s => s.Element(svg + "title")!.Value == "人才交流（以名计）");
        var texts = chart.Descendants(svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(["25名", "30名", "10名"], texts.Where(t => t.EndsWith('名') && char.IsAsciiDigit(t[0])));
        Assert.DoesNotContain("8位", texts); // 人才交流's 位, 天 and 次 are other kinds
        Assert.Contains("单位：名", texts);
    }

    [Fact]
    public void A_chart_with_figures_and_a_group_is_a_located_error()
    {
        using var site = new SafetySite();
        site.Write("content/outcomes/jobs.yml", "title: 成效\nfigures:\n  - id: jobs\n    group: 就业\n    label: 新增就业\n    value: 120\n    unit: 人\n"
            + "charts:\n  - id: c\n    title: 就业\n    figures: [jobs]\n    group: 就业\n");
        site.Speech("plain", "正文。");
        var error = Assert.Single(site.Failure());
        Assert.Equal(12, error.Where.Line);
        Assert.Contains("not both", error.Message);
    }

    [Fact]
    public void A_note_marked_public_is_shown()
    {
        using var site = new SafetySite();
        site.Write("content/outcomes/jobs.yml", "title: 成效\nfigures:\n"
            + "  - id: jobs\n    label: 新增就业\n    value: 120\n    unit: 人\n    note: 据人社局台账\n    note_public: true\n"
            + "  - id: firms\n    label: 新增企业\n    value: 12\n    unit: 家\n    note: 待核实，勿外传\n");
        site.Speech("plain", "正文。");
        site.Build(pdf: false);
        var text = Visible(Html.Load(site["output/site/outcomes.html"]));
        Assert.Contains("据人社局台账", text);
        Assert.DoesNotContain("待核实", text);
    }

    [Fact]
    public void The_404_page_resolves_its_links_against_base_url()
    {
        using var site = new SafetySite("title: 安全测试\nbase_url: https://intranet.example/wengao\n");
        site.Speech("plain", "正文。");
        site.Build(pdf: false);
        var page = Html.Load(site["output/site/404.html"]);
        Assert.Equal(["https://intranet.example/wengao/"], page.Descendants("base").Select(b => (string)b.Attribute("href")!));
        Assert.Equal("style.css", page.Descendants("link").Single(l => (string?)l.Attribute("rel") == "stylesheet").Attribute("href")!.Value);
        Assert.Empty(Html.Load(site["output/site/index.html"]).Descendants("base")); // every other page links relatively
    }
}
