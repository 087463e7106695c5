using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Search;

/// <summary>
/// What the page shows of a 通知 beyond its text is found by search too (tests/fixtures/documents/notice-with-attachments.txt):
/// its 发文字号, its issuer, and the titles and contents of its attachments, which the body no longer holds.
/// </summary>
public sealed class FurnitureSearchTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void The_index_holds_the_number_the_issuer_and_the_attachments()
    {
        var (_, content, _) = ImportDraft(_dir, Path.Combine(Repo.Fixtures, "documents", "notice-with-attachments.txt"), "notice");
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"], Pdf: false, Drafts: true));

        var text = IndexedDocument.Read(_dir["output/internal/site"]).Single().Text;
        Assert.Contains("x政办发〔2024〕18号", text, StringComparison.Ordinal);
        Assert.Contains("某县人民政府办公室", text, StringComparison.Ordinal);
        Assert.Contains("某县2024年防汛抗旱应急演练参演单位职责分工及各乡镇联络员名单", text, StringComparison.Ordinal);
        Assert.Contains("动用冲锋舟12艘、大功率排涝泵车6台。", text, StringComparison.Ordinal);  // 附件1's content
    }

    public void Dispose() => _dir.Dispose();
}
