using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Furniture;

/// <summary>Notes and attachments together: the 注释 the footnote parser gathers at the document's end do not count as text after an attachment.</summary>
public sealed class FurnitureWithNotesTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void A_document_with_notes_and_an_attachment_builds_with_both()
    {
        var content = EmptyContent(_dir);
        Directory.CreateDirectory(Path.Combine(content, "speeches"));
        File.WriteAllText(Path.Combine(content, "speeches", "2024-04-08-notice.md"),
            "---\ntitle: 关于做好防汛工作的通知\nspeaker: 张某\ndate: 2024-04-08\nsignature: 某县人民政府办公室\nsigned: 2024-04-08\nattachments: [某县防汛工作方案]\n---\n\n"
            + "各乡镇要按照方案[^1]做好准备。\n\n[^1]: 见附件。\n\n::: 附件\n\n方案的内容。\n\n:::\n");
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"]));

        var page = Html.Load(_dir["output/internal/site/speeches/notice.html"]);
        var section = page.Descendants("section").Single(s => (string?)s.Attribute("id") == "attachment-1");
        Assert.Contains("方案的内容。", section.Text());
        Assert.Contains("见附件。", page.Descendants("article").Single().Text());
        var lines = PdfText.Body(PdfText.Lines(_dir["output/internal/pdf/notice.pdf"]));
        Assert.Equal(lines.Single(l => l.Text == "2024年4月8日").Page + 1, lines.Single(l => l.Text == "附件").Page);
    }

    public void Dispose() => _dir.Dispose();
}
