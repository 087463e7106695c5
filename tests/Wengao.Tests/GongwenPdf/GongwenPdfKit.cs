using Wengao.Pipeline;
using Wengao.Tests.Support;

namespace Wengao.Tests.GongwenPdf;

/// <summary>
/// The sample content with the test 请示 (tests/fixtures/gongwen/2024-03-05-zijin-qingshi.md: 密级, 紧急程度, 签发人, sealed)
/// built once: the 报告 (upward, sealed, 附件, 版记, issued in numbered copies), the joint 通知 (no seal) and the 请示.
/// </summary>
public sealed class GongwenPdfKit : IDisposable
{
    private readonly TempDir _dir = new();

    public GongwenPdfKit()
    {
        TempDir.Copy(Repo.Content, _dir["content"]);
        File.Copy(Path.Combine(Repo.Fixtures, "gongwen", "2024-03-05-zijin-qingshi.md"), _dir["content/gongwen/2024-03-05-zijin-qingshi.md"]);
        SiteBuilder.Run(new BuildOptions(_dir["content"], Repo.Templates, _dir["output"], Edition: "internal"));
    }

    public string Report => _dir["output/internal/pdf/bangfu-yinian-baogao.pdf"];
    public string Notice => _dir["output/internal/pdf/zuotanhui-tongzhi.pdf"];
    public string Request => _dir["output/internal/pdf/zijin-qingshi.pdf"];
    public string ReportCopy(int number) => _dir[$"output/internal/copies/bangfu-yinian-baogao/{number:D6}.pdf"];

    public void Dispose() => _dir.Dispose();
}
