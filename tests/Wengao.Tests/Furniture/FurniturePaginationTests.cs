using Wengao.Pipeline;
using Wengao.Tests.Support;

namespace Wengao.Tests.Furniture;

/// <summary>A signature block never stands alone on a page: where it does not fit, the text's last lines go over with it.</summary>
public sealed class FurniturePaginationTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void A_signature_that_does_not_fit_takes_the_last_two_lines_of_the_text_to_the_next_page()
    {
        // Page 1: title, blank, salutation (a signed document names no speaker there), then a paragraph of 19 lines fills its 22 lines exactly.
        Directory.CreateDirectory(_dir["content/speeches"]);
        File.Copy(Path.Combine(Repo.Content, "site.yml"), _dir["content/site.yml"]);
        File.WriteAllText(_dir["content/speeches/2024-03-01-scratch.md"],
            "---\ntitle: 关于做好防汛工作的通知\nspeaker: 张三\ndate: 2024-03-01\nsalutation: 各乡镇人民政府：\n"
            + "signature: 某县人民政府办公室\nsigned: 2024-03-01\n---\n\n" + ScratchSpeech.Paragraph(19) + "\n");
        SiteBuilder.Run(new BuildOptions(_dir["content"], Repo.Templates, _dir["output"]));

        var lines = PdfText.Body(PdfText.Lines(_dir["output/internal/pdf/scratch.pdf"]));
        var issuer = lines.Single(l => l.Text == "某县人民政府办公室");
        Assert.Equal(2, issuer.Page);
        Assert.Equal(["text", "text", "某县人民政府办公室", "2024年3月1日"],
            lines.Where(l => l.Page == 2).Select(l => l.Text.StartsWith("某县", StringComparison.Ordinal) || l.Text.StartsWith("2024", StringComparison.Ordinal) ? l.Text : "text"));
        Assert.Equal(2 + 17, lines.Count(l => l.Page == 1)); // title, salutation and 17 lines of the paragraph
    }

    public void Dispose() => _dir.Dispose();
}
