using Wengao.Diagnostics;
using Wengao.Model;
using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Gongwen;

/// <summary>
/// What the 公文 kind's declaration (templates/kinds/gongwen.yml) asks of a source, checked at load: the 文种 is one of the
/// fifteen, the 密级 is written as GB/T 9704 §7.2.2 writes it, and each 文种's rules hold (a 请示 names one 主送机关 and its
/// 签发人, a 纪要 is not signed, a sealed document is signed and dated). Each broken one is an error at the line and
/// column that breaks it. The sources are tests/fixtures/gongwen/: a 请示 and a 纪要 that load as written.
/// </summary>
public sealed class GongwenRulesTests : IDisposable
{
    private const string Request = "2024-03-05-zijin-qingshi.md", Minutes = "2024-04-10-changwu-jiyao.md";
    private readonly TempDir _dir = new();
    private readonly string _content;

    public GongwenRulesTests()
    {
        _content = EmptyContent(_dir);
        Directory.CreateDirectory(Path.Combine(_content, "gongwen"));
    }

    /// <summary>The fixture, changed, as the content's only document; its path.</summary>
    private string Write(string fixture, Func<string, string> change)
    {
        var written = Path.Combine(_content, "gongwen", fixture);
        var text = File.ReadAllText(Path.Combine(Repo.Fixtures, "gongwen", fixture));
        var changed = change(text);
        Assert.NotEqual(text, changed); // the change took: the test reads what it meant to break
        File.WriteAllText(written, changed);
        return written;
    }

    private BuildReport Build() => SiteBuilder.Run(new BuildOptions(_content, Repo.Templates, _dir["output"], Pdf: false));

    private IReadOnlyList<SourceError> Errors(string fixture, Func<string, string> change)
    {
        var source = Write(fixture, change);
        var errors = Assert.Throws<BuildFailedException>(Build).Errors;
        Assert.All(errors, e => Assert.Equal(source, e.Where.File));
        return errors;
    }

    [Theory]
    [InlineData(Request)]
    [InlineData(Minutes)]
    public void The_fixtures_load_as_written(string fixture)
    {
        File.Copy(Path.Combine(Repo.Fixtures, "gongwen", fixture), Path.Combine(_content, "gongwen", fixture));
        Build();
        Assert.True(File.Exists(_dir[$"output/internal/site/gongwen/{fixture[11..^3]}.html"]));
    }

    [Fact]
    public void A_request_to_two_bodies_is_refused_at_its_addressees()
    {
        var error = Assert.Single(Errors(Request, t => t.Replace("to: [某市人民政府]", "to: [某市人民政府, 某市财政局]")));
        Assert.Equal((11, 5), (error.Where.Line, error.Where.Column));
        Assert.Equal("a document with `type: 请示` names at most 1 in `to` (主送机关), and this names 2", error.Message);
        Assert.Contains("第十五条", error.Hint);
        Assert.EndsWith("keep 1", error.Hint);
    }

    [Fact]
    public void A_request_without_its_signer_is_refused_at_its_type()
    {
        var error = Assert.Single(Errors(Request, t => t.Replace("signers: [李某]\n", "")));
        Assert.Equal((4, 7), (error.Where.Line, error.Where.Column));
        Assert.Equal("a document with `type: 请示` must give `signers` (签发人姓名)", error.Message);
        Assert.Contains("GB/T 9704 §7.2.6", error.Hint);
        Assert.EndsWith("add `signers: …`", error.Hint);
    }

    [Fact]
    public void Minutes_with_a_signature_are_refused_at_the_signature()
    {
        var error = Assert.Single(Errors(Minutes, t => t.Replace("printed_by:", "signature: 某县人民政府\nprinted_by:")));
        Assert.Equal((6, 12), (error.Where.Line, error.Where.Column));
        Assert.Equal("a document with `type: 纪要` has no `signature` (发文机关署名)", error.Message);
        Assert.Contains("§10.3", error.Hint);
        Assert.EndsWith("delete `signature`", error.Hint);
    }

    [Fact]
    public void An_unknown_type_names_the_nearest_with_every_one_allowed()
    {
        var error = Assert.Single(Errors(Request, t => t.Replace("type: 请示", "type: 请求")));
        Assert.Equal((4, 7), (error.Where.Line, error.Where.Column));
        Assert.Equal("`type` `请求` is not one of the values the kind allows", error.Message);
        Assert.StartsWith("did you mean `请示`? one of: 决议 决定 命令", error.Hint);
        Assert.Contains(" 纪要", error.Hint);
    }

    [Theory]
    [InlineData("秘密1年")]   // the ★ between 密级 and 保密期限 left out
    [InlineData("秘密★一年")] // the period in Chinese numerals: §7.2.2 writes it in Arabic
    [InlineData("内部")]      // no 密级 of the standard
    public void A_secrecy_not_written_as_the_standard_writes_it_is_refused_with_an_example(string secrecy)
    {
        var error = Assert.Single(Errors(Request, t => t.Replace("secrecy: 秘密★1年", $"secrecy: {secrecy}")));
        Assert.Equal((8, 10), (error.Where.Line, error.Where.Column));
        Assert.Equal($"`secrecy` `{secrecy}` is not written as the kind expects", error.Message);
        Assert.EndsWith("e.g. `secrecy: 秘密★1年`", error.Hint);
    }

    [Fact]
    public void A_sealed_document_without_its_signature_is_refused_at_the_seal()
    {
        var errors = Errors(Request, t => t.Replace("signature: 某县人民政府\nsigned: 2024-03-05\n", ""));
        var seal = errors.Where(e => e.Where.Line == 12).ToList(); // `sealed: true`, two lines up with the two gone
        Assert.Equal(["a document with `sealed: true` must give `signature` (发文机关署名)", "a document with `sealed: true` must give `signed` (成文日期)"],
            seal.Select(e => e.Message));
        Assert.All(seal, e => Assert.Contains("§7.3.5.1", e.Hint));
        // The 请示's own rule names the same two at its 文种: every 公文 but a 纪要 is signed and dated (§7.3.5).
        Assert.Equal(["`signature`", "`signed`"], errors.Where(e => e.Where.Line == 4).Select(e => e.Message.Split(' ')[^2]));
    }

    [Fact]
    public void The_cli_prints_a_broken_rule_as_file_line_column_and_exits_1_without_a_stack_trace()
    {
        var source = Write(Request, t => t.Replace("to: [某市人民政府]", "to: [某市人民政府, 某市财政局]"));
        var (exit, _, stderr) = RunCli("build", "--content", _content, "--templates", Repo.Templates, "--output", _dir["output"], "--no-pdf");
        Assert.Equal(1, exit);
        Assert.Contains($"{source}:11:5: error: a document with `type: 请示` names at most 1 in `to`", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
    }

    public void Dispose() => _dir.Dispose();
}
