using System.Diagnostics;
using System.Text.RegularExpressions;
using Wengao.Cli;
using Wengao.Tests.Support;

namespace Wengao.Tests.Limits;

/// <summary>
/// Each input that once crashed a build or check (an unhandled exception, a stack overflow, a hang, all of memory) now
/// ends it with exit 1 and an error at the file, line and column to fix, for `build` and `check` alike.
/// </summary>
public sealed class LimitsTests : IDisposable
{
    private const string Speech = "content/speeches/2022-07-01-bangfu-gongzuodui-zuotanhui.md";
    private const string Outcomes = "content/outcomes/assistance.yml";

    private readonly TempDir _dir = new TempDir().WithSample();

    public void Dispose() => _dir.Dispose();

    private (int Exit, string Out, string Err) Wengao(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = Commands.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private (int Exit, string Out, string Err) Build(bool pdf = false) =>
        Wengao(["build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], .. pdf ? Array.Empty<string>() : ["--no-pdf"]]);

    private (int Exit, string Out, string Err) Check() => Wengao("check", _dir["content"]);

    /// <summary>Rewrites a file of the copy; returns the 1-based line where <paramref name="marker"/> stands after the change.</summary>
    private int Edit(string relative, Func<string, string> change, string? marker = null)
    {
        var text = change(File.ReadAllText(_dir[relative]));
        File.WriteAllText(_dir[relative], text);
        if (marker is null) return 0;
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"`{marker}` not in the edited {relative}");
        return 1 + text.AsSpan(0, at).Count('\n');
    }

    private static string Replace(string text, string old, string replacement)
    {
        Assert.Contains(old, text);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    /// <summary>Exit 1, no internal error or stack trace, and an error at <paramref name="file"/>:<paramref name="line"/> saying <paramref name="message"/>.</summary>
    private static void AssertLocated((int Exit, string Out, string Err) run, string file, int line, string message)
    {
        Assert.True(run.Exit == 1, $"exit {run.Exit}\n{run.Err}\n{run.Out}");
        Assert.DoesNotContain("internal error", run.Err);
        Assert.DoesNotMatch(@"^\s+at \S+\(", run.Err);
        var pattern = $@"{Regex.Escape(file.Replace('/', Path.DirectorySeparatorChar))}:{(line > 0 ? line.ToString() : @"\d+")}:\d+: error: [^\n]*{Regex.Escape(message)}";
        Assert.True(Regex.IsMatch(run.Err, pattern), $"no error matching {pattern} in:\n{run.Err}");
        Assert.Contains("hint:", run.Err);
    }

    /// <summary>Build and check both fail at the same place (check reads the same sources through the same loader).</summary>
    private void AssertBothLocated(string file, int line, string message)
    {
        AssertLocated(Build(), file, line, message);
        AssertLocated(Check(), file, line, message);
    }

    [Fact]
    public void An_empty_value_is_named_where_it_stands()
    {
        var line = Edit(Outcomes, t => Replace(t, "value: 1.3\n", "value:\n"), "value:\n");
        AssertBothLocated(Outcomes, line, "`value` is empty");
    }

    [Theory]
    [InlineData("1.2.3", "`1.2.3` is not a number")]
    [InlineData("funds_arrived * 9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999",
        "too large")]
    [InlineData("((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))", "nested more than 32 deep")]
    [InlineData("---------------------------------------------------------------------1", "nested more than 32 deep")]
    public void A_formula_out_of_bounds_is_named_at_its_line(string formula, string message)
    {
        var line = Edit(Outcomes, t => Replace(t, "formula: funds_arrived / funds_planned", "formula: " + formula), "formula: " + formula);
        AssertBothLocated(Outcomes, line, message);
    }

    [Fact]
    public void Fifty_thousand_parentheses_are_refused_by_length_before_any_recursion()
    {
        var formula = new string('(', 50_000) + "1" + new string(')', 50_000);
        var line = Edit(Outcomes, t => Replace(t, "formula: funds_arrived / funds_planned", "formula: " + formula), "formula: (");
        AssertBothLocated(Outcomes, line, "longer than 1000 characters");
    }

    [Fact]
    public void A_chain_of_ten_thousand_formulas_stops_at_the_chain_limit()
    {
        var chain = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"  - id: c{i}\n    label: 链\n    unit: 名\n    formula: c{i + 1} + 1\n"))
            + "  - id: c10000\n    label: 链\n    unit: 名\n    value: 1\n";
        Edit(Outcomes, t => Replace(t, "figures:\n", "figures:\n" + chain));
        AssertBothLocated(Outcomes, 0, "more than 100 formulas depend on one another in a chain");
    }

    [Theory]
    [InlineData("decimals: -1", "`decimals` must be from 0 to 10, not -1")]
    [InlineData("decimals: 11", "`decimals` must be from 0 to 10, not 11")]
    public void Decimals_out_of_range_are_named(string decimals, string message)
    {
        var line = Edit(Outcomes, t => Replace(t, "decimals: 0", decimals), decimals);
        AssertBothLocated(Outcomes, line, message);
    }

    [Fact]
    public void A_figure_too_large_for_decimal_arithmetic_is_named()
    {
        var line = Edit(Outcomes, t => Replace(t, "value: 1.3\n", "value: 1e300\n"), "value: 1e300");
        AssertBothLocated(Outcomes, line, "too large for a figure");
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("lists")]
    [InlineData("quoted lists")]
    [InlineData("emphasis")]
    public void Markdown_nested_a_hundred_deep_is_named_at_a_line_of_the_nesting(string shape)
    {
        var block = shape switch
        {
            "quotes" => new string('>', 100) + " 深",
            "lists" => string.Join("\n", Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- 项")),
            "quoted lists" => string.Concat(Enumerable.Repeat("> - ", 60)) + "混合",
            _ => new string('*', 200) + "强调" + new string('*', 200),
        };
        var first = Edit(Speech, t => t + "\n" + block + "\n", block);
        var last = first + block.Count(c => c == '\n');
        var build = Build();
        var check = Check();
        // 200 asterisks nest as deep as CommonMark pairs them, which depends on the text around: refused or built, never a crash.
        if (shape == "emphasis" && build.Exit == 0 && check.Exit == 0) return;
        foreach (var run in new[] { build, check })
        {
            AssertLocated(run, Speech, 0, "the Markdown is nested more than 64 deep");
            var line = int.Parse(Regex.Match(run.Err, $@"{Regex.Escape(Path.GetFileName(Speech))}:(\d+):").Groups[1].Value);
            Assert.InRange(line, first, last);
        }
    }

    [Fact]
    public void A_control_character_in_a_title_escape_is_named_at_the_title()
    {
        var line = Edit(Speech, t => Regex.Replace(t, "^title: .*$", "title: \"a\\u0001b\"", RegexOptions.Multiline), "title: \"a");
        AssertBothLocated(Speech, line, "`title` holds the control character U+0001");
    }

    [Fact]
    public void A_raw_control_character_in_the_body_is_named_at_its_line_and_column()
    {
        var line = Edit(Speech, t => t + "\n前文\u0007后文\n", "前文");
        var (exit, _, stderr) = Build();
        AssertLocated((exit, "", stderr), Speech, line, "the control character U+0007");
        Assert.Contains($":{line}:3: error:", stderr); // after 前文
        AssertLocated(Check(), Speech, line, "U+0007");
    }

    [Theory]
    [InlineData(100_000, "lists and mappings are nested more than 64 deep")]
    [InlineData(65, "lists and mappings are nested more than 64 deep")]
    public void Deep_yaml_flow_nesting_is_refused_before_it_overflows_the_stack(int depth, string message)
    {
        var line = Edit(Speech, t => Replace(t, "tags: [", $"x: {new string('[', depth)}{new string(']', depth)}\ntags: ["), "x: [");
        AssertBothLocated(Speech, line, message);
    }

    [Theory]
    [InlineData("&a [*a]: 1", "a key must be plain text")]
    [InlineData("*a : 1", "a key must be plain text")]
    [InlineData("x: &a [*a]", "the alias *a is inside the node &a it refers to")]
    [InlineData("x: &a {k: *a}", "the alias *a is inside the node &a it refers to")]
    public void Self_referencing_aliases_and_collection_keys_are_refused(string yaml, string message)
    {
        var line = Edit(Speech, t => Replace(t, "tags: [", yaml + "\ntags: ["), yaml);
        AssertBothLocated(Speech, line, message);
    }

    [Fact]
    public void A_tag_of_ninety_ideographs_builds_or_is_a_located_error()
    {
        Edit(Speech, t => Replace(t, "tags: [对口帮扶,", $"tags: [{new string('中', 90)},"));
        var build = Build();
        Assert.DoesNotContain("internal error", build.Err);
        Assert.True(build.Exit == 0 || Regex.IsMatch(build.Err, @":\d+:\d+: error: "), build.Err);
        if (build.Exit == 1) Assert.DoesNotContain(".tmp-", build.Err); // named as in the output, not in the removed staging folder
        Assert.Equal(0, Check().Exit);
    }

    [Theory]
    [InlineData("index.sbn")]
    [InlineData("list.sbn")]
    public void An_error_in_a_list_template_is_named_at_its_line_not_wrapped(string template)
    {
        var path = $"templates/html/{template}";
        var line = Edit(path, t => t + "{{ nosuch_name.x }}\n", "{{ nosuch_name");
        var (exit, _, stderr) = Build();
        AssertLocated((exit, "", stderr), path, line, "`nosuch_name` was not found");
        Assert.DoesNotContain("AggregateException", stderr);
    }

    [Fact]
    public void An_expression_that_never_ends_stops_at_the_time_limit_with_its_line()
    {
        Edit("content/site.yml", t => t + "\nexpression_time_limit: 2\n");
        var line = Edit(Speech, t => t + "\n{{ func f(n)\n if n > 0\n f(n-1)\n f(n-1)\n end\n end\n f(40) }}\n", "f(40)");
        var clock = Stopwatch.StartNew();
        var run = Build();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        AssertLocated(run, Speech, 0, "ran past the build's time limit (2 s)");
        var reported = int.Parse(Regex.Match(run.Err, $@"{Regex.Escape(Path.GetFileName(Speech))}:(\d+):").Groups[1].Value);
        Assert.InRange(reported, line - 6, line);
        Assert.Contains("expression_time_limit", run.Err);
    }

    [Fact]
    public void The_time_limit_holds_for_check_and_for_the_rebuilds_of_serve()
    {
        Edit("content/site.yml", t => t + "\nexpression_time_limit: 2\n");
        // check expands a body when it has a `duration` to hold it against (the speaking-time rule).
        Edit(Speech, t => Replace(t, "tags: [", "duration: 30\ntags: [") + "\n{{ func f(n)\n if n > 0\n f(n-1)\n f(n-1)\n end\n end\n f(40) }}\n");
        var clock = Stopwatch.StartNew();
        AssertLocated(Check(), Speech, 0, "ran past the build's time limit (2 s)");
        var rebuild = Assert.Throws<Wengao.Diagnostics.BuildFailedException>(() =>
            new Wengao.Pipeline.Incremental.IncrementalBuild(new(_dir["content"], _dir["templates"], _dir["serve"], Pdf: false)).Rebuild());
        Assert.Contains(rebuild.Errors, e => e.Message.Contains("time limit (2 s)", StringComparison.Ordinal) && e.Where.File.EndsWith(Path.GetFileName(Speech), StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_time_limit_that_is_not_positive_is_named_in_site_yml()
    {
        var line = Edit("content/site.yml", t => t + "\nexpression_time_limit: 0\n", "expression_time_limit");
        AssertLocated(Build(), "content/site.yml", line, "`expression_time_limit` must be above 0");
    }

    [Fact]
    public void A_source_over_the_size_limit_is_refused_before_it_is_read()
    {
        using (var file = new FileStream(_dir[Speech], FileMode.Append)) file.SetLength(5 * 1024 * 1024); // sparse: quick to make
        AssertBothLocated(Speech, 1, "larger than 4 MB");
    }

    [Fact]
    public void A_device_posing_as_a_source_is_refused_unread()
    {
        if (!File.Exists("/dev/zero")) return; // a Unix device; Windows has none to link to
        var link = "content/speeches/2024-01-01-zero.md";
        File.CreateSymbolicLink(_dir[link], "/dev/zero");
        AssertBothLocated(link, 1, "not a regular file");
    }

    [Fact]
    public void A_damaged_font_is_named_with_the_document_that_needed_it()
    {
        // An sfnt whose table directory claims TrueType outlines, and an 'hhea' table past the file's end: accepted when
        // the fonts are chosen (its tables are read lazily), it fails when the first glyph is measured.
        byte[] font =
        [
            0, 1, 0, 0, 0, 3, 0, 32, 0, 1, 0, 16,
            .. "glyf"u8, 0, 0, 0, 0, 0, 0, 0, 60, 0, 0, 0, 0,
            .. "hhea"u8, 0, 0, 0, 0, 0, 0, 3, 232, 0, 0, 0, 36,
            .. "loca"u8, 0, 0, 0, 0, 0, 0, 0, 60, 0, 0, 0, 0,
        ];
        File.WriteAllBytes(_dir["content/damaged.ttf"], font);
        Edit("content/site.yml", t => t + "\nfonts:\n  fangsong: [damaged.ttf]\n");
        var run = Build(pdf: true);
        AssertLocated(run, Speech, 1, "its PDF could not be made");
        Assert.Contains(_dir["content/damaged.ttf"], run.Err);
        Assert.Equal(0, Check().Exit);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("templates")]
    [InlineData("content/output")]
    public void An_output_folder_that_would_replace_the_sources_or_the_file_system_is_refused(string output)
    {
        var before = Directory.GetFiles(_dir.Path, "*", SearchOption.AllDirectories).Order().ToList();
        var relative = output is "/" or "" or "." ? output : _dir[output];
        var (exit, _, stderr) = Wengao("build", "--no-pdf", "--content", _dir["content"], "--templates", _dir["templates"], "--output", relative);
        Assert.Equal(1, exit);
        Assert.Matches(@":1:1: error: the output folder ", stderr);
        Assert.Contains("hint:", stderr);
        Assert.Equal(before, Directory.GetFiles(_dir.Path, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void The_folder_holding_the_sources_is_refused_as_output()
    {
        var (exit, _, stderr) = Wengao("build", "--no-pdf", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir.Path);
        Assert.Equal(1, exit);
        Assert.Contains("the output folder is the content folder or holds it", stderr);
        Assert.True(File.Exists(_dir["content/site.yml"]));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    [InlineData(".")]
    public void Publish_refuses_a_target_that_would_replace_the_file_system_or_the_current_folder(string to)
    {
        Assert.Equal(0, Build().Exit);
        var (exit, _, stderr) = Wengao("publish", "--output", _dir["output"], "--edition", "public", "--to", to);
        Assert.Equal(1, exit);
        Assert.Matches(@":1:1: error: the output folder ", stderr);
        Assert.DoesNotContain("internal error", stderr);
    }

    [Fact]
    public void Import_refuses_a_device_and_a_file_over_its_size_limit()
    {
        if (File.Exists("/dev/zero"))
        {
            var (exit, _, stderr) = Wengao("import", "/dev/zero", "--content", _dir["content"]);
            Assert.Equal(1, exit);
            Assert.Contains("/dev/zero:1:1: error: the file is empty, or not a regular file", stderr);
        }
        var big = _dir["draft.txt"];
        using (var file = File.Create(big)) file.SetLength(17 * 1024 * 1024);
        var (bigExit, _, bigErr) = Wengao("import", big, "--content", _dir["content"]);
        Assert.Equal(1, bigExit);
        Assert.Contains($"{big}:1:1: error: the file is larger than 16 MB", bigErr);
    }
}
