using Wengao.Load;
using Wengao.Parse;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;
using static Wengao.Tests.Support.Piece;

namespace Wengao.Tests.Authoring;

/// <summary>
/// `wengao import` of a .docx that carries the styles Wengao exports with (issue 19's contract), built here in code: the
/// source it writes parses to the same body as the source written by hand for that .docx — headings and their levels,
/// run-in headings, strong and emphasis, tables with their header rows, notes, attachments — and its front matter has
/// the title and the furniture.
/// </summary>
public sealed class StyledDocxImportTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Piece P(string text, string style) => new(text, style);

    /// <summary>The .docx imported as <paramref name="kind"/> into a content folder of its own; the import's output and the source's parse.</summary>
    private (string Out, string Source, ParsedDocument Parsed) Import(ContractDocx docx, string kind)
    {
        var content = Content($"import-{kind}");
        var (exit, stdout, stderr) = RunCli("import", docx.Save(_dir[$"{kind}.docx"]), "--content", content, "--type", kind, "--slug", "styled");
        Assert.True(exit == 0, stderr);
        return (stdout, File.ReadAllText(Directory.GetFiles(content, "*-styled.md", SearchOption.AllDirectories).Single()), Parse(content));
    }

    /// <summary>A source written by hand, in a content folder of its own, parsed as the build parses it.</summary>
    private ParsedDocument Expected(string folder, string source)
    {
        var content = Content("expected-" + folder);
        Directory.CreateDirectory(Path.Combine(content, folder));
        File.WriteAllText(Path.Combine(content, folder, "2024-04-09-expected.md"), source);
        return Parse(content);
    }

    /// <summary>A content folder with the sample's site settings and outcomes and no document.</summary>
    private string Content(string name)
    {
        var content = _dir[name];
        TempDir.Copy(Path.Combine(Repo.Content, "outcomes"), Path.Combine(content, "outcomes"));
        File.Copy(Path.Combine(Repo.Content, "site.yml"), Path.Combine(content, "site.yml"));
        return content;
    }

    private static ParsedDocument Parse(string content)
    {
        var corpus = CorpusLoader.Load(content, Repo.Templates);
        return DocumentParser.Parse(corpus.Documents.Single(), corpus);
    }

    [Fact]
    public void A_speech_reads_back_its_headings_run_ins_emphasis_tables_and_notes()
    {
        var docx = new ContractDocx()
            .P("Title", "在全县乡村振兴\n工作会议上的讲话")
            .P("Subtitle", "县委书记　张某")
            .P("Subtitle", "（2024年4月9日）")
            .P("Salutation", "同志们：")
            .P("Body", "今天召开全县工作会议，", P("重点", "Strong"), "是", P("部署", "Emphasis"), "今年的任务", Ref(1), "。")
            .P("Heading1", "一、总体要求")
            .P("Body", P("一是提高站位。", "RunIn2"), "要把工作摆在突出位置。")
            .P("Body", P("首先要统一思想。", "RunIn3"), "思想是行动的先导。")
            .P("Body", P("二是", "RunIn2"), P("压实责任。", "RunIn2"), P("其次要细化分工。", "RunIn3"), "分工到人。")
            .P("Heading2", "（一）主要目标")
            .P("Heading3", "1.完成户厕改造")
            .P("Heading4", "（1）资金安排")
            .P("Body", "写法 * _ [x] {{ y }} # 与 <b> 和 5388万元 & 1.3亿元", Ref(2), "照原样。")
            .P("Body", "1. 这一段以数字和点开头，也不是列表。")
            .Table(2,
                [["序号"], ["年度"], [""]],
                [[""], ["计划"], ["完成"]],
                [["1"], [P("100", "Strong")], ["98|99"]])
            .Endnote(1, ["注释的文字，见《报告》。"])
            .Endnote(2, ["第二条注释。"], ["它的第二段。"]);

        var (stdout, source, imported) = Import(docx, "speech");

        var expected = Expected("speeches", """
            ---
            title: "在全县乡村振兴\n工作会议上的讲话"
            speaker: 县委书记　张某
            date: 2024-04-09
            salutation: 同志们：
            ---

            今天召开全县工作会议，**重点**是*部署*今年的任务[^1]。

            ## 一、总体要求

            **一是提高站位。**要把工作摆在突出位置。

            *首先要统一思想。*思想是行动的先导。

            **二是压实责任。***其次要细化分工。*分工到人。

            ### （一）主要目标

            #### 1.完成户厕改造

            ##### （1）资金安排

            写法 \* \_ \[x\] {{"{{"}} y }} \# 与 \<b> 和 5388万元 &amp; 1.3亿元[^2]照原样。

            1\. 这一段以数字和点开头，也不是列表。

            | 序号 | 年度 |  |
            | --- | --- | --- |
            |  | 计划 | 完成 |
            | --- | --- | --- |
            | 1 | **100** | 98\|99 |

            [^1]: 注释的文字，见《报告》。

            [^2]: 第二条注释。

                它的第二段。
            """);
        Assert.Equal(BodyOutline.Of(expected), BodyOutline.Of(imported));
        Assert.Contains("read Word .docx exported by Wengao, read by its styles", stdout);
        Assert.Contains("  notes:       2 (the .docx's notes, each linked from its marker in the text)\n", stdout);
        Assert.Equal("在全县乡村振兴\n工作会议上的讲话", imported.Document.Title);
        Assert.Equal("县委书记　张某", imported.Document.Author);
        Assert.Equal(new DateOnly(2024, 4, 9), imported.Document.Date);
        Assert.Equal("同志们：", imported.Document.Text("salutation"));
        Assert.Contains("\ndraft: true", source);
    }

    [Fact]
    public void A_gongwen_reads_back_its_furniture_addressee_attachments_and_imprint()
    {
        var docx = new ContractDocx()
            .P("Furniture", "加急")
            .P("Furniture", "中共xxx县委办公室文件")
            .P("Furniture", "x委办〔2022〕45号")
            .P("Title", "关于召开座谈会的通知")
            .P("Addressee", "县委组织部，县财政局：")
            .P("Body", "为总结对口帮扶工作成效，现将有关事项通知如下。")
            .P("Heading1", "一、会议时间")
            .P("Body", "2022年7月1日（星期五）15:00。")
            .P("AttachmentNote", "附件：1.座谈会参会回执")
            .P("AttachmentNote", "\u3000\u3000\u30002.参会人员名单")
            .P("Signature", "中共xxx县委办公室")
            .P("Signature", "xxx县人民政府办公室")
            .P("SignedDate", "2022年6月24日")
            .P("Remark", "（联系人：赵静，联系电话：0839-6602315）")
            .PageBreak()
            .P("AttachmentLabel", "附件1")
            .P("AttachmentTitle", "座谈会参会回执")
            .Table(1, [["单位"], ["姓名"]], [[""], [""]])
            .PageBreak()
            .P("AttachmentLabel", "附件2")
            .P("AttachmentTitle", "参会人员名单")
            .P("Body", P("（一）", "RunIn2"), "县委书记、县长。")
            .P("Imprint", "抄送：县委各部委，县人大常委会办公室。")
            .P("Imprint", "中共xxx县委办公室\t2022年6月24日印发")
            .P("Plain", "（共印10份）");

        var (stdout, _, imported) = Import(docx, "gongwen");

        var expected = Expected("gongwen", """
            ---
            title: 关于召开座谈会的通知
            date: 2022-06-24
            type: 通知
            mark: [中共xxx县委办公室]
            number: x委办〔2022〕45号
            to: [县委组织部，县财政局]
            signature: [中共xxx县委办公室, xxx县人民政府办公室]
            signed: 2022-06-24
            attachments: [座谈会参会回执, 参会人员名单]
            note: （联系人：赵静，联系电话：0839-6602315）
            copies_to: 县委各部委，县人大常委会办公室。
            printed_by: 中共xxx县委办公室
            printed: 2022-06-24
            ---

            为总结对口帮扶工作成效，现将有关事项通知如下。

            ## 一、会议时间

            2022年7月1日（星期五）15:00。

            ::: 附件

            | 单位 | 姓名 |
            | --- | --- |
            |  |  |

            :::

            ::: 附件

            **（一）**县委书记、县长。

            :::
            """);
        Assert.Equal(BodyOutline.Of(expected), BodyOutline.Of(imported));
        Assert.Equal(BodyOutline.FrontMatter(expected.Document), BodyOutline.FrontMatter(imported.Document));
        Assert.Equal(expected.Document.Date, imported.Document.Date);
        Assert.Contains("（共印10份）  (a line the template writes, not the document's text)", stdout);
        Assert.Contains("中共xxx县委办公室文件  (the 版头 drawn above the title, not the document's text)", stdout);
    }

    [Fact]
    public void A_docx_without_the_styles_is_read_as_lines_of_text()
    {
        var docx = new ContractDocx()
            .P("Title", "在全县工作会议上的讲话")
            .P("Salutation", "同志们：")
            .P("Body", P("今年工作。", "RunIn1"), "各项任务全面完成，成绩来之不易。")
            .WithoutStyles();

        var (stdout, source, imported) = Import(docx, "speech");

        Assert.Contains("read Word .docx\n", stdout);
        // Read as text: the first sentence has no ordinal, so nothing marks it a heading.
        Assert.Equal(["p 今年工作。各项任务全面完成，成绩来之不易。"], BodyOutline.Of(imported));
        Assert.Contains("salutation: \"同志们：\"", source);
    }
}
