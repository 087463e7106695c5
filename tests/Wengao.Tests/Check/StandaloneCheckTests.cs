using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Wengao.Cli;
using Wengao.Tests.Support;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Wengao.Tests.Check;

/// <summary>
/// `wengao check FILE` on a draft outside any content folder: a .md (with or without front matter), a GB18030 .txt
/// and a .docx, each with known defects on known lines; findings located in the original file, fixes in its encoding.
/// </summary>
public sealed class StandaloneCheckTests : IDisposable
{
    private readonly TempDir _dir = new();

    static StandaloneCheckTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    // Line 1 is a share bar import drops, line 6 a footer it drops; the title is quoted in YAML, the brackets of
    // line 4 are escaped, line 5 opens with a run-in heading marked `**…**`: none of it may shift a column.
    private const string Txt =
        "分享到微信 | 收藏\r\n" +
        "在全县工作会议上的讲话(摘要)\r\n" +
        "同志们：\r\n" +
        "\u3000\u3000本次会议[第一次]召开,意义重大。\r\n" +
        "  一是抓项目。要签定协议,抓好落实。\r\n" +
        "扫码关注\r\n";

    // The same text as fixed by hand: only the four ASCII marks change, each to its full-width form.
    private const string TxtFixed =
        "分享到微信 | 收藏\r\n" +
        "在全县工作会议上的讲话（摘要）\r\n" +
        "同志们：\r\n" +
        "\u3000\u3000本次会议[第一次]召开，意义重大。\r\n" +
        "  一是抓项目。要签定协议，抓好落实。\r\n" +
        "扫码关注\r\n";

    private static (int Exit, string Out, string Err) Wengao(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = Commands.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The findings of a JSON report as "line:column rule" (or "¶paragraph:column rule").</summary>
    private static List<string> Located(string json)
    {
        using var report = JsonDocument.Parse(json);
        return [.. report.RootElement.GetProperty("findings").EnumerateArray().Select(f =>
            (f.TryGetProperty("paragraph", out var p) ? $"¶{p.GetInt32()}" : f.GetProperty("line").GetInt32().ToString())
            + $":{f.GetProperty("column").GetInt32()} {f.GetProperty("rule").GetString()}")];
    }

    [Fact]
    public void A_bare_markdown_draft_outside_a_content_folder_is_checked_with_the_site_defaults()
    {
        var file = _dir["draft.md"];
        File.WriteAllText(file, "今天,我们召开会议。\n\n我们签定协议,推动工作。\n");

        var (exit, stdout, stderr) = Wengao("check", file, "--format", "json");

        Assert.True(exit == 0, stderr);
        Assert.Equal(["1:3 punctuation-width", "3:3 confusable", "3:7 punctuation-width"], Located(stdout));
    }

    [Fact]
    public void A_markdown_draft_with_front_matter_has_its_title_checked_at_its_line()
    {
        var file = _dir["讲话稿.md"];
        File.WriteAllText(file, "---\ntitle: 关于工作的讲话(草稿)\nowner: 办公室\n---\n\n我们签定协议。\n");

        var (exit, stdout, stderr) = Wengao("check", file);

        Assert.True(exit == 0, stderr);
        Assert.Contains($"{file}:2:15: warning punctuation-width: ASCII `(` in Chinese text: write `（`\n", stdout);
        Assert.Contains($"{file}:2:18: warning punctuation-width: ASCII `)` in Chinese text: write `）`\n", stdout);
        Assert.Contains($"{file}:6:3: warning confusable:", stdout);
        Assert.EndsWith("0 error(s), 3 warning(s): punctuation-width 2, confusable 1\n", stdout);
    }

    [Fact]
    public void A_markdown_draft_allotting_its_time_is_timed_at_the_default_speaking_rate()
    {
        var file = _dir["draft.md"];
        File.WriteAllText(file, "---\nduration: 1\n---\n\n" + string.Concat(Enumerable.Repeat("我们召开会议。", 60)) + "\n");

        var (_, stdout, _) = Wengao("check", file);

        // 60 × 7 = 420 characters at 180 a minute (no site.yml to set `speaking_rate`).
        Assert.Contains($"{file}:2:1: warning speaking-time: the speech reads in about 3 minutes (420 characters at 180 a minute), over the 1 allotted\n", stdout);
    }

    [Fact]
    public void An_escape_does_not_shift_the_marks_after_it_and_fix_changes_the_markdown_draft_in_place()
    {
        var file = _dir["draft.md"];
        File.WriteAllText(file, "见\\[附件\\],请查收。\n");

        var (exit, stdout, _) = Wengao("check", file, "--format", "json");
        var fix = Wengao("check", file, "--fix");

        Assert.Equal(0, exit);
        Assert.Equal(["1:8 punctuation-width"], Located(stdout)); // 见 \ [ 附 件 \ ] then the comma
        Assert.Equal(0, fix.Exit);
        Assert.Equal("见\\[附件\\]，请查收。\n", File.ReadAllText(file));
    }

    [Fact]
    public void A_gb18030_text_is_located_by_its_original_lines_and_columns()
    {
        var file = _dir["草稿.txt"];
        File.WriteAllBytes(file, Gb18030.GetBytes(Txt));

        var (exit, stdout, stderr) = Wengao("check", file, "--format", "json");

        Assert.True(exit == 0, stderr);
        Assert.Equal(["2:12 punctuation-width", "2:15 punctuation-width", "4:14 punctuation-width", "5:10 confusable", "5:14 punctuation-width"],
            Located(stdout));
    }

    [Fact]
    public void The_text_report_of_a_txt_shows_the_original_line_with_the_caret_under_the_mark()
    {
        var file = _dir["草稿.txt"];
        File.WriteAllBytes(file, Gb18030.GetBytes(Txt));

        var (_, stdout, _) = Wengao("check", file);

        var lines = stdout.Split('\n');
        var at = Array.IndexOf(lines, $"{file}:4:14: warning punctuation-width: ASCII `,` in Chinese text: write `，`");
        Assert.True(at >= 0, stdout);
        Assert.Equal("    \u3000\u3000本次会议[第一次]召开,意义重大。", lines[at + 1]);
        // 13 characters before the mark: 11 two cells wide (ideographs, ideographic spaces), [ and ] one cell each.
        Assert.Equal(new string(' ', 4 + 11 * 2 + 2) + "^", lines[at + 2]);
    }

    [Fact]
    public void Fix_on_a_gb18030_text_fixes_the_marks_and_keeps_the_encoding_and_line_ends()
    {
        var file = _dir["草稿.txt"];
        File.WriteAllBytes(file, Gb18030.GetBytes(Txt));

        var (exit, stdout, stderr) = Wengao("check", file, "--fix");

        Assert.Equal(0, exit);
        Assert.Contains("fixed 4 mark(s) in 1 file(s)", stderr);
        Assert.Equal(Gb18030.GetBytes(TxtFixed), File.ReadAllBytes(file));
        Assert.EndsWith("0 error(s), 1 warning(s): confusable 1\n", stdout);
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.wengao-fix"));
    }

    [Fact]
    public void Fix_on_a_utf8_text_with_a_bom_keeps_the_bom()
    {
        var file = _dir["draft.txt"];
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("讲话\n今天,我们开会。\n")]);

        var (exit, _, stderr) = Wengao("check", file, "--fix");

        Assert.Equal(0, exit);
        Assert.Contains("fixed 1 mark(s) in 1 file(s)", stderr);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("讲话\n今天，我们开会。\n")], File.ReadAllBytes(file));
    }

    [Fact]
    public void Dry_run_on_a_text_prints_the_original_lines_and_writes_nothing()
    {
        var file = _dir["草稿.txt"];
        File.WriteAllBytes(file, Gb18030.GetBytes(Txt));

        var (exit, stdout, _) = Wengao("check", file, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("\n@@ -1,7 +1,7 @@\n", stdout);
        Assert.Contains("\n-  一是抓项目。要签定协议,抓好落实。\n+  一是抓项目。要签定协议，抓好落实。\n", stdout);
        Assert.Equal(Gb18030.GetBytes(Txt), File.ReadAllBytes(file));
    }

    private string Docx()
    {
        var file = _dir["讲话.docx"];
        using var document = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document);
        static Run Run(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
        document.AddMainDocumentPart().Document = new Document(new Body(
            new Paragraph(Run("在全县工作会议上的讲话")),
            new Paragraph(),
            new Paragraph(Run("同志们：")),
            new Paragraph(Run("\u3000\u3000今天,我们召开会议。")),
            // One paragraph in two runs, as Word splits text where formatting or editing changes.
            new Paragraph(Run("我们签定"), Run("协议,推动工作。"))));
        return file;
    }

    [Fact]
    public void A_docx_is_located_by_paragraph_and_column_in_every_report()
    {
        var file = Docx();

        var text = Wengao("check", file);
        var json = Wengao("check", file, "--format", "json");
        var sarif = Wengao("check", file, "--format", "sarif");

        Assert.True(text.Exit == 0, text.Err);
        Assert.Contains($"{file}:¶4:5: warning punctuation-width: ASCII `,` in Chinese text: write `，`\n", text.Out);
        Assert.Contains($"{file}:¶5:3: warning confusable:", text.Out);
        Assert.Equal(["¶4:5 punctuation-width", "¶5:3 confusable", "¶5:7 punctuation-width"], Located(json.Out));
        using var report = JsonDocument.Parse(sarif.Out);
        var results = report.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        var location = results[0].GetProperty("locations")[0];
        Assert.Equal("paragraph 4, column 5", location.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(4, location.GetProperty("properties").GetProperty("paragraph").GetInt32());
        Assert.False(location.GetProperty("physicalLocation").TryGetProperty("region", out _)); // SARIF regions count lines of text
        Assert.False(results[0].TryGetProperty("fixes", out _));
    }

    [Theory]
    [InlineData("--fix")]
    [InlineData("--dry-run")]
    public void Fix_on_a_docx_is_refused_with_exit_2_and_changes_nothing(string option)
    {
        var file = Docx();
        var before = File.ReadAllBytes(file);
        var markdown = _dir["other.md"];
        File.WriteAllText(markdown, "今天,我们开会。\n");

        var (exit, stdout, stderr) = Wengao("check", markdown, file, option);

        Assert.Equal(2, exit);
        Assert.Equal($"wengao check: --fix and --dry-run change only .md and .txt files, not the Word file {file}: make the fixes in Word or WPS\n"
            + "see `wengao check --help`\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal("", stdout);
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.Equal("今天,我们开会。\n", File.ReadAllText(markdown));
    }

    [Fact]
    public void A_text_that_is_neither_utf8_nor_gb18030_is_a_located_error_exit_1()
    {
        var file = _dir["bad.txt"];
        File.WriteAllBytes(file, [0x81, 0x20, 0x81, 0x20]);

        var (exit, _, stderr) = Wengao("check", file);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{file}:1:1: error: the file is neither UTF-8 nor GB18030 text", stderr);
    }

    public void Dispose() => _dir.Dispose();
}
