using UglyToad.PdfPig;
using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Authoring;

/// <summary>
/// A leader's speech as a county site publishes it (tests/fixtures/documents/speech-rural-environment.txt): the byline
/// under the title (subtitle, office and name, date) read into the front matter, so nothing is left to fill in; headings
/// on lines of their own that join two phrases with a comma found at level 1; run-in headings at theirs, 一是…三是 under
/// part 二、 as its points; every line of the text kept; built without --drafts once its draft line is gone, speaker and
/// date printed under the title and the outline nested as the import reported it.
/// </summary>
public sealed class SpeechImportTests : IDisposable
{
    private readonly TempDir _dir = new();
    private static readonly string Draft = Path.Combine(Repo.Fixtures, "documents", "speech-rural-environment.txt");

    private (string Out, string Content, string Source) Import() => ImportDraft(_dir, Draft, "rural");

    [Fact]
    public void The_byline_becomes_speaker_date_and_occasion_and_nothing_is_left_to_fill_in()
    {
        var (stdout, _, path) = Import();

        Assert.Equal("2024-04-09-rural.md", Path.GetFileName(path));
        var source = File.ReadAllText(path);
        Assert.Contains("speaker: \"县委书记　张某\"\n", source);
        Assert.Contains("occasion: \"全县农村人居环境整治提升推进会\"\n", source);
        Assert.Contains("date: 2024-04-09", source);
        Assert.DoesNotContain("待填", source);
        Assert.Contains("  speaker:     县委书记　张某  (line 6)", stdout);
        Assert.Contains("  date:        2024-04-09  (line 7)", stdout);
        Assert.Contains("check it against the original", stdout);
        Assert.Contains("dropped as not part of the text: 6 (site header above the title: 3, site footer after the text: 3)", stdout);
    }

    [Fact]
    public void Headings_that_join_two_phrases_with_a_comma_stand_on_their_own_lines_at_level_one()
    {
        var (stdout, _, path) = Import();

        Assert.Contains("headings marked: 3 on lines of their own, 10 run in", stdout);
        Assert.Contains("paragraph 2, level 1, own line: 一、提高站位，充分认识整治提升工作的重大意义", stdout);
        Assert.Contains("paragraph 7, level 1, own line: 二、突出重点，扎实推进各项任务落地见效", stdout);
        Assert.Contains("paragraph 13, level 1, own line: 三、强化保障，确保整治提升工作取得实效", stdout);
        Assert.Contains("paragraph 9, level 2: 一是抓好厕所革命。", stdout);  // a point of part 二、, one level below it
        Assert.Contains("paragraph 12, level 3: 首先，要因地制宜。", stdout);
        Assert.Contains("paragraph 14, level 2: （一）加强组织领导。", stdout);
        Assert.Contains("\n## 一、提高站位，充分认识整治提升工作的重大意义\n", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("1.各乡镇要逐户摸排，新建改建户厕1200户。", false)]   // a numbered sentence, not a heading
    [InlineData("一、提高站位，充分认识工作的重大意义", true)]
    [InlineData("（一）指导思想。", true)]
    [InlineData("一、总体要求；二、重点任务", false)]                    // a list, not one heading
    [InlineData("二、关于今年重点工作：", true)]                          // a heading that introduces what follows
    [InlineData("1.对符合条件的企业，给予以下支持：", false)]            // a numbered sentence that leads a list
    public void A_line_with_a_marker_is_a_heading_of_its_own_when_it_says_no_sentence(string line, bool heading)
    {
        var content = EmptyContent(_dir);
        File.WriteAllText(_dir["d.txt"], $"关于工作的报告\n今年以来，全县工作稳中有进。\n{line}\n各项工作有序推进。\n");
        var (exit, stdout, stderr) = RunCli("import", _dir["d.txt"], "--content", content, "--slug", "d", "--date", "2024-01-10");
        Assert.True(exit == 0, stderr);
        Assert.Equal(heading, stdout.Contains($"paragraph 2, level {(line[0] == '1' ? 3 : line[1] == '一' ? 2 : 1)}, own line: {line}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_series_of_numbered_paragraphs_most_of_which_open_on_a_sentence_has_no_run_in_heading()
    {
        var content = EmptyContent(_dir);
        File.WriteAllText(_dir["d.txt"], "关于同意建立某工作联席会议制度的函\n你单位来文收悉。现函复如下：\n"
            + "一、同意建立某工作联席会议制度。联席会议不刻制印章，不正式行文。\n"
            + "二、牵头单位要会同有关部门，统筹研究重大政策，协调解决重大问题。\n"
            + "三、联席会议每年至少召开一次全体会议，根据工作需要可临时召开。\n"
            + "（一）加强组织领导。各单位要落实责任。\n（二）加大资金投入，强化保障。县财政要统筹安排。\n（三）严格督查考核。督查室要定期督查。\n");
        var (exit, stdout, stderr) = RunCli("import", _dir["d.txt"], "--content", content, "--slug", "d", "--date", "2024-01-10");
        Assert.True(exit == 0, stderr);

        // 一、 is one of three, two of which open on a sentence (with commas, on who acts or what it is about): a numbered
        // item; the （一） series is three headings, （二） joining two phrases with a comma as headings do.
        Assert.DoesNotContain("一、同意建立某工作联席会议制度。", stdout.Split('\n').Where(l => l.Contains("level", StringComparison.Ordinal)));
        Assert.Contains("    paragraph 5, level 2: （一）加强组织领导。\n", stdout);
        Assert.Contains("    paragraph 6, level 2: （二）加大资金投入，强化保障。\n", stdout);
        Assert.Contains("    paragraph 7, level 2: （三）严格督查考核。\n", stdout);
        Assert.Contains("  headings marked: 0 on lines of their own, 3 run in\n", stdout);
    }

    [Fact]
    public void Built_without_drafts_every_line_of_the_text_is_in_the_pdf_under_the_speaker_and_date()
    {
        var (_, content, path) = Import();
        Publish(path);
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"]));

        var pdf = _dir["output/internal/pdf/rural.pdf"];
        var lines = PdfText.Lines(pdf);
        Assert.Contains(lines, l => Seed.Normalise(l.Text) == "县委书记张某");
        Assert.Contains(lines, l => l.Text == "（2024年4月9日）");
        var text = Seed.Normalise(string.Concat(PdfText.Body(lines).Select(l => l.Text)));
        var draft = File.ReadAllLines(Draft);
        for (var kept = 9; kept <= 25; kept++)
            Assert.Contains(Seed.Normalise(draft[kept - 1]), text);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["一、提高站位，充分认识整治提升工作的重大意义", "二、突出重点，扎实推进各项任务落地见效", "三、强化保障，确保整治提升工作取得实效"],
            bookmarks.Roots.Select(b => b.Title));
        Assert.Equal(["一是抓好厕所革命。", "二是抓好垃圾治理。", "三是抓好污水治理。"], bookmarks.Roots[1].Children.Select(b => b.Title));
        Assert.Equal(["首先，要因地制宜。"], bookmarks.Roots[1].Children[2].Children.Select(b => b.Title));
    }

    [Fact]
    public void A_work_reports_dash_line_gives_date_and_occasion_and_the_pdf_prints_both_under_the_speaker()
    {
        File.WriteAllText(_dir["r.txt"], "政府工作报告\n——2024年1月20日在某市第十六届人民代表大会第四次会议上\n某市市长　张某\n各位代表：\n"
            + "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n过去一年，全市经济稳中向好。\n");
        var (stdout, content, path) = ImportDraft(_dir, _dir["r.txt"], "report");
        Assert.Contains("  occasion:    某市第十六届人民代表大会第四次会议  (line 2)", stdout);
        Assert.Contains("  date:        2024-01-20  (line 2)", stdout);

        Publish(path);
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"]));
        var front = PdfText.Body(PdfText.Lines(_dir["output/internal/pdf/report.pdf"])).Select(l => Seed.Normalise(l.Text)).ToList();
        Assert.Equal("政府工作报告", front[0]);
        Assert.Equal("某市市长张某", front[1]);
        Assert.Equal("（2024年1月20日在某市第十六届人民代表大会第四次会议上）", front[2]);
        Assert.Equal("各位代表：", front[3]);
    }

    [Theory]
    [InlineData("县委书记　吉𠮷")]            // a name with an ideograph of Extension B
    [InlineData("州长 阿不都•热合曼")]         // a name's dot typed as •
    [InlineData("市长\t张某某")]
    public void A_speaker_line_is_read_however_its_name_is_spelled(string line)
    {
        var content = EmptyContent(_dir);
        File.WriteAllText(_dir["s.txt"], $"在全市工作会议上的讲话\n{line}\n同志们：\n今天我们召开全市工作会议。\n");
        var (exit, stdout, stderr) = RunCli("import", _dir["s.txt"], "--content", content, "--slug", "s", "--date", "2024-01-10");
        Assert.True(exit == 0, stderr);
        Assert.Contains($"  speaker:     {line}  (line 2)", stdout);
    }

    public void Dispose() => _dir.Dispose();
}
