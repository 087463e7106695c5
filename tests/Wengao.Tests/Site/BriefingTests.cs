using System.Xml.Linq;
using UglyToad.PdfPig;
using Wengao.Pipeline;
using Wengao.Diagnostics;
using Wengao.Tests.Support;

namespace Wengao.Tests.Site;

[Collection(SampleCollection.Name)]
public sealed class BriefingTests(SampleBuild sample)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private string BriefingPdf => Path.Combine(sample.PdfDirectory, "bangfu-zuotanhui-jianbao.pdf");

    private static bool IsRed(UglyToad.PdfPig.Graphics.Colors.IColor? colour) =>
        colour?.ToRGBValues() is var (r, g, b) && r > 0.8 && g < 0.2 && b < 0.2;

    [Fact]
    public void The_masthead_is_red_above_a_red_rule_with_issue_and_date_as_text()
    {
        using var document = PdfDocument.Open(BriefingPdf);
        var page = document.GetPage(1);
        var rule = page.Paths.Single(p => p.IsStroked && IsRed(p.StrokeColor)).GetBoundingRectangle()!.Value;
        Assert.Equal(156 * PdfText.Mm, rule.Width, 1.0);

        var name = page.Letters.Where(l => "对口帮扶工作简报".Contains(l.Value) && l.PointSize > 30).ToList();
        Assert.Equal("对口帮扶工作简报", string.Concat(name.Select(l => l.Value)));
        Assert.All(name, l => Assert.True(IsRed(l.Color), $"{l.Value} is not red"));
        Assert.All(name, l => Assert.True(l.BoundingBox.Bottom > rule.Top));

        var lines = PdfText.Lines(BriefingPdf).Where(l => l.Page == 1).ToList();
        var issue = lines.Single(l => l.Text == "第1期");
        var issuerLine = lines.Where(l => l.Baseline > rule.Top && l.Baseline < issue.Baseline).Select(l => l.Text).ToList();
        Assert.Contains("xxx县委办公室", string.Concat(issuerLine));
        Assert.Contains("2022年7月1日", string.Concat(issuerLine));
        Assert.Contains(lines, l => l.Text == "xxx赴xxx帮扶工作队慰问座谈会召开" && l.Baseline < rule.Bottom);
    }

    [Fact]
    public void The_foot_lists_the_distribution_at_the_bottom_of_the_last_page()
    {
        var lines = PdfText.Body(PdfText.Lines(BriefingPdf));
        var last = lines.Max(l => l.Page);
        var foot = lines.Where(l => l.Page == last).TakeLast(4).Select(l => l.Text).ToList();
        Assert.StartsWith("报：xxx市委办公室", foot[0]);
        Assert.StartsWith("送：", foot[1]);
        Assert.StartsWith("发：", foot[2]);
        Assert.Equal("（共印60份）", foot[3]);
        Assert.True(lines.Where(l => l.Page == last).Last().Baseline < 45 * PdfText.Mm, "the foot sits at the bottom of the type area");
    }

    [Fact]
    public void The_briefing_draws_its_figures_and_charts_from_the_outcomes()
    {
        var text = Seed.Normalise(string.Concat(PdfText.Body(PdfText.Lines(BriefingPdf)).Select(l => l.Text)));
        Assert.Contains("5年计划投入帮扶资金1.3亿元，已到位5388万元，仅一年时间到位资金占比达41%", text);
        Assert.Contains("帮扶资金：五年计划与一年到位", text); // the chart, drawn as text and vectors
        var page = Html.Load(Path.Combine(sample.Site, "briefings", "bangfu-zuotanhui-jianbao.html"));
        Assert.Equal("对口帮扶工作简报", page.All("p").Single(p => (string?)p.Attribute("class") == "briefing-name").Text());
        Assert.Contains("已到位5388万元", page.All("div").Single(d => (string?)d.Attribute("class") == "body").Text());
        Assert.Equal(2, page.Descendants(Svg + "svg").Count());
    }

    [Fact]
    public void The_dashboard_charts_carry_the_figures_as_text()
    {
        var page = Html.Load(Path.Combine(sample.Site, "outcomes.html"));
        var texts = page.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("1.3亿元", texts);
        Assert.Contains("5388万元", texts);
        Assert.Contains("25名", texts);
        Assert.Contains("30名", texts);
        // Bars share one scale: 5388万元 is 41% of 1.3亿元.
        var bars = page.Descendants(Svg + "svg").First().Descendants(Svg + "rect").Select(r => double.Parse((string)r.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5388.0 / 13000, bars[1] / bars[0], 2);
    }
}

public sealed class OneSourceOfTruthTests : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();
    private string Outcomes => _dir["content/outcomes/assistance.yml"];

    private BuildReport Build() => SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["output"]));

    [Fact]
    public void Changing_a_figure_once_changes_it_in_every_output()
    {
        File.WriteAllText(Outcomes, File.ReadAllText(Outcomes).Replace("value: 5388", "value: 6500"));
        Build();
        string Pdf(string name) => Seed.Normalise(string.Concat(PdfText.Body(PdfText.Lines(_dir[$"output/internal/pdf/{name}.pdf"])).Select(l => l.Text)));
        string Page(string path) => string.Concat(Html.Load(_dir[$"output/internal/site/{path}"]).Root!.DescendantNodes().OfType<XText>().Select(t => t.Value));

        foreach (var text in new[] { Pdf("bangfu-gongzuodui-zuotanhui"), Pdf("bangfu-zuotanhui-jianbao"),
                     Page("speeches/bangfu-gongzuodui-zuotanhui.html"), Page("briefings/bangfu-zuotanhui-jianbao.html") })
        {
            Assert.Contains("已到位6500万元", text);
            Assert.Contains("占比达50%", text);
            Assert.DoesNotContain("5388", text);
        }
        var dashboard = Page("outcomes.html");
        Assert.Contains("6500万元", dashboard);
        Assert.Contains("50%", dashboard);
    }

    [Fact]
    public void A_chart_over_figures_of_different_kinds_fails_with_its_location()
    {
        var text = File.ReadAllText(Outcomes).Replace("figures: [cadres_seconded, cadres_sent]", "figures: [cadres_seconded, funds_arrived]");
        File.WriteAllText(Outcomes, text);
        var error = Assert.Single(Assert.Throws<BuildFailedException>(Build).Errors);
        Assert.Contains("mixes figures of different kinds", error.Message);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("[cadres_seconded, funds_arrived]")) + 1, error.Where.Line);
    }

    [Fact]
    public void A_briefing_naming_a_missing_chart_fails_with_its_location()
    {
        var briefing = Directory.GetFiles(_dir["content/briefings"]).Single();
        File.WriteAllText(briefing, File.ReadAllText(briefing).Replace("charts: [funds, cadres]", "charts: [funds, cadre]"));
        var error = Assert.Single(Assert.Throws<BuildFailedException>(Build).Errors);
        Assert.Contains("no chart `cadre`", error.Message);
        Assert.EndsWith(".md", error.Where.File);
    }

    public void Dispose() => _dir.Dispose();
}
