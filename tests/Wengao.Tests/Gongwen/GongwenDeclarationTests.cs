using Wengao.Diagnostics;
using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Gongwen;

/// <summary>
/// The 公文 kind's declaration read like any source: `values`, `pattern` and `rules:` misused in it are errors at their
/// line in the file that declares them (here a project's content/kinds/gongwen.yml, a copy of the shipped one changed);
/// and `wengao new gongwen` starts a source from the kind's archetype that builds once its 待填 are filled.
/// </summary>
public sealed class GongwenDeclarationTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _content;

    public GongwenDeclarationTests() => _content = EmptyContent(_dir);

    private static string Shipped => File.ReadAllText(Path.Combine(Repo.Templates, "kinds", "gongwen.yml"));

    private void Build() => SiteBuilder.Run(new BuildOptions(_content, Repo.Templates, _dir["output"], Pdf: false));

    /// <summary>The shipped declaration with <paramref name="from"/> replaced, as the project's; the 1-based line of the change.</summary>
    private (string File, int Line) Declare(string from, string to)
    {
        var text = Shipped;
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"`{from}` is not in gongwen.yml");
        Directory.CreateDirectory(Path.Combine(_content, "kinds"));
        var file = Path.Combine(_content, "kinds", "gongwen.yml");
        File.WriteAllText(file, text[..at] + to + text[(at + from.Length)..]);
        return (file, text[..at].Count(c => c == '\n') + 1);
    }

    [Theory]
    [InlineData("mark_word: { type: text,", "mark_word: { type: integer,", "`values` limits a text or list field, and `mark_word` is a integer")]
    [InlineData("require: [signers, to]", "require: [signer, to]", "`require` names `signer`, which is not a field of the kind")]
    [InlineData("forbid: [signature,", "forbid: [signatures,", "`forbid` names `signatures`, which is not a field of the kind")]
    [InlineData("at_most: { to: 1 }", "at_most: { type: 1 }", "`at_most` counts the items of a list field, and `type` is not one")]
    [InlineData("pattern: '^(绝密|机密|秘密)", "pattern: '^((绝密|机密|秘密)", "`^((绝密|机密|秘密)(★([0-9]+年|[0-9]+个月|长期))?$` is not a regular expression")]
    public void A_misused_option_of_the_declaration_is_an_error_at_its_line(string from, string to, string message)
    {
        var (file, line) = Declare(from, to);
        var error = Assert.Single(Assert.Throws<BuildFailedException>(Build).Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal((file, line), (error.Where.File, error.Where.Line));
        Assert.True(error.Where.Column > 1, "the column of the option, not of the line");
        Assert.False(string.IsNullOrEmpty(error.Hint), "the error says how to fix it");
    }

    [Fact]
    public void A_rule_with_an_unknown_option_names_the_nearest()
    {
        var (file, line) = Declare("    require: [signers, to]\n    at_most:", "    require: [signers, to]\n    at_mots:");
        var error = Assert.Single(Assert.Throws<BuildFailedException>(Build).Errors);
        Assert.Equal("unknown key `at_mots`", error.Message);
        Assert.Equal((file, line + 1), (error.Where.File, error.Where.Line));
        Assert.Contains("did you mean `at_most`?", error.Hint);
    }

    [Fact]
    public void Wengao_new_gongwen_writes_the_archetype_and_the_source_builds_once_filled()
    {
        var templates = Repo.Templates;
        var (exit, stdout, stderr) = RunCli("new", "gongwen", "关于做好防汛工作的通知", "--slug", "fangxun", "--content", _content, "--templates", templates);
        Assert.True(exit == 0, stderr);
        Assert.Contains("wrote", stdout);
        var written = Directory.GetFiles(Path.Combine(_content, "gongwen"), "*-fangxun.md").Single();
        var text = File.ReadAllText(written);
        Assert.Contains("\ntitle: \"关于做好防汛工作的通知\"\n", text);
        Assert.Contains("\ntype: 通知  # 文种：决议、决定、命令、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要\n", text);
        Assert.Contains("\nmark: [待填]", text);
        Assert.Contains("\n# secrecy: 秘密★1年", text);
        Assert.Contains("\n# signers: [待填]", text);
        Assert.Contains("\ndraft: true\n", text);

        Build(); // a draft is left out, so its 待填 are no error
        Assert.False(File.Exists(_dir["output/internal/site/gongwen/fangxun.html"]));

        File.WriteAllText(written, text.Replace("mark: [待填]", "mark: [某县人民政府办公室]").Replace("number: 待填", "number: 某府办发〔2024〕12号")
            .Replace("to: [待填]", "to: [各乡（镇）人民政府，县级各部门]").Replace("signature: 待填", "signature: 某县人民政府办公室")
            .Replace("# urgency: 加急", "urgency: 加急").Replace("draft: true\n", ""));
        Build();
        var page = Html.Load(_dir["output/internal/site/gongwen/fangxun.html"]);
        Assert.Equal("某县人民政府办公室", page.All("p").Single(p => (string?)p.Attribute("class") == "issuer-mark").Text());
        Assert.Equal("加急", page.All("span").Single(s => (string?)s.Attribute("class") == "urgency").Text());
        Assert.Equal("各乡（镇）人民政府，县级各部门：", page.All("p").Single(p => (string?)p.Attribute("class") == "addressees").Text());
    }

    public void Dispose() => _dir.Dispose();
}
