using System.Text.RegularExpressions;
using System.Security.Cryptography;
using Wengao.Cli;
using Wengao.Tests.Support;

namespace Wengao.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();

    private string SpeechFile => Directory.GetFiles(_dir["content/speeches"], "*.md").Single();

    private (int Exit, string Out, string Err) Wengao(params string[] extra)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        string[] args = ["build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], .. extra];
        var exit = Commands.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Build_writes_the_site_and_the_manuscript_and_says_so()
    {
        var (exit, stdout, stderr) = Wengao();
        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(_dir["output/internal/site/index.html"]));
        Assert.Single(Directory.GetFiles(_dir["output/internal/site/speeches"], "*.html"));
        Assert.Equal(["bangfu-gongzuodui-zuotanhui-reading.pdf", "bangfu-gongzuodui-zuotanhui.pdf", "bangfu-yinian-baogao.pdf", "bangfu-zuotanhui-jianbao.pdf", "zuotanhui-tongzhi.pdf"],
            Directory.GetFiles(_dir["output/internal/pdf"], "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("PDF", stdout);
        Assert.Matches(@"built in \d+\.\d\d s", stdout);
    }

    [Theory]
    [InlineData("title: \"unclosed", 0)]
    [InlineData("title: [unclosed", 1)] // noticed where the next key starts
    [InlineData("title: a: b", 0)]
    public void Malformed_front_matter_names_file_line_column_and_keeps_the_previous_output(string bad, int linesLater)
    {
        Assert.Equal(0, Wengao().Exit);
        var before = Snapshot(_dir["output"]);
        var lines = File.ReadAllLines(SpeechFile).ToList();
        var titleLine = lines.FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal));
        lines[titleLine] = bad;
        File.WriteAllLines(SpeechFile, lines);

        var (exit, _, stderr) = Wengao();

        Assert.NotEqual(0, exit);
        Assert.Matches($@"{Path.GetFileName(SpeechFile)}:{titleLine + 1 + linesLater}:\d+: error: malformed YAML", stderr);
        Assert.Contains("hint:", stderr);
        Assert.Equal(before, Snapshot(_dir["output"]));
        Assert.Equal([_dir["output"]], Directory.GetDirectories(_dir.Path, "output*")); // no staging folder left behind
    }

    [Theory]
    [InlineData("speaker: xxx", "speakr: xxx", "unknown key `speakr`", "did you mean `speaker`")]
    [InlineData("date: 2022-07-01", "date: 七月一日", "`date` must be a date", "found `七月一日`")]
    [InlineData("speaker: xxx", "", "missing required key `speaker`", "add a line `speaker:")]
    [InlineData("outcomes: assistance", "outcomes: assistanse", "no outcomes file `assistanse`", "assistance")]
    public void Bad_front_matter_fails_with_location_and_hint(string from, string to, string message, string hint)
    {
        var text = File.ReadAllText(SpeechFile);
        Assert.Contains(from, text);
        File.WriteAllText(SpeechFile, text.Replace(from, to));

        var (exit, _, stderr) = Wengao();

        Assert.Equal(1, exit);
        Assert.Matches($@"\.md:\d+:\d+: error: .*{System.Text.RegularExpressions.Regex.Escape(message)}", stderr);
        Assert.Contains(hint, stderr);
        Assert.False(Directory.Exists(_dir["output"]));
    }

    [Fact]
    public void A_mistyped_figure_in_the_body_names_its_line()
    {
        var lines = File.ReadAllLines(SpeechFile).ToList();
        var at = lines.FindIndex(l => l.Contains("{{ outcomes.", StringComparison.Ordinal));
        Assert.True(at >= 0, "the sample speech draws figures from the outcomes file");
        lines[at] = lines[at].Replace("{{ outcomes.", "{{ outcomes.no_such_", StringComparison.Ordinal);
        File.WriteAllLines(SpeechFile, lines);

        var (exit, _, stderr) = Wengao();

        Assert.Equal(1, exit);
        Assert.Matches($@"\.md:{at + 1}:\d+: error: template error", stderr);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_its_position()
    {
        var gbk = new byte[] { 0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xD4, 0xDA, 0x0A };
        File.WriteAllBytes(SpeechFile, gbk);

        var (exit, _, stderr) = Wengao();

        Assert.Equal(1, exit);
        Assert.Matches(@"\.md:2:8: error: the file is not valid UTF-8", stderr);
        Assert.Contains("GB18030", stderr);
    }

    [Fact]
    public void Raw_html_in_a_body_is_shown_as_text_not_run()
    {
        File.AppendAllText(SpeechFile, "\n<script>alert(1)</script>\n");
        Assert.Equal(0, Wengao().Exit);
        var html = File.ReadAllText(Directory.GetFiles(_dir["output/internal/site/speeches"]).Single());
        // The page's one script is the site's own print button's (print.js, a file of the site); the body's is text.
        Assert.Equal(["<script src=\"../print.js\"></script>"], Regex.Matches(html, "<script[^>]*>[^<]*</script>").Select(m => m.Value));
        Assert.Equal(1, Regex.Count(html, "<script"));
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Two_builds_of_the_same_sources_are_byte_identical()
    {
        Assert.Equal(0, Wengao().Exit);
        var first = Snapshot(_dir["output"]);
        Assert.Equal(0, Wengao().Exit);
        Assert.Equal(first, Snapshot(_dir["output"]));
    }

    [Fact]
    public void A_folder_not_made_by_wengao_is_never_replaced()
    {
        Directory.CreateDirectory(_dir["output"]);
        File.WriteAllText(_dir["output/notes.txt"], "my notes");

        var (exit, _, stderr) = Wengao();

        Assert.Equal(1, exit);
        Assert.Contains("not made by wengao", stderr);
        Assert.Equal("my notes", File.ReadAllText(_dir["output/notes.txt"]));
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        Assert.Equal(2, Commands.Run(["publish"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(2, Commands.Run(["build", "--output"], TextWriter.Null, TextWriter.Null));
    }

    public void Dispose() => _dir.Dispose();
}
