using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Furniture;

/// <summary>Import of a joint document's signature, and of endings that are not a signature block.</summary>
public sealed class JointSignatureImportTests : IDisposable
{
    private readonly TempDir _dir = new();

    private (string Out, string Source) Import(string draft, params string[] options)
    {
        var content = EmptyContent(_dir);
        File.WriteAllText(_dir["draft.txt"], draft);
        var (exit, stdout, stderr) = RunCli(["import", _dir["draft.txt"], "--content", content, "--slug", "report", .. options]);
        Assert.True(exit == 0, stderr);
        return (stdout, File.ReadAllText(Directory.GetFiles(content, "*.md", SearchOption.AllDirectories).Single()));
    }

    [Fact]
    public void Two_issuer_lines_over_a_date_are_a_joint_signature_the_lead_issuer_first()
    {
        var (stdout, source) = Import("关于2024年上半年农村人居环境整治工作情况的报告\n县人民政府：\n上半年全县新建改建农村户厕860户。\n特此报告。\n某县农业农村局\n某县生态环境局\n2024年6月28日\n",
            "--date", "2024-07-01");

        Assert.Contains("\nsignature:  # 发文机关署名\n  - \"某县农业农村局\"\n  - \"某县生态环境局\"\nsigned: 2024-06-28  # 成文日期：2024年6月28日\n", source);
        Assert.Contains("\ndate: 2024-07-01\n", source); // --date wins over the signing date
        Assert.EndsWith("\n特此报告。\n", source);
        Assert.Contains("发文机关署名 2, 成文日期 1, 附注 0", stdout);
    }

    [Fact]
    public void A_date_with_no_issuer_above_it_stays_in_the_text()
    {
        var (_, source) = Import("关于某事的报告\n县人民政府：\n上半年全县新建改建农村户厕860户。\n2024年6月28日\n", "--date", "2024-07-01");

        Assert.DoesNotContain("signed:", source);
        Assert.EndsWith("\n2024年6月28日\n", source);
    }

    [Fact]
    public void A_briefing_keeps_its_closing_lines_as_text()
    {
        var (_, source) = Import("某县工作简报\n全县新建改建农村户厕860户，完成年度任务的71.7%。\n某县农业农村局\n2024年6月28日\n", "--type", "briefing", "--date", "2024-07-01");

        Assert.DoesNotContain("signature:", source);
        Assert.EndsWith("\n某县农业农村局\n\n2024年6月28日\n", source);
    }

    [Fact]
    public void Names_numbered_1_and_an_attachment_title_over_two_lines_are_read_as_the_notes_names()
    {
        var (stdout, source) = Import("关于做好农村户厕改造工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n附件：1、某县农村户厕改造技术导则\n2、某县农村人居环境整治工作考核评分细则（试行）\n"
            + "某县人民政府办公室\n2024年3月12日\n附件1\n某县农村户厕改造技术导则\n导则正文。\n附件2\n某县农村人居环境整治工作\n考核评分细则（试行）\n细则正文。\n");

        Assert.Contains("\nattachments:  # 附件说明\n  - \"某县农村户厕改造技术导则\"\n  - \"某县农村人居环境整治工作考核评分细则（试行）\"\n", source);
        Assert.EndsWith("\n现将有关事项通知如下。\n\n::: 附件\n\n导则正文。\n\n:::\n\n::: 附件\n\n细则正文。\n\n:::\n", source);
        Assert.Contains("附件说明 2, 发文机关署名 1, 成文日期 1, 附注 0, 附件 2", stdout);
    }

    [Fact]
    public void A_lead_of_its_own_with_the_names_under_it_is_the_notes_not_an_attachment()
    {
        var (_, source) = Import("关于做好农村户厕改造工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n附件：\n1.某县农村户厕改造技术导则\n2.某县农村户厕改造验收办法\n"
            + "某县人民政府办公室\n2024年3月12日\n", "--date", "2024-03-12");

        Assert.Contains("\nattachments:  # 附件说明\n  - \"某县农村户厕改造技术导则\"\n  - \"某县农村户厕改造验收办法\"\n", source);
        Assert.EndsWith("\n现将有关事项通知如下。\n", source);
    }

    public void Dispose() => _dir.Dispose();
}
