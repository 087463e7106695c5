using Wengao.Pipeline;
using Wengao.Diagnostics;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;
using Wengao.Model;

namespace Wengao.Tests.Furniture;

/// <summary>Bad furniture is refused at its line and column, with what to write instead.</summary>
public sealed class FurnitureErrorTests : IDisposable
{
    private readonly TempDir _dir = new();

    private SourceError Single(string frontMatter, string body)
    {
        var content = EmptyContent(_dir);
        Directory.CreateDirectory(Path.Combine(content, "speeches"));
        File.WriteAllText(Path.Combine(content, "speeches", "2024-04-08-notice.md"),
            $"---\ntitle: 关于做好防汛工作的通知\nspeaker: 张某\ndate: 2024-04-08\n{frontMatter}---\n\n{body}");
        var e = Assert.Throws<BuildFailedException>(() => SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"], Pdf: false)));
        return Assert.Single(e.Errors);
    }

    [Fact]
    public void A_document_number_in_square_brackets_is_refused_at_its_value()
    {
        var error = Single("number: 国办发[2019]4号\n", "正文。\n");
        Assert.Equal((5, 9), (error.Where.Line, error.Where.Column));
        Assert.Contains("发文字号", error.Message);
        Assert.Contains("六角括号〔〕", error.Hint);
    }

    [Fact]
    public void A_document_number_with_a_leading_zero_is_refused()
    {
        var error = Single("number: 国办发〔2019〕04号\n", "正文。\n");
        Assert.Equal(5, error.Where.Line);
        Assert.Contains("leading zeros", error.Hint);
    }

    [Fact]
    public void A_signing_date_that_is_not_a_date_is_refused_at_its_value()
    {
        var error = Single("signature: 某县人民政府\nsigned: 2024年4月8日\n", "正文。\n");
        Assert.Equal((6, 9), (error.Where.Line, error.Where.Column));
        Assert.Contains("`signed` must be a date written YYYY-MM-DD", error.Message);
    }

    [Fact]
    public void A_signing_date_without_an_issuer_is_refused()
    {
        var error = Single("signed: 2024-04-08\n", "正文。\n");
        Assert.Equal(5, error.Where.Line);
        Assert.Contains("without `signature`", error.Message);
    }

    [Fact]
    public void An_attachment_title_ending_in_punctuation_is_refused()
    {
        var error = Single("attachments:\n  - 工作方案。\n", "正文。\n");
        Assert.Equal(6, error.Where.Line);
        Assert.Contains("ends with punctuation", error.Message);
    }

    [Fact]
    public void An_attachment_block_without_a_title_is_refused_at_its_line()
    {
        var error = Single("", "正文。\n\n::: 附件\n\n附件的内容。\n\n:::\n");
        Assert.Equal((9, 1), (error.Where.Line, error.Where.Column));
        Assert.Contains("`attachments:` lists 0 titles", error.Message);
    }

    [Fact]
    public void Text_after_an_attachment_is_refused_at_the_attachment()
    {
        var error = Single("attachments: [工作方案]\n", "正文。\n\n::: 附件\n\n附件的内容。\n\n:::\n\n又一段正文。\n");
        Assert.Equal(10, error.Where.Line);
        Assert.Contains("text follows an attachment", error.Message);
    }

    [Fact]
    public void An_unknown_container_is_refused() =>
        Assert.Contains("not a block Wengao knows", Single("attachments: [工作方案]\n", "正文。\n\n::: 注意\n\n内容。\n\n:::\n").Message);

    [Fact]
    public void An_unclosed_attachment_is_refused() =>
        Assert.Contains("not closed", Single("attachments: [工作方案]\n", "正文。\n\n::: 附件\n\n内容。\n").Message);

    [Fact]
    public void A_signature_still_to_be_filled_in_is_refused_by_a_published_build()
    {
        var error = Single("signature: 待填\n", "正文。\n");
        Assert.Equal((5, 12), (error.Where.Line, error.Where.Column));
        Assert.Contains("`signature` is still 待填", error.Message);
    }

    public void Dispose() => _dir.Dispose();
}
