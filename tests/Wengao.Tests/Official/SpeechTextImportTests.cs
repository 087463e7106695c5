using UglyToad.PdfPig;
using Wengao.Tests.Authoring;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Official;

/// <summary>
/// A 政府工作报告 and a leader's speech as their sites show them (<see cref="OfficialTexts"/>): the byline read into the
/// front matter in the forms sites print it (a name alone, a date alone or in brackets, office and name), headings that end
/// as a sentence or with a colon, a long heading that wraps, a level skipped, 第一，… points, figures, 《》 and “” and
/// Latin abbreviations kept as written, the closing 谢谢大家！ kept.
/// </summary>
public sealed class SpeechTextImportTests(OfficialTexts texts) : IClassFixture<OfficialTexts>, IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_speechs_byline_is_read_whole_a_name_alone_as_the_speaker()
    {
        var report = texts.Report("safety-speech");
        Assert.Contains("  speaker:     李某某  (line 5)\n", report);
        Assert.Contains("  date:        2024-01-05  (line 4)\n", report);
        Assert.Contains("  occasion:    全市安全生产和消防工作会议  (line 3)\n", report);
        Assert.Contains("    line 6: 【字体：大 中 小】　浏览次数：3562  (a bar or credit line of the page)\n", report);
        Assert.DoesNotContain("待填", texts.Source("safety-speech"));
    }

    [Theory]
    [InlineData("（2024年1月5日）", null, "2024-01-05")]
    [InlineData("2024年1月5日", null, "2024-01-05")]
    [InlineData("张三", "张三", null)]
    [InlineData("欧阳某某", "欧阳某某", null)]
    [InlineData("市长　张三", "市长　张三", null)]
    [InlineData("阿不都·热合曼", "阿不都·热合曼", null)]
    public void A_byline_line_is_read_in_each_form_sites_print_it(string line, string? speaker, string? date)
    {
        var content = EmptyContent(_dir);
        File.WriteAllText(_dir["s.txt"], $"在全市工作会议上的讲话\n{line}\n同志们：\n今天我们召开全市工作会议。\n");
        var (exit, stdout, stderr) = RunCli("import", _dir["s.txt"], "--content", content, "--slug", "s");
        Assert.True(exit == 0, stderr);
        Assert.Equal(speaker is null ? null : $"  speaker:     {speaker}  (line 2)", stdout.Split('\n').SingleOrDefault(l => l.StartsWith("  speaker:", StringComparison.Ordinal)));
        Assert.Equal(date is null ? null : $"  date:        {date}  (line 2)", stdout.Split('\n').SingleOrDefault(l => l.StartsWith("  date:", StringComparison.Ordinal)));
        Assert.Contains("dropped as not part of the text: 0", stdout);
    }

    [Theory]
    [InlineData("（2024年1月5日，根据录音整理）", "根据录音整理", null)]
    [InlineData("（2024年1月5日在全县经济工作会议上的讲话）", null, "全县经济工作会议")]
    [InlineData("（2024年1月5日在全县经济工作会议上的讲话，根据录音整理）", "根据录音整理", "全县经济工作会议")]
    [InlineData("——2024年1月5日在全县经济工作会议上", null, "全县经济工作会议")]
    [InlineData("（2024年1月5日　根据录音整理）", "根据录音整理", null)]
    [InlineData("（2024年1月5日 在全县经济工作会议上的讲话）", null, "全县经济工作会议")]
    public void A_date_line_with_a_remark_or_the_speech_it_gives_is_the_date_its_remark_the_note(string line, string? remark, string? occasion)
    {
        var content = EmptyContent(_dir);
        File.WriteAllText(_dir["s.txt"], $"在全县经济工作会议上的讲话\n县长　张某某\n{line}\n同志们：\n今天我们召开全县经济工作会议。\n");
        var (exit, stdout, stderr) = RunCli("import", _dir["s.txt"], "--content", content, "--slug", "s");
        Assert.True(exit == 0, stderr);
        Assert.Contains("  date:        2024-01-05  (line 3)\n", stdout);
        Assert.Contains("dropped as not part of the text: 0", stdout);
        Assert.Equal(occasion is null ? null : $"  occasion:    {occasion}  (line 3)", stdout.Split('\n').SingleOrDefault(l => l.StartsWith("  occasion:", StringComparison.Ordinal)));
        var source = File.ReadAllText(Directory.GetFiles(content, "*-s.md", SearchOption.AllDirectories).Single());
        Assert.Contains("date: 2024-01-05  # 原文所署日期\n", source);
        if (remark is null) Assert.DoesNotContain("note:", source);
        else Assert.Contains($"note: \"{remark}\"  # 附注\n", source); // set in its brackets under the text (§7.3.6)
    }

    [Theory]
    [InlineData("（摘要）")]        // a note in brackets, no name
    [InlineData("讲话全文如下")]    // six ideographs: more than a Han name
    public void A_short_line_under_the_title_that_is_no_name_is_not_the_speaker(string line)
    {
        var content = EmptyContent(_dir);
        File.WriteAllText(_dir["s.txt"], $"在全市工作会议上的讲话\n{line}\n同志们：\n今天我们召开全市工作会议。\n");
        var (exit, stdout, stderr) = RunCli("import", _dir["s.txt"], "--content", content, "--slug", "s", "--date", "2024-01-10");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("  speaker:", stdout);
    }

    [Fact]
    public void Headings_ending_in_a_full_stop_or_a_colon_stand_at_level_one_and_a_long_one_wraps_inside_the_measure()
    {
        var report = texts.Report("safety-speech");
        Assert.Contains("    paragraph 2, level 1, own line: 一、关于当前安全生产形势的判断问题。\n", report);
        Assert.Contains("    paragraph 5, level 1, own line: 二、关于今年重点工作：\n", report);
        Assert.Contains("    paragraph 11, level 1, own line: 三、关于进一步压实安全生产责任，切实做到守土有责、守土负责、守土尽责的问题\n", report);
        // （1） under （二）, which opens a sentence rather than a heading: the level is the marker's, one skipped.
        Assert.Contains("    paragraph 10, level 4: （1）电动自行车全链条整治。\n", report);
        var lines = PdfText.Body(PdfText.Lines(texts.Pdf("safety-speech"))).Select(l => Seed.Normalise(l.Text)).ToList();
        var heading = lines.FindIndex(l => l.StartsWith("三、关于进一步压实", StringComparison.Ordinal));
        Assert.Equal("三、关于进一步压实安全生产责任，切实做到守土有责、守土负责、守土尽责的问题", lines[heading] + lines[heading + 1]);
        using var pdf = PdfDocument.Open(texts.Pdf("safety-speech"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["一、关于当前安全生产形势的判断问题。", "二、关于今年重点工作：", "三、关于进一步压实安全生产责任，切实做到守土有责、守土负责、守土尽责的问题"],
            bookmarks.Roots.Select(b => b.Title));
    }

    [Fact]
    public void The_speech_ends_on_its_thanks()
    {
        var page = SpeechPage.Read(texts.Page("safety-speech"));
        Assert.Equal("同志们：", page.Salutation);
        Assert.Equal("谢谢大家！", page.Paragraphs[^1]);
    }

    [Fact]
    public void The_work_reports_points_figures_quotes_and_abbreviations_are_kept_as_written()
    {
        var report = texts.Report("work-report");
        Assert.Contains("  speaker:     某市人民政府市长　王某某  (line 3)\n", report);
        Assert.Contains("  occasion:    某市第十七届人民代表大会第三次会议  (line 2)\n", report);
        Assert.Contains("  salutation:  各位代表：\n", report);
        foreach (var point in new[] { "第一，全力稳住经济基本盘。", "第二，加快建设现代化产业体系。", "第三，持续深化改革开放。", "第四，用心用情保障和改善民生。" })
            Assert.Contains($": {point}\n", report);
        Assert.Contains("    paragraph 13, level 2: （一）着力扩大有效需求。\n", report);
        var page = SpeechPage.Read(texts.Page("work-report"));
        Assert.Equal("各位代表：", page.Salutation);
        Assert.StartsWith("现在，我代表市人民政府，向大会报告工作", page.Paragraphs[0]);
        Assert.EndsWith("现将二〇二三年工作和二〇二四年主要任务报告如下。", page.Paragraphs[0]);
        var text = string.Concat(page.Paragraphs);
        foreach (var kept in new[] { "全市地区生产总值（GDP）达到1.2万亿元，同比增长5.2%", "居民消费价格（CPI）涨幅控制在1.8%以内", "新建5G基站6800个",
                     "人工智能（AI）", "《“健康中国2030”规划纲要》", "坚持“两个确立”、做到“两个维护”" })
            Assert.Contains(kept, text);
        Assert.StartsWith("各位代表！新征程上", page.Paragraphs[^1]);
        var pdf = Seed.Normalise(string.Concat(PdfText.Body(PdfText.Lines(texts.Pdf("work-report"))).Select(l => l.Text)));
        Assert.Contains("全市地区生产总值（GDP）达到1.2万亿元，同比增长5.2%", pdf);
        Assert.Contains("《“健康中国2030”规划纲要》", pdf);
    }
}
