using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Authoring;

public sealed class DraftTests : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();

    public DraftTests()
    {
        foreach (var file in Directory.GetFiles(_dir["content/speeches"], "*.md").Concat(Directory.GetFiles(_dir["content/briefings"], "*.md")))
            File.WriteAllText(file, File.ReadAllText(file).Replace("\noutcomes: assistance\n", "\noutcomes: assistance\ndraft: true\n"));
    }

    private (int Exit, string Out, string Err) Build(params string[] extra) =>
        RunCli(["build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], "--no-pdf", .. extra]);

    [Fact]
    public void A_draft_is_left_out_of_the_build()
    {
        var (exit, _, stderr) = Build();

        Assert.True(exit == 0, stderr);
        Assert.False(Directory.Exists(_dir["output/internal/site/speeches"]) && Directory.EnumerateFiles(_dir["output/internal/site/speeches"]).Any());
        Assert.DoesNotContain("speeches/", File.ReadAllText(_dir["output/internal/site/index.html"]));
        Assert.DoesNotContain("briefings/", File.ReadAllText(_dir["output/internal/site/index.html"]));
    }

    [Fact]
    public void With_drafts_a_draft_is_built_and_marked_on_its_page_and_in_the_index()
    {
        var (exit, _, stderr) = Build("--drafts");

        Assert.True(exit == 0, stderr);
        var page = SpeechPage.Read(Directory.GetFiles(_dir["output/internal/site/speeches"], "*.html").Single());
        Assert.True(page.Draft);
        var index = Html.Load(_dir["output/internal/site/index.html"]);
        var row = index.All("tr").Single(r => r.Descendants("a").Any(a => ((string?)a.Attribute("href"))?.StartsWith("speeches/", StringComparison.Ordinal) == true));
        Assert.Contains(row.Descendants("span"), s => (string?)s.Attribute("class") == "draft-mark" && s.Text() == "草稿");
    }

    [Fact]
    public void A_published_speech_carries_no_draft_mark()
    {
        var page = BuildPage(Repo.Content, _dir["published"]);

        Assert.False(page.Draft);
        Assert.DoesNotContain("草稿", File.ReadAllText(_dir["published/internal/site/index.html"]));
    }

    [Fact]
    public void Progress_is_one_plain_line_per_stage_when_output_is_not_a_terminal()
    {
        var (exit, stdout, stderr) = Build("--drafts");

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain('\r', stdout);
        var stages = stdout.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^(\\w+: )?(load|plan|render|write)(…|: \\d+ document)")).ToList();
        var documents = Directory.GetFiles(_dir["content"], "*.md", SearchOption.AllDirectories).Length;
        string[] edition(string name) => [$"{name}: plan: {documents} document(s)", $"{name}: render: {documents} document(s)", $"{name}: write…"];
        Assert.Equal(["load…", .. edition("internal"), .. edition("public")], stages); // the checks run beside them
    }

    public void Dispose() => _dir.Dispose();
}
