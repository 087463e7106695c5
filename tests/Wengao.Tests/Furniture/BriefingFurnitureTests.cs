using UglyToad.PdfPig;
using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Furniture;

/// <summary>A briefing reuses the furniture: its 附件说明 after the body, its attachment on a page of its own, the 报尾 after it.</summary>
public sealed class BriefingFurnitureTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void A_briefings_attachment_follows_its_body_on_a_new_page_and_the_foot_ends_the_last_page()
    {
        var content = EmptyContent(_dir);
        Directory.CreateDirectory(Path.Combine(content, "briefings"));
        File.WriteAllText(Path.Combine(content, "briefings", "2024-06-28-jianbao.md"),
            "---\ntitle: 全县农村人居环境整治工作推进会召开\nname: 农村人居环境整治工作简报\nissue: 3\nissuer: 某县农业农村局\ndate: 2024-06-28\n"
            + "distribution:\n  bao: [某市农业农村局]\nattachments: [全县农村人居环境整治重点任务进度表]\n---\n\n"
            + "6月27日，全县农村人居环境整治工作推进会召开，会议通报了上半年工作进展。\n\n::: 附件\n\n新建改建农村户厕860户，完成年度任务的71.7%。\n\n:::\n");
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"]));

        var lines = PdfText.Body(PdfText.Lines(_dir["output/internal/pdf/jianbao.pdf"]));
        var notes = lines.Single(l => l.Text.StartsWith("附件：", StringComparison.Ordinal));
        var label = lines.Single(l => l.Text == "附件");
        Assert.Equal("附件：全县农村人居环境整治重点任务进度表", notes.Text);
        Assert.Equal(1, notes.Page);
        Assert.Equal(2, label.Page);
        Assert.Same(label, lines.First(l => l.Page == 2));
        using var pdf = PdfDocument.Open(_dir["output/internal/pdf/jianbao.pdf"]);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Contains("报：某市农业农村局。", string.Concat(lines.Where(l => l.Page == 2).Select(l => l.Text)));

        var page = Html.Load(_dir["output/internal/site/briefings/jianbao.html"]);
        Assert.Equal("attachment-1", (string)page.Descendants("section").Single(s => (string?)s.Attribute("class") == "attachment").Attribute("id")!);
    }

    public void Dispose() => _dir.Dispose();
}
