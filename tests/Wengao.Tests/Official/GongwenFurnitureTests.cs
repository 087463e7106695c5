using UglyToad.PdfPig;
using Wengao.Tests.Support;

namespace Wengao.Tests.Official;

/// <summary>
/// The 公文 of every day a secretary handles, each in the shape its original takes (tests/fixtures/README.md): a 请示 copied
/// from its print with the mark and the 签发人 in its 版头, a 批复 citing the 请示 it answers, a commendation 决定 whose
/// attachments are a list of 30 units and a table of names, a 会议纪要 with its 出席/列席/请假 lines and a 版记, a 通报 with a
/// table pasted from a web page, and a State Council notice from www.gov.cn. What import reads into each furniture field,
/// and where the PDF and the .docx set it.
/// </summary>
public sealed class GongwenFurnitureTests(OfficialTexts texts) : IClassFixture<OfficialTexts>
{
    private List<string> PdfLines(string slug) => [.. PdfText.Body(PdfText.Lines(texts.Pdf(slug))).Select(l => Seed.Normalise(l.Text))];

    [Fact]
    public void The_requests_mark_number_and_signer_are_read_from_its_head_and_set_on_one_line_as_section_7_2_6_asks()
    {
        var report = texts.Report("request");
        Assert.Contains("    mark:        某县人民政府文件  (line 1)\n", report);
        Assert.Contains("    number:      x府〔2024〕15号  (line 2)\n", report);
        Assert.Contains("    signers:     张某某  (line 2)\n", report);
        Assert.Contains("  title:       某县人民政府关于申请拨付2024年度 / 农村公路危桥改造补助资金的请示 (2 lines)\n", report);
        Assert.Contains("dropped as not part of the text: 0", report);
        var source = texts.Source("request");
        Assert.Contains("mark:  # 发文机关标志\n  - \"某县人民政府\"\nmark_word: \"文件\"\nsigners:  # 签发人\n  - \"张某某\"\ntype: \"请示\"", source);
        Assert.Contains("to:\n  - \"市人民政府\"  # 主送机关\n", source);
        Assert.DoesNotContain("待填", source);

        var lines = PdfLines("request");
        Assert.Equal("某县人民政府文件", lines[0]);
        Assert.Equal("x府〔2024〕15号签发人：张某某", lines[1]); // the number at the left of the 签发人's line
        var date = lines.IndexOf("2024年3月12日");
        Assert.Equal("某县人民政府", lines[date - 1]);
        Assert.Equal("（联系人：县交通运输局王某某，联系电话：0838-5512345）", string.Concat(lines[(date + 1)..(date + 3)]).Split("附件1")[0]);
        Assert.Equal(["（联系人：县交通运输局王某某，联系电话：0838-5512345）"], texts.DocxParagraphs("request", "Remark"));
        Assert.Equal(["附件：1.某县2024年度农村公路危桥改造项目清单", "2.某县2024年度农村公路危桥改造资金测算表"],
            texts.DocxParagraphs("request", "AttachmentNote").Select(Seed.Normalise));
    }

    [Fact]
    public void The_reply_keeps_the_request_it_cites_in_its_text_its_items_numbered_sentences_and_its_imprint_at_the_foot()
    {
        var report = texts.Report("reply");
        Assert.Contains("  title:       某市人民政府关于同意某县调整部分乡镇 / 行政区划的批复 (2 lines)\n", report);
        Assert.Contains("    number:      x府函〔2024〕36号  (line 3)\n", report);
        Assert.Contains("    copies_to:   市民政局，市自然资源和规划局，市公安局。  (line 13)\n", report);
        // 一、同意撤销石桥乡，将其所辖区域… says what is agreed: the items of a 批复 are sentences, none a heading.
        Assert.Contains("  headings marked: 0 on lines of their own, 0 run in\n", report);
        var source = texts.Source("reply");
        Assert.Contains("type: \"批复\"", source);
        Assert.Contains("printed_by: \"某市人民政府办公室\"  # 版记：印发机关\nprinted: 2024-04-03", source);
        Assert.Contains("\n你县《关于调整部分乡镇行政区划的请示》（x府〔2024〕8号）收悉。", source);
        Assert.Contains("\n此复。\n", source);

        using var pdf = PdfDocument.Open(texts.Pdf("reply"));
        var last = PdfText.Body(PdfText.Lines(texts.Pdf("reply"))).Where(l => l.Page == pdf.NumberOfPages).ToList();
        Assert.Equal("抄送：市民政局，市自然资源和规划局，市公安局。", Seed.Normalise(last[^2].Text));
        Assert.Equal("某市人民政府办公室2024年4月3日印发", Seed.Normalise(last[^1].Text));
        Assert.True(last[^1].Baseline < last[^2].Baseline && last[^1].Baseline < 60 * PdfText.Mm, "the 版记 ends at the type area's foot (§7.4)");
        Assert.Equal(["抄送：市民政局，市自然资源和规划局，市公安局。"], texts.DocxParagraphs("reply", "Imprint").Take(1).Select(Seed.Normalise));
    }

    [Fact]
    public void The_decisions_attachments_keep_each_of_the_30_units_on_its_line_and_the_names_in_a_table()
    {
        var report = texts.Report("decision");
        Assert.Contains("  title:       某省人民政府 / 关于表彰2023年度全省安全生产工作先进集体和先进个人的决定 (2 lines)\n", report);
        Assert.Contains("    attachment 1: 2023年度全省安全生产工作先进集体名单  (line 8)\n", report);
        Assert.Contains("    attachment 2: 2023年度全省安全生产工作先进个人名单  (line 9)\n", report);
        Assert.Contains("    附件1 content: 31 paragraphs  (line 13)\n", report);
        Assert.Contains("  tables: 1, ordered lists: 0\n", report);
        var source = texts.Source("decision");
        Assert.Contains("type: \"决定\"", source);
        Assert.Contains("| 序号 | 姓名 | 工作单位及职务 |\n", source);
        Assert.Contains("| 5 | 刘某某（女） | 某市交通运输局运输管理科四级主任科员 |\n", source);

        var draft = File.ReadAllLines(OfficialTexts.Draft("decision"));
        var units = draft[(Array.IndexOf(draft, "（30个）") + 1)..Array.IndexOf(draft, "附件2")];
        Assert.Equal(30, units.Length);
        var lines = PdfLines("decision");
        foreach (var unit in units) Assert.Contains(unit, lines); // each a paragraph of its own, none run into the next
        using var pdf = PdfDocument.Open(texts.Pdf("decision"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["附件1　2023年度全省安全生产工作先进集体名单", "附件2　2023年度全省安全生产工作先进个人名单"], bookmarks.Roots.Select(b => b.Title));
        Assert.Equal(["2023年度全省安全生产工作先进集体名单", "2023年度全省安全生产工作先进个人名单"], texts.DocxParagraphs("decision", "AttachmentTitle"));
    }

    [Fact]
    public void The_minutes_are_unsigned_named_by_their_title_dated_by_their_printing_and_keep_their_attendance_lines()
    {
        var report = texts.Report("minutes");
        Assert.Contains("    number:      x政阅〔2024〕5号  (line 2)\n", report);
        Assert.Contains("    paragraph 5, level 2: （一）全面落实粮食播种面积。\n", report);
        Assert.Contains("  tables: 0, ordered lists: 1\n", report); // 会议议定：1.… 2.… 3.…
        var source = texts.Source("minutes");
        Assert.Contains("mark:  # 发文机关标志：按标题填写，请核对\n  - \"某县人民政府常务会议纪要\"\ntype: \"纪要\"", source);
        Assert.Contains("date: 2024-03-15  # 印发日期\n", source);
        Assert.DoesNotContain("signature:", source); // a 纪要 is not signed (§10.3)
        Assert.DoesNotContain("待填", source);
        var lines = PdfLines("minutes");
        Assert.Contains("出席：张某某、李某某、王某、赵某某、刘某、陈某某", lines);
        Assert.Contains("请假：孙某某（出差）", lines);
        using var pdf = PdfDocument.Open(texts.Pdf("minutes"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["一、关于春季农业生产工作", "二、关于城镇老旧小区改造工作", "三、关于安全生产工作"], bookmarks.Roots.Select(b => b.Title));
        Assert.Equal("某县人民政府办公室2024年3月15日印发", Seed.Normalise(PdfText.Body(PdfText.Lines(texts.Pdf("minutes"))).Last().Text));
    }

    [Fact]
    public void The_bulletins_table_pasted_from_a_web_page_is_a_table_and_its_comma_headings_are_run_in_headings()
    {
        var report = texts.Report("bulletin");
        Assert.Contains("  tables: 2, ordered lists: 1\n", report);
        Assert.Contains("    paragraph 10, level 2: （一）排查不深不细，隐患底数不清。\n", report);
        Assert.Contains("    paragraph 11, level 2: （二）整改进度不一，闭环管理不严。\n", report);
        Assert.DoesNotContain("level 3: 第一季度", report); // a time, not a point's ordinal
        Assert.Contains("    line 4: 发布时间：2024-04-12　来源：市应急管理局  (a bar or credit line of the page)\n", report);
        var source = texts.Source("bulletin");
        Assert.Contains("| 地区 | 排查隐患（项） | 已整改（项） | 整改率 |\n| --- | --- | --- | --- |\n| 某某区 | 1326 | 1298 | 97.9% |\n", source);
        Assert.Contains("| 行业领域 | 排查（项） | 整改（项） |\n", source);
        Assert.Contains("\n**（一）排查不深不细，隐患底数不清。**部分企业", source);
        using var pdf = PdfDocument.Open(texts.Pdf("bulletin"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["（一）排查不深不细，隐患底数不清。", "（二）整改进度不一，闭环管理不严。"], bookmarks.Roots[1].Children.Select(b => b.Title));
        Assert.Equal(["附件1　第一季度重大事故隐患排查整治情况统计表", "附件2　督导检查发现的典型问题清单"], bookmarks.Roots.Skip(3).Select(b => b.Title));
    }

    [Fact]
    public void The_govcn_notice_loses_the_portals_clutter_and_keeps_its_four_levels_and_its_two_line_attachment_titles()
    {
        var report = texts.Report("govcn-notice");
        Assert.Contains("  title:       国务院关于加快推进城乡供水一体化 / 和农村供水工程规范化管理的通知 (2 lines)\n", report);
        Assert.Contains("    attachment 1: 城乡供水一体化重点工程清单（2024—2027年）  (line 29)\n", report);
        Assert.Contains("    attachment 2: 各省（自治区、直辖市）农村自来水普及率2027年目标  (line 30)\n", report);
        Assert.Contains("    附件2 content: 4 paragraphs  (line 41)\n", report);
        (int Line, string Reason)[] dropped =
        [
            (2, "site header above the title"), (3, "site header above the title"), (7, "site header above the title"),
            (8, "the title repeated by the page"), (49, "site footer after the text"),
            (51, "the site's list of links after the text"), (52, "the site's list of links after the text"),
            (53, "site footer after the text"), (54, "the site's list of links after the text"), (57, "site footer after the text"),
        ];
        foreach (var (line, reason) in dropped) Assert.Matches($@"\n    line {line}: .+  \({System.Text.RegularExpressions.Regex.Escape(reason)}\)\n", report);
        var text = Html.Load(texts.Page("govcn-notice")).All("main").Single().Text();
        foreach (var clutter in new[] { "字体", "【打印", "扫一扫", "国务院部门网站", "外交部", "地方政府网站", "索引号", "主题分类", "ICP", "版权所有" })
            Assert.DoesNotContain(clutter, text);

        using var pdf = PdfDocument.Open(texts.Pdf("govcn-notice"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var tasks = bookmarks.Roots[1];
        Assert.Equal("二、重点任务", tasks.Title);
        Assert.Equal("（一）统筹城乡供水规划布局", tasks.Children[0].Title);
        Assert.Equal("2.推进城镇管网向农村延伸。", tasks.Children[0].Children[1].Title);
        Assert.Equal(["（1）优先实施延伸工程。", "（2）稳妥推进规模化供水。"], tasks.Children[0].Children[1].Children.Select(b => b.Title));
        Assert.Equal(["附件1　城乡供水一体化重点工程清单（2024—2027年）", "附件2　各省（自治区、直辖市）农村自来水普及率2027年目标"],
            bookmarks.Roots.Skip(3).Select(b => b.Title));
        var lines = PdfLines("govcn-notice");
        var notes = lines.IndexOf("附件：1.城乡供水一体化重点工程清单（2024—2027年）");
        Assert.True(notes > 0, string.Join(" / ", lines));
        // The second name is too long for the line: it wraps under its first character (§7.3.4).
        Assert.Equal("2.各省（自治区、直辖市）农村自来水普及率2027年目标", lines[notes + 1] + lines[notes + 2]);
        Assert.DoesNotContain(lines, l => l.Contains("外交部", StringComparison.Ordinal));
    }
}
