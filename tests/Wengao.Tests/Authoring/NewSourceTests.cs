using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Authoring;

public sealed class NewSourceTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static string Today => DateTime.Now.ToString("yyyy-MM-dd");

    [Fact]
    public void New_speech_writes_a_draft_from_the_archetype_that_builds()
    {
        var content = EmptyContent(_dir);

        var (exit, stdout, stderr) = RunCli("new", "speech", "在全县乡村振兴工作会议上的讲话", "--content", content, "--templates", Repo.Templates);

        Assert.True(exit == 0, stderr);
        var file = Path.Combine(content, "speeches", $"{Today}-speech-{Today.Replace("-", "")}.md");
        Assert.Contains(Path.GetFileName(file), stdout);
        var text = File.ReadAllText(file);
        Assert.Contains("title: \"在全县乡村振兴工作会议上的讲话\"", text);
        Assert.Contains($"date: {Today}", text);
        var page = BuildPage(content, _dir["output"]);
        Assert.Equal("在全县乡村振兴工作会议上的讲话", page.Title);
        Assert.True(page.Draft);
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_file()
    {
        var content = EmptyContent(_dir);
        string[] args = ["new", "speech", "第一稿", "--slug", "huiyi", "--content", content, "--templates", Repo.Templates];
        Assert.Equal(0, RunCli(args).Exit);
        var file = Directory.GetFiles(Path.Combine(content, "speeches")).Single();
        File.AppendAllText(file, "秘书改过的文字。\n");
        var before = File.ReadAllText(file);

        var (exit, _, stderr) = RunCli(["new", "speech", "第二稿", .. args[3..]]);

        Assert.Equal(1, exit);
        Assert.Contains("already exists", stderr);
        Assert.Contains("--slug", stderr);
        Assert.Equal(before, File.ReadAllText(file));
    }

    [Fact]
    public void New_briefing_goes_to_briefings_with_the_briefing_front_matter_and_builds()
    {
        var content = EmptyContent(_dir);

        var (exit, _, stderr) = RunCli("new", "briefing", "帮扶工作队慰问座谈会召开", "--slug", "zuotanhui", "--content", content, "--templates", Repo.Templates);

        Assert.True(exit == 0, stderr);
        var text = File.ReadAllText(Path.Combine(content, "briefings", $"{Today}-zuotanhui.md"));
        foreach (var key in new[] { "title:", "issue:", "issuer:", "date:", "distribution:", "bao:", "song:", "fa:" })
            Assert.Contains(key, text);
        Assert.Contains("draft: true", text); // a new briefing is published only once checked
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"], Pdf: false, Drafts: true));
        Assert.True(File.Exists(_dir["output/internal/site/briefings/zuotanhui.html"]));
    }

    [Theory]
    [InlineData("Bad_Slug")]
    [InlineData("中文")]
    public void A_slug_that_cannot_name_a_page_is_refused(string slug)
    {
        var content = EmptyContent(_dir);

        var (exit, _, stderr) = RunCli("new", "speech", "讲话", "--slug", slug, "--content", content, "--templates", Repo.Templates);

        // A mistake on the command line, not in a source: bad usage, said without a source location.
        Assert.Equal(2, exit);
        Assert.Contains($"--slug `{slug}`: a slug is lower-case Latin letters and digits joined by '-'", stderr);
        Assert.DoesNotContain(":1:1", stderr);
        Assert.False(Directory.Exists(Path.Combine(content, "speeches")));
    }

    public void Dispose() => _dir.Dispose();
}
