using System.Text.Json;
using Wengao.Authoring;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Authoring;

/// <summary>
/// A hard-wrapped draft — the work report as pdftotext gives its PDF (tests/fixtures/documents/work-report-pdf.txt:
/// 28 characters a line as GB/T 9704 sets them, each paragraph's indented first line two narrower, a closing mark hung
/// at a line's end, numbers never split, "— N —" under every 22 lines and a form feed at each page's end) — imports as
/// its one-paragraph-a-line original does, its page numbers dropped and listed; `wengao check` of such a draft points
/// at each finding's own line. A draft that is not hard-wrapped is left as it is.
/// </summary>
public sealed class HardWrappedImportTests : IDisposable
{
    private static readonly string Documents = Path.Combine(Repo.Fixtures, "documents");
    private readonly TempDir _dir = new();

    private (string Report, string Source) Import(string file, string content)
    {
        var (exit, stdout, stderr) = RunCli("import", file, "--content", content, "--slug", "report", "--date", "2024-01-15");
        Assert.True(exit == 0, stderr);
        return (stdout, File.ReadAllText(Directory.GetFiles(Path.Combine(content, "speeches"), "*.md").Single()));
    }

    [Fact]
    public void The_pdf_copy_of_the_work_report_imports_as_the_original_does()
    {
        var (_, original) = Import(Path.Combine(Documents, "work-report.txt"), _dir["original"]);
        var (report, wrapped) = Import(Path.Combine(Documents, "work-report-pdf.txt"), _dir["wrapped"]);

        Assert.Equal(original, wrapped); // the same paragraphs, headings, notes and front matter, character for character
        Assert.Contains("  paragraphs:  80\n", report); // as the original's report counts them
        Assert.Contains("  hard-wrapped: lines broken at 28 characters (a PDF copy), joined back into paragraphs\n", report);
        Assert.Contains("  notes:       20 (under “注释” at line 186, each linked from its marker in the text)\n", report);
    }

    [Fact]
    public void The_pdf_copy_of_a_notice_keeps_its_title_salutation_furniture_and_attachments_as_the_original_does()
    {
        // notice-with-attachments-pdf.txt: the notice as its PDF gives it (no site around it): a three-line title, a
        // 主送机关, two 附件说明 lines (the second wrapped), signature, date, 附注 and two attachments, 28 characters a line.
        var (_, original) = Import(Path.Combine(Documents, "notice-with-attachments.txt"), _dir["original"]);
        var (report, wrapped) = Import(Path.Combine(Documents, "notice-with-attachments-pdf.txt"), _dir["wrapped"]);

        Assert.Equal(original, wrapped);
        Assert.Contains("    attachment 2: 某县2024年防汛抗旱应急演练参演单位职责分工及各乡镇联络员名单  (line 38)\n", report);
        Assert.Contains("    signature:   某县人民政府办公室  (line 40)\n", report);
        Assert.Contains("    signed:      2024年4月8日  (line 41)\n", report);
        Assert.Contains("  paragraphs:  9\n", report);
        Assert.Contains("  dropped as not part of the text: 4 (a page number of the PDF copy: 4)\n", report);
    }

    [Fact]
    public void A_scraped_speech_cut_every_34_characters_imports_as_the_original_does()
    {
        // The speech as a mail client or a copy from a viewer leaves it: its chrome and byline as they were (lines 1–8),
        // each paragraph after them cut every 34 characters, whatever their widths.
        var lines = File.ReadAllLines(Path.Combine(Documents, "speech-rural-environment.txt"));
        var cut = lines.Take(8).Concat(lines.Skip(8).SelectMany(l => l.Chunk(34).Select(c => new string(c)).DefaultIfEmpty("")));
        var file = _dir["speech-34.txt"];
        File.WriteAllLines(file, cut);

        var (_, original) = Import(Path.Combine(Documents, "speech-rural-environment.txt"), _dir["original"]);
        var (report, wrapped) = Import(file, _dir["wrapped"]);

        Assert.Equal(original, wrapped);
        Assert.Contains("  paragraphs:  17\n", report);
        Assert.Contains("  hard-wrapped: lines broken at 34 characters (a PDF copy), joined back into paragraphs\n", report);
    }

    [Fact]
    public void The_page_numbers_of_the_pdf_copy_are_dropped_and_listed()
    {
        var (report, _) = Import(Path.Combine(Documents, "work-report-pdf.txt"), _dir["wrapped"]);

        Assert.Contains("  dropped as not part of the text: 10 (a page number of the PDF copy: 10)\n", report);
        var dropped = report.Split('\n').Where(l => l.StartsWith("    line ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            [
                "    line 24: — 1 —  (a page number of the PDF copy)", "    line 48: — 2 —  (a page number of the PDF copy)",
                "    line 72: — 3 —  (a page number of the PDF copy)", "    line 96: — 4 —  (a page number of the PDF copy)",
                "    line 120: — 5 —  (a page number of the PDF copy)", "    line 144: — 6 —  (a page number of the PDF copy)",
                "    line 168: — 7 —  (a page number of the PDF copy)", "    line 192: — 8 —  (a page number of the PDF copy)",
                "    line 216: — 9 —  (a page number of the PDF copy)", "    line 240: — 10 —  (a page number of the PDF copy)",
            ], dropped);
    }

    // A speech wrapped at 20 characters over three pages: "第 N 页 共 3 页" at each page's foot, the issuer's name as a
    // running header at the head of pages 2 and 3, the second paragraph broken by the first page break, the fourth by
    // the second. Digits take half a character, so lines 7 and 8 hold 18 characters' width.
    private static readonly string[] Paged =
    [
        "在全县安全生产工作会议上的讲话",
        "同志们：",
        "今天，我们召开全县安全生产工作会议，主要",
        "任务是总结去年工作，分析当前形势，部署今",
        "年任务。",
        "去年以来，全县上下认真贯彻落实上级决策部",
        "第 1 页 共 3 页",
        "\f某县安全生产委员会办公室",
        "署，签定协议和责任书312份,排查整改隐",
        "患1860处，全县未发生较大以上生产安全",
        "事故。",
        "一、压紧压实安全责任",
        "各乡镇、各部门要严格落实党政同责、一岗双",
        "第 2 页 共 3 页",
        "\f某县安全生产委员会办公室",
        "责、齐抓共管、失职追责，主要负责同志要亲",
        "自研究、亲自部署、亲自督办。",
        "二、深化隐患排查整治",
        "要聚焦道路交通、建筑施工、危险化学品、消",
        "防等重点行业领域，开展拉网式排查，做到不",
        "留死角、不留盲区。",
        "第 3 页 共 3 页",
    ];

    [Fact]
    public void A_paragraph_broken_by_a_page_break_is_joined_across_it_and_the_page_furniture_is_dropped()
    {
        var layout = DraftLayout.Recognise(Paged, salutations: true);

        Assert.Equal(20, layout.Measure);
        Assert.Equal("在全县安全生产工作会议上的讲话", layout.Title);
        Assert.Equal("同志们：", layout.Salutation);
        Assert.Equal(
            [
                "今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。",
                "去年以来，全县上下认真贯彻落实上级决策部署，签定协议和责任书312份,排查整改隐患1860处，全县未发生较大以上生产安全事故。",
                "一、压紧压实安全责任",
                "各乡镇、各部门要严格落实党政同责、一岗双责、齐抓共管、失职追责，主要负责同志要亲自研究、亲自部署、亲自督办。",
                "二、深化隐患排查整治",
                "要聚焦道路交通、建筑施工、危险化学品、消防等重点行业领域，开展拉网式排查，做到不留死角、不留盲区。",
            ], layout.Paragraphs);
        Assert.Equal(
            [
                (7, "a page number of the PDF copy"), (8, "the PDF copy's running header, repeated on its pages"),
                (14, "a page number of the PDF copy"), (15, "the PDF copy's running header, repeated on its pages"),
                (22, "a page number of the PDF copy"),
            ], layout.Dropped.Select(d => (d.Number, d.Reason)));
    }

    // A notice wrapped at 20 characters with a TAB-separated table in it and an e-mail address and an English address
    // broken at lines' ends.
    private static readonly string[] WithTable =
    [
        "关于开展全县安全生产大检查的通知",
        "各乡镇人民政府，县直各单位：",
        "为切实做好今年安全生产工作，经县政府",
        "同意，现就开展全县安全生产大检查有关事项",
        "通知如下，请各单位认真抓好落实，确保检查",
        "取得实效。",
        "检查分三个阶段进行，各阶段时间安排如下表",
        "所列：",
        "阶段\t时间\t任务",
        "自查自纠\t5月1日至5月15日\t各单位全面自查",
        "重点检查\t5月16日至6月15日\t县安委会组织检查",
        "检查结束后，各单位要认真梳理发现的问题隐",
        "患，建立台账，明确整改责任和时限，实行闭",
        "环管理。",
        "联系人：张某，电子邮箱：anquan@example",
        ".gov.cn，办公地址：县政府大楼 Room",
        "301室。",
    ];

    [Fact]
    public void Table_rows_are_never_joined_and_english_words_broken_at_a_line_end_get_the_space_the_break_stood_for()
    {
        var layout = DraftLayout.Recognise(WithTable, salutations: true);

        Assert.Equal(20, layout.Measure);
        Assert.Equal("关于开展全县安全生产大检查的通知", layout.Title);
        Assert.Equal("各乡镇人民政府，县直各单位：", layout.Salutation);
        Assert.Equal(
            [
                "为切实做好今年安全生产工作，经县政府同意，现就开展全县安全生产大检查有关事项通知如下，请各单位认真抓好落实，确保检查取得实效。",
                "检查分三个阶段进行，各阶段时间安排如下表所列：",
                "阶段\t时间\t任务",
                "自查自纠\t5月1日至5月15日\t各单位全面自查",
                "重点检查\t5月16日至6月15日\t县安委会组织检查",
                "检查结束后，各单位要认真梳理发现的问题隐患，建立台账，明确整改责任和时限，实行闭环管理。",
                "联系人：张某，电子邮箱：anquan@example.gov.cn，办公地址：县政府大楼 Room 301室。",
            ], layout.Paragraphs);
        // The space stands where the line break after "Room" is (offset 280 of the draft), "301" where line 17 starts (281).
        var contact = layout.Body[^1];
        Assert.Equal(280, contact.At(contact.Text.IndexOf(" 301", StringComparison.Ordinal)));
        Assert.Equal(281, contact.At(contact.Text.IndexOf("301", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_of_a_hard_wrapped_draft_reports_a_finding_at_its_own_line_and_column()
    {
        var file = _dir["讲话.txt"];
        File.WriteAllText(file, string.Join("\n", Paged) + "\n");

        var (exit, stdout, stderr) = RunCli("check", file, "--format", "json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var found = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()} {f.GetProperty("rule").GetString()}").ToList();
        // 签定 and the ASCII comma are in the second line (9) of the second paragraph, after a page break.
        Assert.Equal(["9:3 confusable", "9:15 punctuation-width"], found);
    }

    [Fact]
    public void Fix_of_a_hard_wrapped_draft_changes_the_mark_in_its_own_line()
    {
        var file = _dir["讲话.txt"];
        File.WriteAllText(file, string.Join("\n", Paged) + "\n");

        var (exit, _, stderr) = RunCli("check", file, "--fix");

        Assert.Equal(0, exit);
        Assert.Contains("fixed 1 mark(s) in 1 file(s)", stderr);
        var fixedLines = File.ReadAllText(file).Split('\n');
        Assert.Equal("署，签定协议和责任书312份，排查整改隐", fixedLines[8]);
        Assert.Equal(Paged.Where((_, i) => i != 8), fixedLines.Take(Paged.Length).Where((_, i) => i != 8));
    }

    public static TheoryData<string> OneParagraphALine()
    {
        var data = new TheoryData<string>("seeds/000_5a3784b8f9ea1f75.txt");
        foreach (var file in Directory.GetFiles(Documents, "*.txt").Order(StringComparer.Ordinal))
            if (!file.EndsWith("-pdf.txt", StringComparison.Ordinal)) data.Add("documents/" + Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(OneParagraphALine))]
    public void A_draft_with_one_paragraph_a_line_is_not_taken_for_hard_wrapped(string name)
    {
        var lines = File.ReadAllText(Path.Combine(Repo.Fixtures, name)).Replace("\r\n", "\n").Split('\n');

        var layout = DraftLayout.Recognise(lines, salutations: true);

        Assert.Null(layout.Measure);
        Assert.DoesNotContain(layout.Dropped, d => d.Reason.Contains("PDF copy", StringComparison.Ordinal));
    }

    public void Dispose() => _dir.Dispose();
}
