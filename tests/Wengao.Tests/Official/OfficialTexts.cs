using System.IO.Compression;
using System.Xml.Linq;
using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Official;

/// <summary>
/// The realistic official texts of tests/fixtures/documents/ whose shapes the older fixtures lack (tests/fixtures/README.md),
/// each imported as a secretary would — the 公文 with `--type gongwen`, the speeches as speeches —, its `draft: true` line
/// deleted as the import asks once it is checked, and all of them built once, PDFs and .docx included, without --drafts.
/// </summary>
public sealed class OfficialTexts : IDisposable
{
    /// <summary>Each text: its slug, the fixture's file name, the kind it is imported as.</summary>
    public static readonly (string Slug, string File, string Kind)[] All =
    [
        ("plan-notice", "state-council-plan-notice.txt", "gongwen"),
        ("letter", "general-office-letter.txt", "gongwen"),
        ("opinion", "opinion-scraped-portal.txt", "gongwen"),
        ("printed-plan", "general-office-printed-plan.txt", "gongwen"),
        ("request", "request-with-signer.txt", "gongwen"),
        ("reply", "reply-to-request.txt", "gongwen"),
        ("decision", "decision-commendation.txt", "gongwen"),
        ("minutes", "meeting-minutes.txt", "gongwen"),
        ("bulletin", "bulletin-web-table.txt", "gongwen"),
        ("govcn-notice", "state-council-govcn-notice.txt", "gongwen"),
        ("work-report", "government-work-report-2024.txt", "speech"),
        ("safety-speech", "speech-safety-conference.txt", "speech"),
        ("province-report", "provincial-government-work-report.txt", "speech"),
        ("wechat-speech", "speech-wechat-article.txt", "speech"),
    ];

    private readonly TempDir _dir = new();
    private readonly Dictionary<string, string> _reports = [];

    public OfficialTexts()
    {
        var content = EmptyContent(_dir);
        foreach (var (slug, file, kind) in All)
        {
            var (exit, stdout, stderr) = RunCli("import", Draft(slug), "--type", kind, "--content", content, "--slug", slug);
            Assert.True(exit == 0, stderr);
            _reports[slug] = stdout;
            Publish(Source(slug, content));
        }
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"]));
        Content = content;
    }

    public string Content { get; }

    public static TheoryData<string> Slugs() => [.. All.Select(t => t.Slug)];

    public static string Draft(string slug) => Path.Combine(Repo.Fixtures, "documents", All.Single(t => t.Slug == slug).File);

    /// <summary>What `wengao import` printed for the text.</summary>
    public string Report(string slug) => _reports[slug];

    public string Source(string slug) => File.ReadAllText(Source(slug, Content));

    private static string Source(string slug, string content) =>
        Directory.GetFiles(content, $"*-{slug}.md", SearchOption.AllDirectories).Single();

    public string Pdf(string slug) => _dir[$"output/internal/pdf/{slug}.pdf"];

    public string Docx(string slug) => _dir[$"output/internal/docx/{slug}.docx"];

    public string Page(string slug) =>
        _dir[$"output/internal/site/{(All.Single(t => t.Slug == slug).Kind == "gongwen" ? "gongwen" : "speeches")}/{slug}.html"];

    /// <summary>The .docx's paragraphs of a style, each as its text with its line breaks as '\n'.</summary>
    public IReadOnlyList<string> DocxParagraphs(string slug, string style)
    {
        using var zip = ZipFile.OpenRead(Docx(slug));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return [.. XDocument.Load(stream).Descendants(w + "p")
            .Where(p => p.Element(w + "pPr")?.Element(w + "pStyle")?.Attribute(w + "val")?.Value == style)
            .Select(p => string.Concat(p.Descendants().Select(e => e.Name == w + "t" ? e.Value : e.Name == w + "br" ? "\n" : "")))];
    }

    public void Dispose() => _dir.Dispose();
}
