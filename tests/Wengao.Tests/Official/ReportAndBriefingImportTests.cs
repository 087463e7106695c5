using UglyToad.PdfPig;
using Wengao.Pipeline;
using Wengao.Tests.Authoring;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Official;

/// <summary>
/// A provincial 政府工作报告 (its subtitle broken over two lines, headings at four levels standalone and run in, a table of
/// targets, 名词解释) and a speech copied from a WeChat article, built with the other official texts (<see cref="OfficialTexts"/>);
/// and, each imported and built here, a speech with its speaker in the subtitle (——某某同志在…上的讲话) and 谢谢大家！, one
/// reposted by a county media account, one from a news site, a 工作简报 of three articles with its 报头 and 报尾, and an
/// outcome report with its table of indicators. Those print their byline or 报头 in the template's form, not the draft's
/// words (——…同志在…的讲话, 某办公室编), so they are not among the texts whose every line the PDF is checked to hold.
/// </summary>
public sealed class ReportAndBriefingImportTests(OfficialTexts texts) : IClassFixture<OfficialTexts>, IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Imports a fixture as <paramref name="kind"/> and builds it, drafts and PDFs included: the report, the source, the output.</summary>
    /// <param name="file">a fixture of tests/fixtures/documents/, or a path</param>
    private (string Report, string Source, string Output) Build(string file, string kind, string slug)
    {
        var content = EmptyContent(_dir);
        var (exit, stdout, stderr) = RunCli("import", Path.Combine(Repo.Fixtures, "documents", file), "--type", kind, "--content", content, "--slug", slug);
        Assert.True(exit == 0, stderr);
        var source = Directory.GetFiles(content, $"*-{slug}.md", SearchOption.AllDirectories).Single();
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"], Drafts: true));
        return (stdout, File.ReadAllText(source), _dir["output/internal"]);
    }

    [Fact]
    public void The_work_reports_subtitle_broken_over_two_lines_is_read_whole_and_nothing_of_it_is_dropped()
    {
        var report = texts.Report("province-report");
        Reads(report,
            "  speaker:     某某省人民政府省长　陈某某  (line 4)\n",
            "  date:        2024-01-23  (lines 2–3)\n",
            "  occasion:    某某省第十四届人民代表大会第二次会议  (lines 2–3)\n",
            "dropped as not part of the text: 0");
        Assert.Contains("occasion: \"某某省第十四届人民代表大会第二次会议\"\n", texts.Source("province-report"));
    }

    [Fact]
    public void The_work_reports_headings_joining_two_phrases_stand_at_their_level_on_their_line_and_run_in()
    {
        var report = texts.Report("province-report");
        Reads(report,
            "    paragraph 4, level 2: （一）坚持稳中求进，经济运行持续回升向好。\n",
            "    paragraph 8, level 2, own line: （二）坚持创新驱动，现代化产业体系加快构建。\n",
            "    paragraph 14, level 2: （三）坚持人民至上，民生福祉不断增进。\n",
            "    paragraph 28, level 2, own line: （一）着力扩大有效需求，巩固经济回升向好态势。\n",
            "    paragraph 11, level 4: （1）传统产业焕新。\n");
        var page = SpeechPage.Read(texts.Page("province-report"));
        Assert.Contains("run-in-2: （一）坚持稳中求进，经济运行持续回升向好。", page.Headings);
        Assert.Contains("run-in-4: （2）新兴产业壮大。", page.Headings);
        using var pdf = PdfDocument.Open(texts.Pdf("province-report"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var first = bookmarks.Roots.First();
        Assert.Equal("一、2023年工作回顾", first.Title);
        Assert.Contains("（二）坚持创新驱动，现代化产业体系加快构建。", first.Children.Select(b => b.Title));
        Assert.Equal(["一、2023年工作回顾", "二、2024年主要目标和重点任务", "三、全面加强政府自身建设"], bookmarks.Roots.Select(b => b.Title));
    }

    [Fact]
    public void The_work_reports_targets_are_a_table_its_glossary_its_notes_and_its_figures_whole()
    {
        var report = texts.Report("province-report");
        Assert.Contains("  tables: 1, ordered lists: 0\n", report);
        // 名词解释 is no 注释 heading: the glossary stays text as written, its ［1］ markers with it (docs/import.md).
        Assert.Contains("  notes:       0", report);
        var page = Html.Load(texts.Page("province-report"));
        var table = page.All("table").Single();
        Assert.Equal(["指标", "单位", "2023年完成", "2024年目标"], table.Descendants("th").Select(th => th.Text()));
        Assert.Equal(["城镇新增就业", "万人", "76.8", "70以上"],
            table.Descendants("tr").Single(tr => tr.Descendants("td").FirstOrDefault()?.Text() == "城镇新增就业").Descendants("td").Select(td => td.Text()));
        var paragraphs = SpeechPage.Read(texts.Page("province-report")).Paragraphs;
        Assert.Equal("名词解释", paragraphs[^4]);
        Assert.StartsWith("［3］低空经济：指以各种有人驾驶和无人驾驶航空器", paragraphs[^1]);
        var pdf = Seed.Normalise(string.Concat(PdfText.Body(PdfText.Lines(texts.Pdf("province-report"))).Select(l => l.Text)));
        foreach (var figure in new[] { "全省地区生产总值达到5.36万亿元、增长5.8%", "城镇新增就业76.8万人", "实际使用外资98.6亿美元", "惠及居民41.2万户" })
            Assert.Contains(figure, pdf);
        AssertNoFigureSplit(texts.Pdf("province-report"));
    }

    /// <summary>Asserts the import's report holds each of the lines.</summary>
    private static void Reads(string report, params string[] lines)
    {
        foreach (var line in lines) Assert.Contains(line, report);
    }

    /// <summary>What follows a figure's digits in these texts: more digits, its decimal point, its unit.</summary>
    private const string FigureGoesOn = "0123456789.%万亿元户人个家所亩吨公里";

    /// <summary>No line of the PDF's text ends inside a figure the next line goes on with (1.3 / 亿元, 15 / 860元).</summary>
    private static void AssertNoFigureSplit(string pdf)
    {
        var lines = PdfText.Body(PdfText.Lines(pdf)).Select(l => Seed.Normalise(l.Text)).Where(l => l.Length > 0).ToList();
        Assert.DoesNotContain(lines.Zip(lines.Skip(1)), p => char.IsAsciiDigit(p.First[^1]) && FigureGoesOn.Contains(p.Second[0]));
    }

    [Fact]
    public void The_wechat_articles_headline_account_and_buttons_are_dropped_and_the_speech_under_them_read()
    {
        var report = texts.Report("wechat-speech");
        Reads(report,
            "  title:       在全市优化营商环境大会上的讲话\n",
            "  speaker:     市委书记　刘某某  (line 9)\n",
            "  date:        2024-02-26  (line 10)\n",
            "    line 1: 点击蓝字 关注我们  (site header above the title)\n",
            "    line 2: 重磅！市委书记在全市优化营商环境大会上的讲话全文  (site header above the title)\n",
            "    line 7: 阅读 12万+  (site header above the title)\n",
            "    line 15: 图片  (a photo caption or credit)\n",
            "    line 16: ▲2月26日，全市优化营商环境大会召开。（记者 孙某 摄）  (a photo caption or credit)\n",
            "    line 28: 责编：王某  (site footer after the text)\n",
            "    line 29: 往期推荐  (the site's list of links after the text)\n",
            "    line 32: 一图读懂2024年市政府工作报告  (the site's list of links after the text)\n",
            "    line 33: 扫码关注我们  (site footer after the text)\n",
            "    line 38: 在看  (site footer after the text)\n",
            "dropped as not part of the text: 23");
        var page = SpeechPage.Read(texts.Page("wechat-speech"));
        Assert.Equal("在全市优化营商环境大会上的讲话", page.Title);
        Assert.StartsWith("今天是春节后上班的第一周", page.Paragraphs[0]);
        Assert.StartsWith("但我们也要清醒看到，对标先进地区", page.Paragraphs[2]);
        Assert.StartsWith("同志们，营商环境没有最好，只有更好。", page.Paragraphs[^1]);
    }

    [Fact]
    public void A_subtitle_naming_the_speaker_gives_the_speaker_and_the_occasion_and_the_speech_ends_on_its_thanks()
    {
        var (report, source, output) = Build("speech-cadres-conference.txt", "speech", "cadres");
        Reads(report,
            "  title:       坚定信心　真抓实干 / 奋力开创全县乡村全面振兴新局面 (2 lines)\n",
            "  speaker:     张某某  (line 3)\n",
            "  occasion:    全县2024年三级干部大会  (line 3)\n",
            "dropped as not part of the text: 0");
        Assert.Contains("speaker: \"张某某\"\n", source);
        Assert.Contains("title: \"坚定信心　真抓实干\\n奋力开创全县乡村全面振兴新局面\"\n", source);
        var page = SpeechPage.Read(Path.Combine(output, "site", "speeches", "cadres.html"));
        Assert.Equal("同志们：", page.Salutation);
        Assert.Equal("谢谢大家！", page.Paragraphs[^1]);
        Assert.Contains("一是经济总量实现新突破。全县地区生产总值达到286.5亿元，增长6.8%", page.Paragraphs[1]);
        var lines = PdfText.Body(PdfText.Lines(Path.Combine(output, "pdf", "cadres.pdf"))).Select(l => Seed.Normalise(l.Text)).ToList();
        Assert.Equal(["坚定信心真抓实干", "奋力开创全县乡村全面振兴新局面"], lines.Take(2));
        Assert.Equal("谢谢大家！", lines[^1]);
    }

    [Fact]
    public void A_news_sites_button_bar_is_no_speaker_and_its_bars_and_related_news_are_dropped()
    {
        var (stdout, content, _) = ImportDraft(_dir, Path.Combine(Repo.Fixtures, "documents", "speech-news-site.txt"), "news", "--date", "2024-02-29");
        Reads(stdout,
            "  speaker:     市长　赵某某  (line 6)\n",
            "    line 1: 当前位置：首页 > 要闻 > 时政要闻  (site header above the title)\n",
            "    line 3: 来源：某某日报　　时间：2024-03-01 09:30  (a bar or credit line of the page)\n",
            "    line 5: 打印本页　　关闭窗口  (the page's buttons (字号, 打印, 关闭, 收藏, 分享, 纠错))\n",
            "    line 19: 【纠错】　责任编辑：钱某某  (site footer after the text)\n",
            "    line 22: 相关新闻  (the site's list of links after the text)\n");
        var page = BuildPage(content, _dir["output"]);
        Assert.Equal("在全市高质量发展推进大会上的讲话", page.Title);
        Assert.Equal(8, page.Paragraphs.Count);
        Assert.StartsWith("同志们，新的一年，任务艰巨，使命光荣。", page.Paragraphs[^1]);
    }

    [Fact]
    public void The_briefings_masthead_and_distribution_are_read_into_its_front_matter()
    {
        var (report, source, _) = Build("work-briefing-issue.txt", "briefing", "issue");
        Reads(report,
            "  name:        工作简报  (line 1)\n  issue:       第6期  (line 2)\n  issuer:      某某县人民政府办公室  (line 3)\n",
            "dropped as not part of the text: 0");
        Assert.Contains("""
            name: "工作简报"  # 报头
            issue: 6  # 期号
            issuer: "某某县人民政府办公室"  # 编印单位
            distribution:  # 报尾
              bao:
                - "市政府办公室"
                - "县委书记、副书记"
                - "县人大常委会主任"
                - "县政协主席"
              song:
                - "县委办公室"
                - "县人大常委会办公室"
                - "县政协办公室"
              fa:
                - "各乡镇人民政府"
                - "县政府各部门、各直属机构"
            copies: 120  # 共印份数
            date: 2024-03-18  # 报头所署日期
            printed_by: "某某县人民政府办公室"  # 版记：印发机关
            """.Replace("\r", "") + "\n", source);
    }

    [Fact]
    public void The_briefings_articles_keep_their_titles_as_headings_and_its_pdf_ends_on_its_distribution()
    {
        var (report, _, output) = Build("work-briefing-issue.txt", "briefing", "issue");
        Reads(report,
            "    paragraph 2, level 1, own line: 全县一季度重点项目集中开工\n",
            "    paragraph 5, level 1, own line: 县发展改革局推行项目“全生命周期”服务\n",
            "    paragraph 7, level 1, own line: 城关镇“三个到位”保障项目征地拆迁\n");
        var page = Html.Load(Path.Combine(output, "site", "briefings", "issue.html"));
        Assert.Equal("工作简报", page.All("p").Single(p => (string?)p.Attribute("class") == "briefing-name").Text());
        Assert.Equal("第6期", page.All("p").Single(p => (string?)p.Attribute("class") == "issue").Text());
        Assert.Equal(["全县一季度重点项目集中开工", "县发展改革局推行项目“全生命周期”服务", "城关镇“三个到位”保障项目征地拆迁"], page.All("h2").Select(h => h.Text()));
        var body = page.All("div").Single(d => (string?)d.Attribute("class") == "body").Elements("p").Select(p => p.Text()).ToList();
        Assert.StartsWith("【编者按】今年以来", body[0]);
        Assert.EndsWith("为12个项目落地提供了用地保障。", body[^1]);
        var lines = PdfText.Body(PdfText.Lines(Path.Combine(output, "pdf", "issue.pdf"))).Select(l => Seed.Normalise(l.Text)).ToList();
        Assert.Equal("工作简报", lines[0]);
        Assert.Equal("第6期", lines[1]);
        var text = string.Concat(lines);
        Assert.Contains("报：市政府办公室，县委书记、副书记，县人大常委会主任，县政协主席。送：县委办公室，县人大常委会办公室，县政协办公室。发：各乡镇人民政府，县政府各部门、各直属机构。", text);
        Assert.EndsWith("（共印120份）", text);
    }

    [Fact]
    public void A_reposted_wechat_speech_loses_its_bars_credits_counters_and_recommendations_and_keeps_its_thanks()
    {
        var (report, source, output) = Build("speech-wechat-repost.txt", "speech", "repost");
        Reads(report,
            "  title:       以“三抓三促”推动作风建设走深走实\n",
            "  speaker:     王某某  (line 6)\n",
            "  occasion:    全县作风建设推进会  (line 6)\n",
            "    line 2: 县委书记王某某：以“三抓三促”推动作风建设走深走实  (site header above the title)\n",
            "    line 4: 来源丨某县融媒体中心  (site header above the title)\n",
            "    line 19: - END -  (site footer after the text)\n",
            "    line 20: 文字丨李某  (site footer after the text)\n",
            "    line 25: 阅读 3.2万  (site footer after the text)\n",
            "    line 26: 写留言  (site footer after the text)\n",
            "    line 27: 喜欢此内容的人还喜欢  (the site's list of links after the text)\n",
            "    line 30: 继续滑动看下一个  (site footer after the text)\n",
            "dropped as not part of the text: 17");
        Assert.Contains("speaker: \"王某某\"\n", source);
        var page = SpeechPage.Read(Path.Combine(output, "site", "speeches", "repost.html"));
        Assert.Equal("谢谢大家！", page.Paragraphs[^1]);
        Assert.StartsWith("同志们，作风建设永远在路上。", page.Paragraphs[^2]);
        Assert.Contains("run-in-2: 一是聚焦群众反映强烈的问题。", page.Headings);
    }

    [Fact]
    public void An_outcome_report_keeps_its_figures_whole_its_table_of_indicators_and_its_furniture()
    {
        var (report, source, output) = Build("outcome-report-poverty.txt", "gongwen", "outcomes");
        Reads(report,
            "  title:       关于某县2023年巩固拓展脱贫攻坚成果 / 同乡村振兴有效衔接工作成效的报告 (2 lines)\n",
            "  addressee:   市人民政府：  (line 5)\n",
            "  tables: 1, ordered lists: 0\n",
            "    paragraph 5, level 2: （三）衔接资金使用效益明显提升。\n");
        Assert.Contains("type: \"报告\"  # 文种：标题末尾所写\n", source);
        Assert.Contains("note: \"（联系人：刘某某，联系电话：0000-1234567）\"  # 附注\n", source);
        Assert.Contains("attachments:  # 附件说明\n  - \"某县2023年衔接资金项目实施情况表\"\n", source);
        var page = Html.Load(Path.Combine(output, "site", "gongwen", "outcomes.html"));
        Assert.Equal(["脱贫人口人均纯收入", "元", "15200", "15860", "104.3%"],
            page.All("tr").Single(tr => tr.Descendants("td").FirstOrDefault()?.Text() == "脱贫人口人均纯收入").Descendants("td").Select(td => td.Text()));
        var pdf = Path.Combine(output, "pdf", "outcomes.pdf");
        var text = Seed.Normalise(string.Concat(PdfText.Body(PdfText.Lines(pdf)).Select(l => l.Text)));
        foreach (var figure in new[] { "1268户4152人", "风险消除率77.8%", "15860元，同比增长14.2%", "3.82亿元，其中中央资金2.15亿元", "年收入低于10万元的村还有23个" })
            Assert.Contains(figure, text);
        AssertNoFigureSplit(pdf);
    }

    [Theory]
    [InlineData("第十二期", 12)]
    [InlineData("第 6 期", 6)]
    [InlineData("第6期（总第86期）", 6)]
    public void A_briefings_issue_is_read_in_each_form_mastheads_print_it(string line, int issue)
    {
        File.WriteAllText(_dir["b.txt"], $"乡村振兴工作简报\n{line}\n县乡村振兴局编印　　2024年5月6日\n全县召开乡村振兴推进会\n5月5日，全县乡村振兴推进会召开。\n");
        var (report, source, _) = Build(_dir["b.txt"], "briefing", "b");
        Reads(report, "  name:        乡村振兴工作简报  (line 1)\n", $"  issue:       {line}  (line 2)\n", "  issuer:      县乡村振兴局  (line 3)\n");
        Assert.Contains($"issue: {issue}  # 期号\n", source);
        Assert.Contains("title: \"全县召开乡村振兴推进会\"\n", source);
    }
}
