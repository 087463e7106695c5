using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Authoring;

/// <summary>No placeholder (待填) reaches a published page or PDF: a source still holding one is a draft by construction.</summary>
public sealed class PlaceholderTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Content(string frontMatter, string name = "2024-03-12-jianghua.md")
    {
        var content = EmptyContent(_dir);
        Directory.CreateDirectory(Path.Combine(content, "speeches"));
        File.WriteAllText(Path.Combine(content, "speeches", name), $"---\ntitle: 在全县工作会议上的讲话\n{frontMatter}---\n\n同志们，今天我们开会。\n");
        return content;
    }

    private (int Exit, string Out, string Err) Build(string content, params string[] extra) =>
        RunCli(["build", "--content", content, "--templates", Repo.Templates, "--output", _dir["output"], .. extra]);

    [Fact]
    public void A_placeholder_in_a_source_meant_for_publishing_fails_the_build_at_its_line()
    {
        var content = Content("speaker: 待填\ndate: 2024-03-12\n");

        var (exit, _, stderr) = Build(content, "--no-pdf");

        Assert.Equal(1, exit);
        Assert.Contains("speeches/2024-03-12-jianghua.md:3:10: error: `speaker` is still 待填: the source is not finished", stderr);
        Assert.False(Directory.Exists(_dir["output"]));
    }

    [Fact]
    public void A_placeholder_date_fails_it_too()
    {
        var content = Content("speaker: 张三\ndate: 待填\n");

        var (exit, _, stderr) = Build(content, "--no-pdf");

        Assert.Equal(1, exit);
        Assert.Contains("2024-03-12-jianghua.md:4:7: error: `date` is still 待填", stderr);
    }

    [Fact]
    public void With_drafts_it_is_built_marked_草稿_dated_by_its_file_name()
    {
        var content = Content("speaker: 张三\ndate: 待填\n");

        var (exit, _, stderr) = Build(content, "--drafts");

        Assert.True(exit == 0, stderr);
        var page = SpeechPage.Read(_dir["output/internal/site/speeches/jianghua.html"]);
        Assert.True(page.Draft);
        Assert.Contains("2024年3月12日", File.ReadAllText(_dir["output/internal/site/speeches/jianghua.html"]));
        // The PDF says so too, above the type area (which starts 37 mm from the top) at its right edge (184 mm from the left).
        foreach (var pdf in new[] { "jianghua.pdf", "jianghua-reading.pdf" })
        {
            var mark = Assert.Single(PdfText.Lines(_dir[$"output/internal/pdf/{pdf}"]), l => l.Text == "草稿");
            Assert.InRange(297 * PdfText.Mm - mark.Baseline, 25 * PdfText.Mm, 37 * PdfText.Mm);
            Assert.Equal(184 * PdfText.Mm, mark.Right, 2 * PdfText.Mm);
        }
    }

    [Fact]
    public void A_finished_source_has_no_draft_mark_in_its_pdf()
    {
        var content = Content("speaker: 张三\ndate: 2024-03-12\n");

        var (exit, _, stderr) = Build(content);

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain(PdfText.Lines(_dir["output/internal/pdf/jianghua.pdf"]), l => l.Text.Contains("草稿"));
    }

    [Fact]
    public void Marked_a_draft_it_is_left_out_without_an_error()
    {
        var content = Content("speaker: 待填\ndate: 2024-03-12\ndraft: true\n");

        var (exit, _, stderr) = Build(content, "--no-pdf");

        Assert.True(exit == 0, stderr);
        Assert.False(File.Exists(_dir["output/internal/site/speeches/jianghua.html"]));
    }

    [Fact]
    public void A_placeholder_date_in_a_file_named_without_a_date_asks_for_the_date()
    {
        var content = Content("speaker: 张三\ndate: 待填\n", name: "jianghua.md");

        var (exit, _, stderr) = Build(content, "--drafts", "--no-pdf");

        Assert.Equal(1, exit);
        Assert.Contains("jianghua.md:4:7: error: `date` is still 待填", stderr);
        Assert.Contains("write the date as YYYY-MM-DD", stderr);
    }

    [Fact]
    public void An_imported_speech_without_a_date_says_so_and_is_refused_once_its_draft_line_is_gone()
    {
        var content = EmptyContent(_dir);
        var (exit, _, stderr) = RunCli("import", Repo.SeedFile, "--content", content, "--slug", "seed");
        Assert.True(exit == 0, stderr);
        var file = Directory.GetFiles(Path.Combine(content, "speeches"), "*.md").Single();
        var source = File.ReadAllText(file);
        Assert.Contains("\ndate: 待填  # 讲话之日，写作 YYYY-MM-DD；本文件导入于 ", source);

        Assert.Equal(0, Build(content, "--drafts", "--no-pdf").Exit);
        File.WriteAllText(file, source.Replace("draft: true  # 核对无误后删去此行，才会发布\n", ""));
        var (refused, _, error) = Build(content, "--no-pdf");
        Assert.Equal(1, refused);
        Assert.Contains("`speaker` is still 待填", error);
    }

    public void Dispose() => _dir.Dispose();
}
