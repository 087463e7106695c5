using System.Text.RegularExpressions;
using Wengao.Cli;
using Wengao.Tests.Support;

namespace Wengao.Tests.Cli;

/// <summary>The command line as people know it from other tools: --version, help per command, suggestions, one line per mistake, exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static (int Exit, string Out, string Err) Wengao(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = Commands.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Version_prints_the_version_and_the_commit()
    {
        var (exit, stdout, stderr) = Wengao("--version");
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Matches(@"^0\.5\.0(\+[0-9a-f]{7,40})?$", stdout.Trim());
    }

    [Theory]
    [InlineData("build", "--content <DIR>", "[default: content]", "--templates <DIR>", "--output <DIR>", "[default: output]", "--no-pdf", "--drafts", "--edition <NAME>")]
    [InlineData("check", "<PATH>", "--format <text|json|sarif>", "[default: text]", "--fix", "--dry-run")]
    [InlineData("serve", "--port <N>", "[default: 0]", "--content <DIR>", "--templates <DIR>", "--edition <NAME>")]
    [InlineData("new", "<KIND>", "<TITLE>", "--slug <SLUG>", "--content <DIR>", "--templates <DIR>")]
    [InlineData("import", "<FILE>", "--type <speech|briefing|gongwen>", "[default: speech]", "--slug <SLUG>", "--date <YYYY-MM-DD>", "--content <DIR>")]
    [InlineData("publish", "--to <DIR>", "--edition <NAME>", "--output <DIR>", "--rollback")]
    [InlineData("completion", "<SHELL>")]
    public void Each_command_has_help_listing_its_options_with_defaults(string command, params string[] expected)
    {
        var (exit, stdout, stderr) = Wengao(command, "--help");
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains($"wengao {command}", stdout);
        foreach (var text in expected) Assert.Contains(text, stdout);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var (exit, stdout, _) = Wengao("--help");
        Assert.Equal(0, exit);
        foreach (var command in new[] { "build", "check", "new", "import", "serve", "publish", "completion" })
            Assert.Matches($@"(?m)^\s+{command}\b", stdout);
    }

    [Theory]
    [InlineData(new[] { "buidl" }, "wengao: unknown command `buidl`; did you mean `build`?", "see `wengao --help`")]
    [InlineData(new[] { "chek", "content" }, "wengao: unknown command `chek`; did you mean `check`?", "see `wengao --help`")]
    [InlineData(new[] { "check", "--formt", "json" }, "wengao check: unknown option `--formt`; did you mean `--format`?", "see `wengao check --help`")]
    [InlineData(new[] { "build", "--no-pfd" }, "wengao build: unknown option `--no-pfd`; did you mean `--no-pdf`?", "see `wengao build --help`")]
    [InlineData(new[] { "new", "spech", "讲话" }, "wengao new: `spech`: use speech, briefing or gongwen; did you mean `speech`?", "see `wengao new --help`")]
    public void A_mistyped_name_gets_a_suggestion_and_no_usage_dump(string[] args, string first, string last)
    {
        var (exit, stdout, stderr) = Wengao(args);
        var lines = Lines(stderr);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal(first, lines[0]);
        Assert.Equal(last, lines[^1]);
        Assert.DoesNotContain("Usage:", stderr);
    }

    [Fact]
    public void A_word_far_from_every_command_gets_the_list_not_a_guess()
    {
        var (exit, _, stderr) = Wengao("fish");
        Assert.Equal(2, exit);
        Assert.Equal("wengao: unknown command `fish`; the commands are build, check, new, import, serve, publish, completion", Lines(stderr)[0]);
    }

    public static TheoryData<string[], string> Mistakes => new()
    {
        { ["serve", "--port", "99999", "--content", Repo.Content], "wengao serve: --port `99999` is not a port: give a whole number from 0 to 65535 (0: a free one)" },
        { ["serve", "--port", "-1", "--content", Repo.Content], "wengao serve: --port `-1` is not a port: give a whole number from 0 to 65535 (0: a free one)" },
        { ["serve", "--port", "eighty", "--content", Repo.Content], "wengao serve: --port `eighty` is not a port: give a whole number from 0 to 65535 (0: a free one)" },
        { ["check", "--format", "xml"], "wengao check: --format `xml`: use text, json or sarif" },
        { ["check", "no/such/folder"], "wengao check: `no/such/folder`: no such file or folder" },
        { ["build", "--content", "no/such/folder"], "wengao build: --content `no/such/folder`: no such folder" },
        { ["build", "--templates", "no/such/folder", "--content", Repo.Content], "wengao build: --templates `no/such/folder`: no such folder" },
        { ["build", "--content", Repo.Content, "--edition", "publc"], $"wengao build: --edition `publc`: {Path.Combine(Repo.Content, "site.yml")} declares internal, public; did you mean `public`?" },
        { ["serve", "--content", Repo.Content, "--edition", "secret"], $"wengao serve: --edition `secret`: {Path.Combine(Repo.Content, "site.yml")} declares internal, public" },
        { ["import", "no-such-draft.txt"], "wengao import: `no-such-draft.txt`: no such file" },
        { ["import", Repo.SeedFile, "--date", "2022-13-01"], "wengao import: --date `2022-13-01` is not a date written YYYY-MM-DD" },
        { ["import", Repo.SeedFile, "--type", "notice"], "wengao import: --type `notice`: use speech, briefing or gongwen" },
        { ["new", "speech", "讲话", "--slug", "Bad_Slug"], "wengao new: --slug `Bad_Slug`: a slug is lower-case Latin letters and digits joined by '-'; it names the page and the PDF, e.g. --slug bangfu-zuotanhui" },
        { ["completion", "fish"], "wengao completion: `fish`: use bash, zsh or pwsh" },
        { ["build", "--content", Repo.Content, "--output"], "wengao build: Required argument missing for option: '--output'." },
        { ["build", "--content", Repo.Content, "--edition"], "wengao build: Required argument missing for option: '--edition'." },
        { ["new", "speech", " "], "wengao new: the title is empty: give the document's title" },
        { ["new", "speech", "讲话", "--content", Path.Combine(Repo.Root, "README.md")], $"wengao new: --content `{Path.Combine(Repo.Root, "README.md")}` is a file, not a folder" },
        { ["publish"], "wengao publish: Option '--to' is required." },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_is_one_line_then_how_to_see_help_exit_2(string[] args, string message)
    {
        var (exit, stdout, stderr) = Wengao(args);
        var lines = Lines(stderr);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal([message, $"see `wengao {args[0]} --help`"], lines);
        Assert.DoesNotMatch(@":\d+:\d+", stderr.Replace(Repo.Content, "")); // a usage mistake is not a source location
    }

    [Fact]
    public void Without_a_content_folder_here_the_default_is_named_and_how_to_give_one()
    {
        var (exit, _, stderr) = Wengao("build", "--content", _dir["nothing-here"]);
        Assert.Equal(2, exit);
        Assert.Equal($"wengao build: --content `{_dir["nothing-here"]}`: no such folder", Lines(stderr)[0]);
    }

    [Fact]
    public void A_completion_request_with_no_position_is_a_usage_mistake_not_a_crash()
    {
        var (exit, stdout, stderr) = Wengao("[suggest:abc]", "wengao bu");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal(["wengao: `[suggest:abc]`: the position to complete at is a number, as in [suggest:12]"], Lines(stderr));
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_refused_and_left_alone()
    {
        _dir.WithSample();
        File.WriteAllText(_dir["output"], "a file");
        var (exit, _, stderr) = Wengao("build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], "--no-pdf");
        Assert.Equal(1, exit);
        Assert.Contains("error: the output folder is a file", stderr);
        Assert.Equal("a file", File.ReadAllText(_dir["output"]));
        Assert.False(Directory.Exists(_dir[".output.wengao"]));
    }

    [Fact]
    public void Two_mistakes_are_two_lines()
    {
        var (exit, _, stderr) = Wengao("check", "--format", "xml", "no/such/folder");
        Assert.Equal(2, exit);
        Assert.Equal(["wengao check: --format `xml`: use text, json or sarif", "wengao check: `no/such/folder`: no such file or folder", "see `wengao check --help`"],
            Lines(stderr).OrderBy(l => l.StartsWith("see", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void An_error_in_a_source_is_located_and_exits_1()
    {
        _dir.WithSample();
        File.WriteAllText(_dir["content/site.yml"], "title: [\n");
        var (exit, _, stderr) = Wengao("build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], "--no-pdf");
        Assert.Equal(1, exit);
        Assert.Matches(@"site\.yml:\d+:\d+: error", stderr);
        Assert.False(Directory.Exists(_dir["output"]));
    }

    [Fact]
    public void A_build_succeeds_with_exit_0()
    {
        _dir.WithSample();
        var (exit, stdout, stderr) = Wengao("build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], "--no-pdf");
        Assert.True(exit == 0, stderr);
        Assert.Contains("HTML pages to", stdout);
        Assert.True(File.Exists(_dir["output/internal/site/index.html"]));
    }

    [Fact]
    public void The_bash_completion_script_asks_wengao_and_wengao_answers()
    {
        var (exit, script, _) = Wengao("completion", "bash");
        Assert.Equal(0, exit);
        Assert.Contains("complete -o default -F _wengao_complete wengao", script);
        Assert.Contains("\"[suggest:${COMP_POINT}]\"", script);

        var line = "wengao new spee";
        var (_, words, _) = Wengao($"[suggest:{line.Length}]", line);
        Assert.Equal(["speech"], Lines(words));
        line = "wengao check --f";
        (_, words, _) = Wengao($"[suggest:{line.Length}]", line);
        Assert.Equal(["--fix", "--format"], Lines(words));
        line = "wengao bu";
        (_, words, _) = Wengao($"[suggest:{line.Length}]", line);
        Assert.Equal(["build"], Lines(words));
    }

    public void Dispose() => _dir.Dispose();
}
