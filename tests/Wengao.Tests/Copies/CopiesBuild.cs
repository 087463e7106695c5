using Wengao.Pipeline;
using Wengao.Tests.Support;

namespace Wengao.Tests.Copies;

/// <summary>
/// The sample with a kind declared for these tests (tests/fixtures/copies/notice.yml: a 通知 whose document.sbn PDF
/// makes numbered copies) and one 通知 issued to three recipients, four copies, with a watermark; built, both editions.
/// </summary>
public sealed class CopiesBuild : IDisposable
{
    public const string Slug = "fenfa-tongzhi";
    public const string Source = "2024-06-01-fenfa-tongzhi.md";
    private readonly TempDir _dir = Prepare(new TempDir());

    public CopiesBuild() => SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["output"]));

    /// <summary>The sample's content and templates with the fixture's kind and notice added.</summary>
    public static TempDir Prepare(TempDir dir)
    {
        dir.WithSample();
        var fixtures = Path.Combine(Repo.Fixtures, "copies");
        Directory.CreateDirectory(dir["content/kinds"]);
        File.Copy(Path.Combine(fixtures, "notice.yml"), dir["content/kinds/notice.yml"]);
        Directory.CreateDirectory(dir["content/notices"]);
        File.Copy(Path.Combine(fixtures, Source), dir["content/notices/" + Source]);
        return dir;
    }

    public string Copy(string edition, string number) => _dir[$"output/{edition}/copies/{Slug}/{number}.pdf"];

    public string Pdf(string edition) => _dir[$"output/{edition}/pdf/{Slug}.pdf"];

    public string[] Copies(string edition) =>
        [.. Directory.GetFiles(_dir[$"output/{edition}/copies/{Slug}"]).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public string Site(string edition) => _dir[$"output/{edition}/site"];

    public void Dispose() => _dir.Dispose();
}
