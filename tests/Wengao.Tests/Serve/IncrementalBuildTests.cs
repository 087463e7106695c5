using Wengao.Pipeline;
using Wengao.Pipeline.Incremental;
using Wengao.Tests.Support;

namespace Wengao.Tests.Serve;

/// <summary>The incremental engine of `wengao serve`: a change renders and writes only what it affects.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string Slug = "bangfu-gongzuodui-zuotanhui";
    private readonly TempDir _dir = new TempDir().WithSample();
    private readonly IncrementalBuild _build;

    public IncrementalBuildTests()
    {
        _build = new IncrementalBuild(new BuildOptions(_dir["content"], _dir["templates"], _dir["serve"], Drafts: true));
        _build.Rebuild();
    }

    private string Speech => Directory.GetFiles(_dir["content/speeches"], "*.md").Single();

    private static string[] SpeechOutputs =>
    [
        $"docx/{Slug}.docx", $"ofd/{Slug}.ofd", $"pdf/{Slug}-reading.pdf", $"pdf/{Slug}.pdf", $"site/docx/{Slug}.docx", $"site/ofd/{Slug}.ofd",
        $"site/pdf/{Slug}-reading.pdf", $"site/pdf/{Slug}.pdf", $"site/speeches/{Slug}.html",
    ];

    [Fact]
    public void Changing_nothing_renders_and_writes_nothing()
    {
        File.SetLastWriteTimeUtc(Speech, DateTime.UtcNow.AddMinutes(1)); // touched, same bytes
        var report = _build.Rebuild([Speech]);
        Assert.Empty(report.Rendered);
        Assert.Empty(report.Written);
        Assert.Empty(report.Deleted);
    }

    [Fact]
    public void Editing_a_speech_body_writes_its_page_its_pdfs_and_the_lists_that_changed()
    {
        File.AppendAllText(Speech, "\n补充一段新的内容，说明后续工作安排。\n");
        var report = _build.Rebuild([Speech]);
        // The search index's entry (counts and filters) is rendered and the same; the shard and the speech's last chunk are not.
        Assert.Equal(SpeechOutputs.Append("site/index.html").Append("site/search/s/0.js").Append("site/search/d/0/1-1.js").Order(StringComparer.Ordinal), report.Written);
        Assert.DoesNotContain(report.Rendered, p => p.Contains("briefings/", StringComparison.Ordinal) || p.Contains("jianbao", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_edit_renders_the_lists_that_show_content_and_a_title_edit_those_that_show_links()
    {
        File.AppendAllText(Speech, "\n补充一段新的内容，说明后续工作安排。\n");
        var body = _build.Rebuild([Speech]).Rendered;
        Assert.Contains("site/index.html", body);
        Assert.Contains("site/search-index.js", body);
        Assert.DoesNotContain("site/archive.html", body);
        Assert.DoesNotContain("site/feed.xml", body);

        File.WriteAllText(Speech, File.ReadAllText(Speech).Replace("title: 在", "title: 修改后在", StringComparison.Ordinal));
        var title = _build.Rebuild([Speech]).Written;
        Assert.Contains("site/archive.html", title);
        Assert.Contains("site/feed.xml", title);
    }

    [Fact]
    public void Editing_a_template_rewrites_every_page_it_renders_and_nothing_else()
    {
        var template = _dir["templates/html/speech.sbn"];
        File.WriteAllText(template, File.ReadAllText(template) + "\n<!-- revised -->\n");
        Assert.Equal([$"site/speeches/{Slug}.html"], _build.Rebuild([template]).Written);

        var layout = _dir["templates/html/layout.sbn"];
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<!-- revised --></body>", StringComparison.Ordinal));
        var written = _build.Rebuild([layout]).Written;
        var pages = Directory.GetFiles(Path.Combine(_build.Root, "site"), "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_build.Root, p).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(pages, written.Where(p => p.EndsWith(".html", StringComparison.Ordinal)));
        Assert.DoesNotContain(written, p => p.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_an_outcomes_file_rewrites_the_documents_that_use_it_and_the_dashboard()
    {
        var outcomes = _dir["content/outcomes/assistance.yml"];
        File.WriteAllText(outcomes, File.ReadAllText(outcomes).Replace("5388", "5390", StringComparison.Ordinal));
        var written = _build.Rebuild([outcomes]).Written;
        Assert.Contains("site/outcomes.html", written);
        Assert.Contains($"site/speeches/{Slug}.html", written);
        Assert.Contains($"pdf/{Slug}.pdf", written);
        Assert.Contains("site/briefings/bangfu-zuotanhui-jianbao.html", written);
        Assert.Contains("pdf/bangfu-zuotanhui-jianbao.pdf", written);
    }

    [Fact]
    public void Renaming_a_speech_deletes_its_old_outputs()
    {
        File.Move(Speech, _dir["content/speeches/2022-07-01-renamed.md"]);
        var report = _build.Rebuild([Speech, _dir["content/speeches/2022-07-01-renamed.md"]]);
        Assert.Equal(SpeechOutputs, report.Deleted);
        Assert.Contains("site/speeches/renamed.html", report.Written);
    }

    [Fact]
    public void After_edits_the_output_equals_a_clean_build_byte_for_byte()
    {
        File.WriteAllText(Speech, File.ReadAllText(Speech).Replace("title: 在", "title: 修改后在", StringComparison.Ordinal));
        _build.Rebuild([Speech]);
        var template = _dir["templates/html/speech.sbn"];
        File.WriteAllText(template, File.ReadAllText(template) + "\n");
        _build.Rebuild([template]);

        SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["clean"], Drafts: true, Edition: "internal"));
        var clean = _dir["clean/internal"];
        var expected = Files(clean).Where(f => f != ".wengao-output").ToList();
        Assert.Equal(expected, Files(_build.Root));
        foreach (var file in expected)
            Assert.True(File.ReadAllBytes(Path.Combine(clean, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_build.Root, file))), file);
    }

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public void Dispose() => _dir.Dispose();
}
