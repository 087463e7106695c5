using Wengao.Load;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Authoring;

/// <summary>The sample content and the round-trip fixtures (tests/fixtures/roundtrip) built once, .docx included.</summary>
public sealed class RoundTripBuild : IDisposable
{
    private readonly TempDir _dir = new();

    public RoundTripBuild()
    {
        TempDir.Copy(Repo.Content, Content);
        TempDir.Copy(Path.Combine(Repo.Fixtures, "roundtrip"), Content);
        SiteBuilder.Run(new BuildOptions(Content, Repo.Templates, _dir["output"]));
        Corpus = CorpusLoader.Load(Content, Repo.Templates);
    }

    public string Content => _dir["content"];

    public Corpus Corpus { get; }

    /// <summary>The internal edition's .docx of a document: the edition whose text is the source's, unmasked.</summary>
    public string Docx(string slug) => _dir[Path.Combine("output", "internal", "docx", slug + ".docx")];

    public void Dispose() => _dir.Dispose();
}

/// <summary>
/// Issue 19's round trip: each sample document and each round-trip fixture, built to .docx by the build, imported with
/// `wengao import`, parses to the body its source parses to — text, headings with their levels, run-in headings, strong
/// and emphasis, tables with their header rows and merged heading cells, notes, attachments — and its front matter
/// has the source's title and furniture. The expected side is the source as the build parses it.
/// </summary>
public sealed class DocxRoundTripTests(RoundTripBuild build) : IClassFixture<RoundTripBuild>, IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Every source of the sample and of the fixtures, by the slug its file name gives (the date before it left off).</summary>
    public static TheoryData<string> Sources()
    {
        var files = Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Repo.Fixtures, "roundtrip"), "*.md", SearchOption.AllDirectories));
        return [.. files.Select(f => Path.GetFileNameWithoutExtension(f)[11..]).Order(StringComparer.Ordinal)];
    }

    private (ParsedDocument Original, ParsedDocument Imported, string Report) RoundTrip(string slug)
    {
        var original = build.Corpus.Documents.Single(d => d.Slug == slug);
        var content = _dir["content"];
        TempDir.Copy(Path.Combine(Repo.Content, "outcomes"), Path.Combine(content, "outcomes"));
        File.Copy(Path.Combine(Repo.Content, "site.yml"), Path.Combine(content, "site.yml"));
        var (exit, stdout, stderr) = RunCli("import", build.Docx(slug), "--content", content, "--type", original.Kind.Name, "--slug", slug);
        Assert.True(exit == 0, stderr);
        var imported = CorpusLoader.Load(content, Repo.Templates);
        return (DocumentParser.Parse(original, build.Corpus), DocumentParser.Parse(imported.Documents.Single(), imported), stdout);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void The_imported_docx_parses_to_the_source_s_body(string slug)
    {
        var (original, imported, report) = RoundTrip(slug);
        Assert.Contains("read Word .docx exported by Wengao, read by its styles", report);
        Assert.Equal(BodyOutline.Of(original), BodyOutline.Of(imported));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void The_imported_docx_has_the_source_s_title_and_furniture(string slug)
    {
        var (original, imported, _) = RoundTrip(slug);
        Assert.Equal(BodyOutline.FrontMatter(original.Document), BodyOutline.FrontMatter(imported.Document));
        Assert.Equal(original.Document.Date, imported.Document.Date);
    }
}
