using System.Xml.Linq;
using Wengao.Tests.Search;
using Wengao.Tests.Support;

namespace Wengao.Tests.Gongwen;

/// <summary>
/// The sample 公文 (content/gongwen/: a 报告 to the 市委 with its 签发人 and 印章, a joint 通知 marked 加急) on the site as
/// issued: the 版头 (mark, 发文字号, 签发人, red rule), 标题, 主送机关, 正文, 附件说明 linking to the 附件, 署名 and 成文日期,
/// 附注 and 版记 inside the sheet in the standard's order, the site's links outside it; listed on the home page, in
/// the archive and in search as 公文; and, in the public edition, without the names the registry hides.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class GongwenPageTests(SampleBuild sample)
{
    private const string Report = "bangfu-yinian-baogao", Notice = "zuotanhui-tongzhi";
    private static readonly string[] Hidden = ["王志刚", "赵静"];

    private XDocument Page(string slug, string edition = "internal") =>
        Html.Load(Path.Combine(sample.Output, edition, "site", "gongwen", slug + ".html"));

    private static XElement Sheet(XDocument page) => page.Descendants("div").Single(d => Class(d) == "sheet");

    private static string? Class(XElement e) => (string?)e.Attribute("class");

    private static XElement One(XContainer within, string name, string cls) =>
        within.Descendants(name).Single(e => Class(e)?.Split(' ').Contains(cls) == true);

    private static IEnumerable<string> Texts(XContainer within, string name, string cls) =>
        within.Descendants(name).Where(e => Class(e)?.Split(' ').Contains(cls) == true).Select(e => e.Text());

    [Fact]
    public void The_report_shows_its_letterhead_with_the_number_at_the_left_and_its_signer_at_the_right()
    {
        var head = One(Sheet(Page(Report)), "header", "letterhead");
        var mark = One(head, "p", "issuer-mark");
        Assert.Equal("中共xxx县委员会文件", mark.Text());
        Assert.Equal(["中共xxx县委员会"], Texts(mark, "span", "issuer"));
        Assert.Equal("文件", One(mark, "span", "mark-word").Text());
        Assert.DoesNotContain("joint", Class(mark)!);
        Assert.Empty(Texts(head, "p", "marking")); // neither 密级 nor 紧急程度

        var line = One(head, "div", "number-line");
        Assert.Equal("number-line upward", Class(line));
        Assert.Equal(["x委〔2022〕31号", "签发人：王志刚"], line.Elements("p").Select(p => p.Text())); // number left, signer right
        Assert.Equal(["doc-number", "signers"], line.Elements("p").Select(Class));
        // 份号 numbers a printed copy only: the page, no copy, shows none (six digits at the top left, §7.2.1).
        Assert.DoesNotContain(head.Descendants().Select(e => e.Text()), t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d{6}$"));
    }

    [Fact]
    public void The_joint_notice_stacks_its_issuers_beside_one_word_and_centres_its_number_under_its_urgency()
    {
        var head = One(Sheet(Page(Notice)), "header", "letterhead");
        Assert.Equal(["加急"], head.Descendants("p").Where(p => Class(p) == "marking").Elements("span").Select(s => s.Text()));
        Assert.Equal("urgency", Class(One(head, "p", "marking").Elements("span").Single()));
        var mark = One(head, "p", "issuer-mark");
        Assert.Equal("issuer-mark joint", Class(mark));
        Assert.Equal(["中共xxx县委办公室", "xxx县人民政府办公室"], Texts(mark, "span", "issuer")); // the lead issuer first
        Assert.Equal(["issuers", "mark-word"], mark.Elements("span").Select(Class)); // 文件 once, beside the stack
        var line = One(head, "div", "number-line");
        Assert.Equal("number-line", Class(line));
        Assert.Equal(["x委办〔2022〕45号"], line.Elements("p").Select(p => p.Text()));
        Assert.Equal(["marking", "issuer-mark joint"], head.Elements("p").Select(Class)); // 紧急程度 above the mark
    }

    [Theory]
    [InlineData(Report, new[] { "中共xxx县委关于xxx对口帮扶xxx一年来", "工作情况的报告" }, "中共xxx市委：")]
    [InlineData(Notice, new[] { "关于召开xxx赴xxx帮扶工作队慰问座谈会的通知" },
        "县委组织部，县发展改革局、县财政局、县农业农村局、县经济和信息化局，县经济开发区管委会，汉阳镇党委、政府：")]
    public void The_title_keeps_the_authors_lines_and_the_addressees_follow_it_ending_in_a_colon(string slug, string[] lines, string addressees)
    {
        var sheet = Sheet(Page(slug));
        var title = sheet.Elements("h1").Single();
        Assert.Equal(lines, title.Nodes().OfType<XText>().Select(t => t.Value));
        Assert.Equal(lines.Length - 1, title.Elements("br").Count());
        var next = title.ElementsAfterSelf().First();
        Assert.Equal(("addressees", addressees), (Class(next), next.Text()));
    }

    [Fact]
    public void The_body_keeps_the_four_levels_of_headings()
    {
        var body = Sheet(Page(Report)).Elements("div").Single(d => Class(d) == "body"); // the 正文, not an 附件's
        Assert.Equal(["一、主要工作及成效", "二、存在的困难和问题", "三、下一步工作打算"], body.Elements("h2").Select(h => h.Text()));
        Assert.Contains("（一）帮扶资金足额到位", body.Elements("h3").Select(h => h.Text()));
        Assert.Contains("1.选派挂职干部", body.Elements("h4").Select(h => h.Text()));
        Assert.Equal(["（1）规划建设", "（2）现场办公"], body.Elements("h5").Select(h => h.Text()));
        Assert.Contains("已到位5388万元", body.Text()); // the figure from content/outcomes/
        var notice = Sheet(Page(Notice)).Elements("div").Single(d => Class(d) == "body");
        Assert.Equal(["一、会议时间", "二、会议地点", "三、参会人员", "四、会议议程", "五、有关要求"], notice.Elements("h2").Select(h => h.Text()));
    }

    [Theory]
    [InlineData(Report, "xxx对口帮扶xxx一年来主要数据", new[] { "中共xxx县委员会" }, "（联系人：县委办公室赵静，联系电话：0839-6602315）",
        "抄送：xxx市人民政府办公室，中共xxx市委组织部。")]
    [InlineData(Notice, "座谈会参会回执", new[] { "中共xxx县委办公室", "xxx县人民政府办公室" }, "（联系人：赵静，联系电话：0839-6602315）",
        "抄送：县委各部委，县人大常委会办公室，县政协办公室。")]
    public void The_closing_follows_the_body_in_the_standards_order_and_the_attachment_note_links_to_the_attachment(
        string slug, string attachment, string[] issuers, string note, string copiesTo)
    {
        var sheet = Sheet(Page(slug));
        var order = sheet.Elements().Select(e => e.Name.LocalName == "h1" ? "h1" : Class(e)).ToList();
        Assert.Equal(["letterhead", "h1", "addressees", "body", "attachment-notes", "signature", "doc-note", "attachment", "distribution imprint"], order);

        var link = One(sheet, "div", "attachment-notes").Descendants("a").Single();
        Assert.Equal(attachment, link.Text());
        var section = sheet.Elements("section").Single();
        Assert.Equal("#" + (string?)section.Attribute("id"), (string?)link.Attribute("href"));
        Assert.Equal(attachment, One(section, "h2", "attachment-title").Text());
        Assert.NotEmpty(section.Descendants("table"));

        var signature = One(sheet, "div", "signature");
        Assert.Equal(issuers, Texts(signature, "p", "issuer"));
        Assert.Equal(slug == Report ? "2022年7月20日" : "2022年6月24日", One(signature, "p", "signed").Text());
        Assert.Equal(note, One(sheet, "p", "doc-note").Text());

        var imprint = One(sheet, "div", "imprint");
        Assert.Equal(copiesTo, One(imprint, "p", "copies-to").Text());
        Assert.Equal(["中共xxx县委办公室", slug == Report ? "2022年7月20日印发" : "2022年6月24日印发"], One(imprint, "p", "printed").Elements("span").Select(s => s.Text()));
    }

    [Theory]
    [InlineData(Report, "报告")]
    [InlineData(Notice, "通知")]
    public void The_sites_links_stand_outside_the_sheet_the_pdf_first(string slug, string type)
    {
        var page = Page(slug);
        var article = page.Descendants("article").Single();
        // The print button (and the script that shows it) and the contents are the site's too: outside the sheet.
        Assert.Equal(["meta", "print-tools", "toc", "sheet", "document-links"], article.Elements().Where(e => e.Name.LocalName != "script").Select(Class));
        var meta = article.Elements("dl").Single();
        Assert.Equal(["文种", "文稿", "主题"], meta.Elements("dt").Select(d => d.Text()));
        Assert.Equal(type, meta.Elements("dd").First().Text());
        var pdf = meta.Descendants("a").First();
        Assert.Equal(("公文（PDF）", $"../pdf/{slug}.pdf"), (pdf.Text(), (string?)pdf.Attribute("href")));
        Assert.True(File.Exists(Path.Combine(sample.Site, "pdf", slug + ".pdf")), "the PDF the page links to is on the site");
        Assert.Contains("对口帮扶", meta.Descendants("a").Select(a => a.Text()));
        Assert.DoesNotContain(Sheet(page).Descendants("a"), a => ((string?)a.Attribute("href"))?.EndsWith(".pdf", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_home_page_lists_the_gongwen_by_title_type_number_and_date()
    {
        var home = Html.Load(Path.Combine(sample.Site, "index.html"));
        Assert.Contains("公文", home.Descendants("h1").Select(h => h.Text()));
        var table = home.Descendants("table").Single(t => Class(t) == "gongwen-list");
        Assert.Equal(["标题", "文种", "发文字号", "日期"], table.Descendants("th").Select(th => th.Text()));
        var rows = table.Element("tbody")!.Elements("tr").Select(r => r.Elements("td").Select(td => td.Text()).ToList()).ToList();
        Assert.Equal([
            ["中共xxx县委关于xxx对口帮扶xxx一年来工作情况的报告", "报告", "x委〔2022〕31号", "2022年7月20日"],
            ["关于召开xxx赴xxx帮扶工作队慰问座谈会的通知", "通知", "x委办〔2022〕45号", "2022年6月24日"]], rows);
        Assert.Equal([$"gongwen/{Report}.html", $"gongwen/{Notice}.html"], table.Descendants("a").Select(a => (string?)a.Attribute("href")));
    }

    [Fact]
    public void The_archive_and_search_list_them_as_gongwen_by_their_title_on_one_line()
    {
        var archive = Html.Load(Path.Combine(sample.Site, "archive.html"));
        var item = archive.Descendants("li").Single(li => li.Elements("a").Any(a => (string?)a.Attribute("href") == $"gongwen/{Report}.html"));
        Assert.Equal("中共xxx县委关于xxx对口帮扶xxx一年来工作情况的报告", item.Element("a")!.Text());
        Assert.Equal("公文", One(item, "span", "kind").Text());

        var found = IndexedDocument.Read(sample.Site).Where(d => d.Url.StartsWith("gongwen/", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"gongwen/{Report}.html", $"gongwen/{Notice}.html"], found.Select(d => d.Url).Order());
        Assert.All(found, d => Assert.Equal("公文", d.Kind));
        var report = found.Single(d => d.Url == $"gongwen/{Report}.html");
        Assert.Contains("x委〔2022〕31号", report.Text);
        Assert.Contains("中共xxx市委", report.Text);   // 主送机关, a prose list, is found as the page prints it
        Assert.Contains("特此报告。", report.Text);
        Assert.Contains("5年计划投入帮扶资金", report.Text); // the 附件's table
    }

    [Fact]
    public void The_public_edition_masks_the_signer_and_the_contact_in_the_page_the_lists_and_the_search_index()
    {
        // The internal edition shows them: it is the redaction that takes them out.
        Assert.Equal("签发人：王志刚", One(Sheet(Page(Report)), "p", "signers").Text());
        Assert.Contains(IndexedDocument.Read(sample.Site), d => d.Text.Contains("赵静", StringComparison.Ordinal));

        Assert.Equal("签发人：xxx", One(Sheet(Page(Report, "public")), "p", "signers").Text());
        Assert.Equal("（联系人：县委办公室xxx，联系电话：0839-6602315）", One(Sheet(Page(Report, "public")), "p", "doc-note").Text());
        Assert.Equal("（联系人：xxx，联系电话：0839-6602315）", One(Sheet(Page(Notice, "public")), "p", "doc-note").Text());
        Assert.EndsWith("xxx党委、政府：", One(Sheet(Page(Notice, "public")), "p", "addressees").Text()); // 汉阳镇, a place hidden too

        var site = Path.Combine(sample.Output, "public", "site");
        var published = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Append(Path.Combine(site, "search-index.js"))
            .Concat(Directory.GetFiles(Path.Combine(site, "search"), "*.js", SearchOption.AllDirectories)).ToList();
        Assert.Contains(Path.Combine(site, "gongwen", Report + ".html"), published);
        foreach (var file in published)
        {
            var text = File.ReadAllText(file);
            foreach (var name in Hidden) Assert.False(text.Contains(name, StringComparison.Ordinal), $"{name} in {Path.GetRelativePath(site, file)}");
        }
    }
}
