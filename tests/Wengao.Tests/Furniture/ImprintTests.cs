using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Furniture;

/// <summary>
/// The 版记 (GB/T 9704 §7.4) that ends a real 通知 (tests/fixtures/documents/notice-with-imprint.txt): import reads its
/// 抄送 and 印发 lines into the front matter, so the signature block above them is found too; the PDF sets them at the
/// foot of the last page, the 印发日期 one 4号 character in from the right; the page shows them.
/// </summary>
public sealed class ImprintTests : IDisposable
{
    private readonly TempDir _dir = new();
    private static readonly string Draft = Path.Combine(Repo.Fixtures, "documents", "notice-with-imprint.txt");

    [Fact]
    public void Import_reads_the_imprint_and_the_signature_above_it()
    {
        var (stdout, _, path) = ImportDraft(_dir, Draft, "notice");

        var source = File.ReadAllText(path);
        Assert.Contains("\ncopies_to: \"县委办公室，县人大常委会办公室，县政协办公室。\"  # 版记：抄送机关\n", source);
        Assert.Contains("\nprinted_by: \"县人民政府办公室\"  # 版记：印发机关\n", source);
        Assert.Contains("\nprinted: 2024-06-01  # 印发日期：　　　　2024年6月1日印发\n", source);
        Assert.Contains("\nsignature:  # 发文机关署名\n  - \"县人民政府办公室\"\n", source);
        Assert.Contains("\nnote: \"（此件公开发布）\"  # 附注\n", source);
        Assert.Contains("版记 1 (moved into the front matter)", stdout);
        Assert.DoesNotContain("抄送", source[source.LastIndexOf("---", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void The_pdf_sets_it_at_the_foot_of_the_last_page_and_the_page_shows_it()
    {
        var (_, content, path) = ImportDraft(_dir, Draft, "notice");
        Publish(path);
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"]));

        var lines = PdfText.Body(PdfText.Lines(_dir["output/internal/pdf/notice.pdf"]));
        var printed = lines[^1];
        Assert.Equal("县人民政府办公室2024年6月1日印发", Seed.Normalise(printed.Text));
        Assert.Equal("抄送：县委办公室，县人大常委会办公室，县政协办公室。", Seed.Normalise(lines[^2].Text));
        // The type area's last line: its foot 35 mm above the page's, the baseline 22 lines below the first.
        Assert.InRange(printed.Baseline, 35 * PdfText.Mm, 40 * PdfText.Mm);
        Assert.Equal(184 * PdfText.Mm - 14, printed.Right, 1.0);                 // one 4号 character in from the right
        Assert.Equal(28 * PdfText.Mm + 14, printed.Left, 1.0);                   // and from the left
        Assert.All(printed.Letters, l => Assert.Equal(14, l.PointSize, 0.5));

        var page = File.ReadAllText(_dir["output/internal/site/speeches/notice.html"]);
        Assert.Contains("<p class=\"copies-to\">抄送：县委办公室，县人大常委会办公室，县政协办公室。</p>", page);
        Assert.Contains("<p class=\"printed\"><span>县人民政府办公室</span><span>2024年6月1日印发</span></p>", page);
    }

    public void Dispose() => _dir.Dispose();
}
