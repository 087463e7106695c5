using System.Xml.Linq;
using Wengao.Tests.Support;

namespace Wengao.Tests.Furniture;

/// <summary>The same furniture on the page: number under the title, 附件说明 linking to each 附件's section, signature block, 附注.</summary>
public sealed class FurniturePageTests(FurnitureKit kit) : IClassFixture<FurnitureKit>
{
    private static IEnumerable<XElement> Class(XDocument page, string name) =>
        page.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(name) == true);

    [Fact]
    public void The_number_stands_under_the_title()
    {
        var page = Html.Load(kit.NoticePage);
        var number = Class(page, "doc-number").Single();
        Assert.Equal("x政办发〔2024〕18号", number.Text());
        Assert.Equal("h1", number.ElementsBeforeSelf().Last().Name.LocalName);
    }

    [Fact]
    public void The_attachment_notes_link_to_the_attachments_sections()
    {
        var page = Html.Load(kit.NoticePage);
        var notes = Class(page, "attachment-notes").Single();
        Assert.Equal("附件：1.某县2024年防汛抗旱应急演练工作方案2.某县2024年防汛抗旱应急演练参演单位职责分工及各乡镇联络员名单", Seed.Normalise(notes.Text()));
        var links = notes.Descendants("a").Select(a => (string)a.Attribute("href")!).ToList();
        Assert.Equal(["#attachment-1", "#attachment-2"], links);
        var sections = Class(page, "attachment").ToList();
        Assert.Equal(["attachment-1", "attachment-2"], sections.Select(s => (string)s.Attribute("id")!));
        Assert.Equal(["附件1", "附件2"], sections.Select(s => Class(new XDocument(s), "attachment-label").Single().Text()));
        Assert.Equal(["某县2024年防汛抗旱应急演练工作方案", "某县2024年防汛抗旱应急演练参演单位职责分工及各乡镇联络员名单"],
            sections.Select(s => s.Descendants("h2").First().Text()));
        Assert.StartsWith("为进一步完善防汛抗旱应急机制", sections[0].Descendants("p").Skip(1).First().Text());
        Assert.Equal(["一、演练时间和地点", "二、演练科目", "三、工作要求", "四、评估总结"],
            sections[0].Descendants("h2").Skip(1).Select(h => h.Text()));
    }

    [Fact]
    public void The_signature_block_and_note_follow_the_body_and_come_before_the_attachments()
    {
        var page = Html.Load(kit.NoticePage);
        var article = page.Descendants("article").Single();
        var signature = Class(page, "signature").Single();
        Assert.Equal(["某县人民政府办公室"], Class(new XDocument(signature), "issuer").Select(p => p.Text()));
        var time = signature.Descendants("time").Single();
        Assert.Equal(("2024-04-08", "2024年4月8日"), ((string)time.Attribute("datetime")!, time.Text()));
        Assert.Equal("（此件公开发布）", Class(page, "doc-note").Single().Text());
        var order = article.Descendants().Where(e => (string?)e.Attribute("class") is "body" or "attachment-notes" or "signature" or "doc-note" or "attachment")
            .Where(e => e.Parent == article).Select(e => (string)e.Attribute("class")!).ToList();
        Assert.Equal(["body", "attachment-notes", "signature", "doc-note", "attachment", "attachment"], order);
    }

    [Fact]
    public void Joint_issuers_are_listed_in_order_and_one_attachment_has_no_number()
    {
        var page = Html.Load(kit.ReportPage);
        Assert.Equal(["某县农业农村局", "某县生态环境局"], Class(page, "issuer").Select(p => p.Text()));
        Assert.Equal("附件：某县2024年上半年农村人居环境整治重点任务完成情况", Seed.Normalise(Class(page, "attachment-notes").Single().Text()));
        Assert.Equal("附件", Class(page, "attachment-label").Single().Text());
    }
}
