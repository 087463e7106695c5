using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Furniture;

/// <summary>
/// A signed document (tests/fixtures/documents/opinion-signed.txt, a General Office's 意见) is no speech: import writes no
/// speaker to fill in, its issuer is its author, and the PDF sets the 主送机关 one line under the title and 发文字号 — no
/// speaker and date there — with who and when in the signature block after the text (GB/T 9704 §7.3.2, §7.3.5).
/// </summary>
public sealed class SignedDocumentTests : IDisposable
{
    private readonly TempDir _dir = new();

    private (string Out, string Content, string Source) Import() =>
        ImportDraft(_dir, Path.Combine(Repo.Fixtures, "documents", "opinion-signed.txt"), "opinion");

    [Fact]
    public void Import_writes_no_speaker_and_leaves_nothing_to_fill_in()
    {
        var (_, _, path) = Import();

        var source = File.ReadAllText(path);
        Assert.DoesNotContain("speaker:", source);
        Assert.DoesNotContain("待填", source);
        Assert.Equal("2019-01-16-opinion.md", Path.GetFileName(path));
    }

    [Fact]
    public void Published_its_pdf_has_no_speaker_line_and_its_page_names_the_issuer()
    {
        var (_, content, path) = Import();
        Publish(path);
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"]));

        var lines = PdfText.Body(PdfText.Lines(_dir["output/internal/pdf/opinion.pdf"])).Where(l => l.Page == 1).Select(l => l.Text).ToList();
        Assert.Equal(["某省人民政府办公厅关于加强三级公立医院", "绩效考核工作的意见", "某政办发〔2019〕4号", "各市、县人民政府，省政府各部门、各直属机构："], lines.Take(4));
        Assert.DoesNotContain(lines, l => l.Contains("（2019年1月16日）"));
        var page = Html.Load(_dir["output/internal/site/speeches/opinion.html"]);
        Assert.Equal("某省人民政府办公厅", page.All("a").First(a => (string?)a.Attribute("class") == "speaker").Text());
    }

    public void Dispose() => _dir.Dispose();
}
