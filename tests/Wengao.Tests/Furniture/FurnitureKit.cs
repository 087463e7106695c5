using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Furniture;

/// <summary>
/// The furniture fixtures built once per test class: the 通知 draft (tests/fixtures/documents/notice-with-attachments.txt)
/// imported without --date, and the joint 报告 source (2024-06-28-joint-report.md) as written.
/// </summary>
public sealed class FurnitureKit : IDisposable
{
    public static readonly string Draft = Path.Combine(Repo.Fixtures, "documents", "notice-with-attachments.txt");
    public static readonly string JointReport = Path.Combine(Repo.Fixtures, "documents", "2024-06-28-joint-report.md");

    private readonly TempDir _dir = new();

    public FurnitureKit()
    {
        Content = EmptyContent(_dir);
        (Exit, Out, Err) = RunCli("import", Draft, "--content", Content, "--slug", "notice");
        File.Copy(JointReport, Path.Combine(Content, "speeches", Path.GetFileName(JointReport)));
        SiteBuilder.Run(new BuildOptions(Content, Repo.Templates, _dir["output"], Drafts: true));
    }

    public string Content { get; }
    public int Exit { get; }
    public string Out { get; }
    public string Err { get; }

    public string Source => File.ReadAllText(Path.Combine(Content, "speeches", "2024-04-08-notice.md"));
    public string NoticePdf => _dir["output/internal/pdf/notice.pdf"];
    public string NoticeReadingPdf => _dir["output/internal/pdf/notice-reading.pdf"];
    public string ReportPdf => _dir["output/internal/pdf/joint-report.pdf"];
    public string NoticePage => _dir["output/internal/site/speeches/notice.html"];
    public string ReportPage => _dir["output/internal/site/speeches/joint-report.html"];

    public void Dispose() => _dir.Dispose();
}
