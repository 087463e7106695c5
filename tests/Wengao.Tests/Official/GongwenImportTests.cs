using UglyToad.PdfPig;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Official;

/// <summary>
/// Three 公文 as their sites show them, imported with `--type gongwen`: a State Council 通知 印发 a plan from a policy
/// library's page (index table above, the title on one line and broken over two, a 主送机关 wrapped over two lines, the
/// plan as 附件 with headings at the four levels and a table), a 国务院办公厅 函 with its contacts in the 附注, and a
/// city office's 实施意见 from a portal with a footer of 附件下载, 解读 links, 版权所有 and ICP lines, and a 国办发 通知 with the
/// plan it 印发 printed straight after its signature block, no 附件 line above it, as government sites do. What is read into
/// the front matter, each heading's level and every line left out are as written here.
/// </summary>
public sealed class GongwenImportTests(OfficialTexts texts) : IClassFixture<OfficialTexts>
{
    [Fact]
    public void The_plan_notice_reads_its_title_number_addressee_and_genre_and_leaves_nothing_to_fill()
    {
        var report = texts.Report("plan-notice");
        Assert.Contains("  title:       国务院关于印发 / 《推动城乡老旧设施更新改造行动方案》的通知 (2 lines)\n", report);
        Assert.Contains("  addressee:   各省、自治区、直辖市人民政府，国务院各部委、各直属机构：  (lines 10–11)\n", report);
        Assert.Contains("    number:      国发〔2024〕12号  (line 9)\n", report);
        Assert.Contains("    signature:   国务院  (line 13)\n", report);
        Assert.Contains("    note:        （此件公开发布）  (line 15)\n", report);
        // The plan it 印发s is its subject, not an attachment: no 附件说明 is made up for it, and the site's bare 附件 over it is dropped.
        Assert.Contains("    printed document: 推动城乡老旧设施更新改造行动方案  (line 17)\n", report);
        Assert.Contains("    line 16: 附件  (the 附件 label a site sets over the document a notice 印发s, which is no attachment)\n", report);
        var source = texts.Source("plan-notice");
        Assert.Contains("type: \"通知\"  # 文种：标题末尾所写\n", source);
        Assert.Contains("mark:  # 发文机关标志：按发文机关署名填写，请核对（全称或规范化简称）\n  - \"国务院\"\n", source);
        Assert.Contains("to:\n  - \"各省、自治区、直辖市人民政府，国务院各部委、各直属机构\"  # 主送机关\n", source);
        Assert.Contains("signed: 2024-03-05", source);
        Assert.DoesNotContain("待填", source);
    }

    [Fact]
    public void The_policy_librarys_index_table_and_the_repeated_title_are_dropped_each_with_its_reason()
    {
        var report = texts.Report("plan-notice");
        Assert.Contains("dropped as not part of the text: 9 (site header above the title: 5, the title repeated by the page: 1, "
            + "the 附件 label a site sets over the document a notice 印发s, which is no attachment: 1, site footer after the text: 2)", report);
        Assert.Contains("    line 4: 标　　题：国务院关于印发《推动城乡老旧设施更新改造行动方案》的通知  (site header above the title)\n", report);
        Assert.Contains("    line 6: 国务院关于印发《推动城乡老旧设施更新改造行动方案》的通知  (the title repeated by the page)\n", report);
        Assert.Contains("    line 44: 扫一扫在手机打开当前页  (site footer after the text)\n", report);
    }

    [Fact]
    public void The_plans_headings_are_at_their_four_levels_and_its_table_is_found()
    {
        var report = texts.Report("plan-notice");
        Assert.Contains("  tables: 1, ordered lists: 0\n", report);
        string[] headings =
        [
            "paragraph 3, level 1, own line: 一、总体要求",
            "paragraph 7, level 2, own line: （一）实施城镇老旧小区改造提质行动",
            "paragraph 8, level 3: 1.明确改造内容。",
            "paragraph 10, level 4: （1）摸清底数。",
            "paragraph 18, level 1, own line: 三、保障措施",
            "paragraph 21, level 2: （三）加强组织实施。",
        ];
        foreach (var heading in headings) Assert.Contains($"    {heading}\n", report);
        using var pdf = PdfDocument.Open(texts.Pdf("plan-notice"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var plan = Assert.Single(bookmarks.Roots);
        Assert.Equal("推动城乡老旧设施更新改造行动方案", plan.Title);
        Assert.DoesNotContain(PdfText.Body(PdfText.Lines(texts.Pdf("plan-notice"))), l => l.Text.StartsWith("附件", StringComparison.Ordinal));
        Assert.Equal(["一、总体要求", "二、重点任务", "三、保障措施"], plan.Children.Select(b => b.Title));
        Assert.Equal(["（一）实施城镇老旧小区改造提质行动", "（二）实施城市地下管网更新改造行动", "（三）实施农村公共设施提升行动"],
            plan.Children[1].Children.Select(b => b.Title));
        Assert.Equal(["（1）摸清底数。", "（2）统筹实施。"], plan.Children[1].Children[0].Children[1].Children.Select(b => b.Title));
    }

    [Fact]
    public void The_pdf_breaks_a_title_line_too_long_for_the_measure_afresh_and_keeps_the_wrapped_addressee_on_one_line()
    {
        var page = PdfText.Body(PdfText.Lines(texts.Pdf("plan-notice"))).Where(l => l.Page == 1).Select(l => Seed.Normalise(l.Text)).ToList();
        // The page's second title line (22 characters) does not fit GB/T 9704's 二号 title line: the title is broken anew
        // between words, in two lines of near one length, rather than leave 知 of 通知 alone on a third.
        var title = page.IndexOf("国务院关于印发《推动城乡老旧");
        Assert.True(title >= 0, string.Join(" / ", page));
        Assert.Equal("设施更新改造行动方案》的通知", page[title + 1]);
        Assert.Equal("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", page[title + 2]);
    }

    [Fact]
    public void The_letter_reads_its_genre_addressee_and_contacts_note_and_marks_no_numbered_sentence_as_a_heading()
    {
        var report = texts.Report("letter");
        Assert.Contains("  addressee:   住房城乡建设部：  (line 3)\n", report);
        Assert.Contains("    number:      国办函〔2024〕27号  (line 2)\n", report);
        Assert.Contains("    note:        （联系人：王某某、李某；联系电话：010-58933120、58933845）  (line 10)\n", report);
        // 一、同意建立…制度。 opens on a short sentence, but 二、 and 三、 beside it are sentences: a series of numbered items.
        Assert.Contains("  headings marked: 0 on lines of their own, 0 run in\n", report);
        var source = texts.Source("letter");
        Assert.Contains("type: \"函\"", source);
        Assert.Contains("\n一、同意建立由住房城乡建设部牵头的城市更新工作部际联席会议制度。联席会议不刻制印章", source);
        Assert.DoesNotContain("待填", source);
        var page = Html.Load(texts.Page("letter"));
        Assert.Empty(page.All("article").Single().Descendants("strong"));
        var lines = PdfText.Body(PdfText.Lines(texts.Pdf("letter"))).Select(l => Seed.Normalise(l.Text)).ToList();
        var signature = lines.LastIndexOf("国务院办公厅");
        Assert.Equal("2024年4月18日", lines[signature + 1]);
        Assert.Equal("（联系人：王某某、李某；联系电话：010-58933120、58933845）", string.Concat(lines[(signature + 2)..])); // §7.3.6: under the date, wrapped
    }

    [Fact]
    public void The_portals_opinion_loses_its_footer_and_links_and_keeps_its_signature()
    {
        var report = texts.Report("opinion");
        Assert.Contains("  title:       某市人民政府办公室关于加快发展银发经济 / 增进老年人福祉的实施意见 (2 lines)\n", report);
        Assert.Contains("    signature:   某市人民政府办公室  (line 20)\n", report);
        Assert.Contains("    signed:      2024年5月16日  (line 21)\n", report);
        (int Line, string Reason)[] dropped =
        [
            (1, "site header above the title"), (4, "the title repeated by the page"), (6, "site header above the title"),
            (23, "the site's list of links after the text"), (24, "the site's list of links after the text"),
            (28, "the site's list of links after the text"), (29, "site footer after the text"), (32, "site footer after the text"),
            (33, "site footer after the text"), (34, "site footer after the text"),
        ];
        foreach (var (line, reason) in dropped) Assert.Matches($@"\n    line {line}: .+  \({System.Text.RegularExpressions.Regex.Escape(reason)}\)\n", report);
        Assert.Contains("type: \"意见\"", texts.Source("opinion"));
        var text = Html.Load(texts.Page("opinion")).All("main").Single().Text();
        foreach (var clutter in new[] { "附件下载", "解读", "版权所有", "ICP", "公网安备", "浏览次数", "字体", "门户网站", "邮编", "信息来源" })
            Assert.DoesNotContain(clutter, text);
    }

    [Fact]
    public void The_plan_a_notice_prints_after_its_signature_with_no_attachment_line_is_its_own_block()
    {
        var report = texts.Report("printed-plan");
        Assert.Contains("    signature:   国务院办公厅  (line 6)\n", report);
        Assert.Contains("    signed:      2024年3月20日  (line 7)\n", report);
        Assert.Contains("    note:        （此件公开发布）  (line 8)\n", report);
        Assert.Contains("    printed document: 城市燃气管道老化更新改造实施方案  (line 9)\n", report);
        Assert.Contains("    印发的文件 content: 9 paragraphs  (line 9)\n", report);
        Assert.DoesNotContain("    attachment 1:", report);
        Assert.Contains("  paragraphs:  1\n", report);
        var source = texts.Source("printed-plan");
        Assert.Contains("type: \"通知\"", source);
        Assert.Contains("\nprinted_document: \"城市燃气管道老化更新改造实施方案\"", source);
        Assert.DoesNotContain("\nattachments:", source);
        Assert.Contains("date: 2024-03-20  # 成文日期\n", source);
        Assert.DoesNotContain("待填", source);
        using var pdf = PdfDocument.Open(texts.Pdf("printed-plan"));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var plan = Assert.Single(bookmarks.Roots);
        Assert.Equal(["一、总体要求", "二、重点任务", "三、保障措施"], plan.Children.Select(b => b.Title));
    }

    [Fact]
    public void The_printed_plan_gets_no_attachment_line_the_original_did_not_have_in_the_pdf_the_docx_or_the_page()
    {
        // The document a notice 印发s is named in its title, not an attachment: no 附件说明 under the text, no 附件 label over it.
        var lines = PdfText.Body(PdfText.Lines(texts.Pdf("printed-plan"))).Select(l => Seed.Normalise(l.Text)).ToList();
        Assert.DoesNotContain(lines, l => l.StartsWith("附件", StringComparison.Ordinal));
        var date = lines.IndexOf("2024年3月20日");
        Assert.Equal("（此件公开发布）", lines[date + 1]);
        Assert.Equal("城市燃气管道老化更新改造实施方案", lines[date + 2]);
        using (var pdf = PdfDocument.Open(texts.Pdf("printed-plan")))
        {
            // Its title opens a page of its own, as the notice's opens the notice's.
            var page = pdf.GetPages().First(p => Seed.Normalise(p.Text).Contains("城市燃气管道老化更新改造实施方案城市燃气", StringComparison.Ordinal));
            Assert.StartsWith("城市燃气管道老化更新改造实施方案", Seed.Normalise(page.Text));
            Assert.True(pdf.TryGetBookmarks(out var bookmarks));
            Assert.Equal("城市燃气管道老化更新改造实施方案", Assert.Single(bookmarks.Roots).Title);
        }
        Assert.Empty(texts.DocxParagraphs("printed-plan", "AttachmentNote"));
        Assert.Empty(texts.DocxParagraphs("printed-plan", "AttachmentLabel"));
        Assert.Equal(["城市燃气管道老化更新改造实施方案"], texts.DocxParagraphs("printed-plan", "AttachmentTitle"));
        var html = Html.Load(texts.Page("printed-plan"));
        Assert.DoesNotContain(html.Descendants(), e => e.Attribute("class")?.Value is "attachment-notes" or "attachment-label");
        Assert.Equal("城市燃气管道老化更新改造实施方案", html.Descendants("h2").Single(e => e.Attribute("class")?.Value == "attachment-title").Text());
    }

    [Fact]
    public void The_printed_plans_docx_imports_back_to_its_printed_document_with_no_attachment()
    {
        using var dir = new TempDir();
        var content = EmptyContent(dir);
        var (exit, stdout, stderr) = RunCli("import", texts.Docx("printed-plan"), "--type", "gongwen", "--content", content, "--slug", "d");
        Assert.True(exit == 0, stderr);
        Assert.Matches(@"\n    printed document: 城市燃气管道老化更新改造实施方案  \(line \d+\)\n", stdout);
        Assert.DoesNotContain("    attachment 1:", stdout);
        var source = ImportedSource(content);
        Assert.Contains("\nprinted_document: \"城市燃气管道老化更新改造实施方案\"", source);
        Assert.DoesNotContain("\nattachments:", source);
        Assert.Contains("\n::: 附件\n\n城市燃气管道老化更新改造是重要的民生工程和安全工程。", source);
    }

    [Fact]
    public void A_printed_head_gives_its_secrecy_urgency_mark_and_signers_on_a_line_of_their_own_and_drops_the_copy_number()
    {
        using var dir = new TempDir();
        var content = EmptyContent(dir);
        var stdout = ImportGongwen(dir, content, "000023\n机密★1年\n特急\n某县人民政府文件\n签发人：张某某　李某\nx府〔2024〕16号\n"
            + "某县人民政府关于申请安排地质灾害应急治理资金的请示\n市人民政府：\n今年入汛以来，我县发生地质灾害险情12处，特申请应急治理资金600万元。\n"
            + "妥否，请批示。\n某县人民政府\n2024年7月8日\n（联系人：县自然资源局赵某，联系电话：0838-5523456）\n");
        Assert.Contains("  title:       某县人民政府关于申请安排地质灾害应急治理资金的请示\n", stdout);
        Assert.Contains("    line 1: 000023  (the 份号 of a printed copy (GB/T 9704 §7.2.1), not the source's)\n", stdout);
        Assert.Contains("dropped as not part of the text: 1 ", stdout);
        var source = ImportedSource(content);
        Assert.Contains("secrecy: \"机密★1年\"  # 密级和保密期限\nurgency: \"特急\"  # 紧急程度\n", source);
        Assert.Contains("mark:  # 发文机关标志\n  - \"某县人民政府\"\nmark_word: \"文件\"\nsigners:  # 签发人\n  - \"张某某\"\n  - \"李某\"\n", source);
        Assert.Contains("number: \"x府〔2024〕16号\"", source);
        Assert.DoesNotContain("待填", source);
        // It loads as written, once checked: the 请示's rules (签发人, one 主送机关) are met.
        File.WriteAllText(ImportedFile(content), source.Replace("draft: true  # 核对无误后删去此行，才会发布\n", ""));
        Wengao.Pipeline.SiteBuilder.Run(new Wengao.Pipeline.BuildOptions(content, Repo.Templates, dir["out"], Pdf: false));
        Assert.True(File.Exists(dir["out/internal/site/gongwen/d.html"]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_name_of_the_attachment_notes_wrapped_onto_a_line_of_its_own_is_the_names_not_an_issuer(bool midList)
    {
        using var dir = new TempDir();
        var content = EmptyContent(dir);
        // As a PDF's or Word's copy gives a long name (§7.3.4: 回行时与上一行附件名称的首字对齐): its rest on the next line.
        var (long1, long2) = ("某县2024年安全生产月活动各乡镇、各部门联络员名单及", "联系方式");
        var notes = midList
            ? $"附件：1.{long1}\n      {long2}\n      2.某县2024年安全生产月活动安排表\n"
            : $"附件：1.某县2024年安全生产月活动安排表\n      2.{long1}\n        {long2}\n";
        var attachments = midList
            ? $"附件1\n{long1}\n{long2}\n张某某　县应急管理局　0838-5512345\n附件2\n某县2024年安全生产月活动安排表\n6月1日举行启动仪式。\n"
            : $"附件1\n某县2024年安全生产月活动安排表\n6月1日举行启动仪式。\n附件2\n{long1}\n{long2}\n张某某　县应急管理局　0838-5512345\n";
        var stdout = ImportGongwen(dir, content, "某县人民政府办公室关于开展2024年安全生产月活动的通知\nx政办发〔2024〕21号\n各乡镇人民政府，县政府各部门：\n"
            + "现将开展2024年安全生产月活动有关事项通知如下。\n一、活动主题\n人人讲安全、个个会应急——畅通生命通道。\n"
            + notes + "某县人民政府办公室\n2024年5月20日\n" + attachments);
        Assert.Contains($"    attachment {(midList ? 1 : 2)}: {long1}{long2}  (line {(midList ? 7 : 8)})\n", stdout);
        Assert.Single(stdout.Split('\n'), l => l.StartsWith("    signature:", StringComparison.Ordinal));
        Assert.Contains("    signature:   某县人民政府办公室  (line 10)\n", stdout);
        Assert.Contains("  paragraphs:  3\n", stdout);
        Assert.Contains($"    附件{(midList ? 1 : 2)} content: 1 paragraphs", stdout);
    }

    [Fact]
    public void An_imprint_copied_from_a_web_pages_table_wraps_its_copies_line_and_parts_its_printer_from_its_date()
    {
        using var dir = new TempDir();
        var content = EmptyContent(dir);
        var stdout = ImportGongwen(dir, content, "某县人民政府办公室关于做好2024年春节期间安全生产工作的通知\nx政办发〔2024〕3号\n各乡镇人民政府，县政府各部门：\n"
            + "春节将至，为确保全县安全生产形势稳定，现就有关事项通知如下。各地各部门要严格落实值班值守制度。\n某县人民政府办公室\n2024年1月20日\n（此件公开发布）\n"
            + "抄送：县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院，\n县人武部，县消防救援大队。\n某县人民政府办公室\n2024年1月21日印发\n");
        Assert.Contains("    copies_to:   县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部，县消防救援大队。  (line 8)\n", stdout);
        Assert.Contains("    signature:   某县人民政府办公室  (line 5)\n", stdout);
        Assert.Contains("  paragraphs:  1\n", stdout);
        var source = ImportedSource(content);
        Assert.Contains("printed_by: \"某县人民政府办公室\"  # 版记：印发机关\nprinted: 2024-01-21  # 印发日期：2024年1月21日印发\n", source);
        Assert.Contains("date: 2024-01-20  # 成文日期\n", source);
    }

    [Fact]
    public void A_letters_mark_without_its_word_and_a_signer_under_the_number_are_its_head_not_its_title()
    {
        using var dir = new TempDir();
        var content = EmptyContent(dir);
        // A 信函格式 document's mark is the issuer's name alone (§10.1); a copy read line by line gives the 签发人 under the number.
        var stdout = ImportGongwen(dir, content, "某县人民政府办公室\nx政办函〔2024〕5号\n签发人：张某某\n某县人民政府办公室关于商请支持乡村振兴示范村建设的函\n"
            + "市农业农村局：\n为加快推进乡村振兴示范村建设，现商请贵局给予支持。\n某县人民政府办公室\n2024年5月6日\n");
        Assert.Contains("  title:       某县人民政府办公室关于商请支持乡村振兴示范村建设的函\n", stdout);
        Assert.Contains("    mark:        某县人民政府办公室  (line 1)\n", stdout);
        Assert.Contains("    signers:     张某某  (line 3)\n", stdout);
        Assert.Contains("dropped as not part of the text: 0", stdout);
        var source = ImportedSource(content);
        Assert.Contains("mark:  # 发文机关标志\n  - \"某县人民政府办公室\"\nsigners:", source);
        Assert.DoesNotContain("mark_word", source);
    }

    [Theory]
    [InlineData("中共某县委办公室\n某县人民政府办公室文件\n", 2)]
    [InlineData("中共某县委办公室\n某县人民政府办公室\n文件\n", 3)]
    public void A_joint_mark_gives_each_issuer_a_line_the_lead_first_and_its_word_once(string mark, int numberLine)
    {
        using var dir = new TempDir();
        var content = EmptyContent(dir);
        var stdout = ImportGongwen(dir, content, mark + "x委办〔2024〕9号\n中共某县委办公室　某县人民政府办公室\n关于做好2024年春节期间有关工作的通知\n"
            + "各乡镇党委和人民政府，县级各部门：\n春节将至，现就做好有关工作通知如下。各地各部门要严格落实值班制度。\n中共某县委办公室\n某县人民政府办公室\n2024年1月20日\n");
        Assert.Contains($"    number:      x委办〔2024〕9号  (line {numberLine + 1})\n", stdout);
        Assert.Contains("  title:       中共某县委办公室　某县人民政府办公室 / 关于做好2024年春节期间有关工作的通知 (2 lines)\n", stdout);
        Assert.Contains("dropped as not part of the text: 0", stdout);
        var source = ImportedSource(content);
        Assert.Contains("mark:  # 发文机关标志\n  - \"中共某县委办公室\"\n  - \"某县人民政府办公室\"\nmark_word: \"文件\"\ntype: \"通知\"", source);
    }

    [Fact]
    public void Run_in_headings_joining_two_phrases_with_a_comma_are_headings_beside_others_like_them()
    {
        using var dir = new TempDir();
        var content = EmptyContent(dir);
        var stdout = ImportGongwen(dir, content, "某县安全生产委员会关于做好2024年安全生产工作的通知\n县安委〔2024〕3号\n各乡镇人民政府，县直各部门：\n"
            + "为做好今年安全生产工作，现就有关事项通知如下。\n一、总体要求\n"
            + "（一）强化组织领导，压实工作责任。各地要落实党政同责、一岗双责，主要负责同志亲自抓、负总责。\n"
            + "（二）突出重点行业，深化专项整治。各部门要聚焦道路交通、建筑施工、危险化学品等重点行业领域开展整治。\n"
            + "（三）加强宣传教育。各地要组织开展安全生产月活动，普及安全知识。\n"
            + "某县安全生产委员会\n2024年1月5日\n");
        Assert.Contains("  headings marked: 1 on lines of their own, 3 run in\n", stdout);
        Assert.Contains("    paragraph 3, level 2: （一）强化组织领导，压实工作责任。\n", stdout);
        Assert.Contains("    paragraph 4, level 2: （二）突出重点行业，深化专项整治。\n", stdout);
        var source = ImportedSource(content);
        Assert.Contains("\n**（一）强化组织领导，压实工作责任。**各地要落实", source);
    }

    [Fact]
    public void A_printed_documents_title_broken_over_two_lines_after_the_signature_is_its_attachments_title()
    {
        using var dir = new TempDir();
        var content = EmptyContent(dir);
        var stdout = ImportGongwen(dir, content, "国务院办公厅关于印发《城市燃气管道等老化更新改造实施方案（2022—2025年）》的通知\n国办发〔2022〕22号\n"
            + "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n《城市燃气管道等老化更新改造实施方案（2022—2025年）》已经国务院同意，现印发给你们，请认真贯彻执行。\n"
            + "国务院办公厅\n2022年5月10日\n（此件公开发布）\n城市燃气管道等老化更新改造实施方案\n（2022—2025年）\n"
            + "为加快推进城市燃气管道等老化更新改造，制定本方案。\n一、总体要求\n到2025年底前，基本完成城市燃气管道老化更新改造任务。\n");

        Assert.Contains("    printed document: 城市燃气管道等老化更新改造实施方案（2022—2025年）  (line 8)\n", stdout);
        Assert.Contains("    印发的文件 content: 3 paragraphs  (line 8)\n", stdout);
        Assert.Contains("    signed:      2022年5月10日  (line 6)\n", stdout);
        Assert.Contains("  paragraphs:  1\n", stdout);
    }

    /// <summary>`wengao import` of <paramref name="text"/> as a 公文 with the slug d, which must succeed: what it reports.</summary>
    private static string ImportGongwen(TempDir dir, string content, string text)
    {
        File.WriteAllText(dir["d.txt"], text);
        var (exit, stdout, stderr) = RunCli("import", dir["d.txt"], "--type", "gongwen", "--content", content, "--slug", "d");
        Assert.True(exit == 0, stderr);
        return stdout;
    }

    private static string ImportedSource(string content) => File.ReadAllText(ImportedFile(content));

    private static string ImportedFile(string content) => Directory.GetFiles(content, "*-d.md", SearchOption.AllDirectories).Single();
}
