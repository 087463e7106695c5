using Wengao.Cli;
using Wengao.Tests.Support;

namespace Wengao.Tests.Copies;

/// <summary>
/// `wengao build --copies`: the numbers asked for, for every document whose kind makes copies, each naming the recipient
/// its `issued_to` gives the number; the same bytes from one build to the next; bad ranges and bad lists refused.
/// </summary>
public sealed class CopiesOptionTests : IDisposable
{
    private readonly TempDir _dir = CopiesBuild.Prepare(new TempDir());

    private string Notice => _dir["content/notices/" + CopiesBuild.Source];

    private (int Exit, string Out, string Err) Wengao(string output, params string[] extra)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = Commands.Run(["build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir[output], .. extra], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Copy(string output, string number) => _dir[$"{output}/internal/copies/{CopiesBuild.Slug}/{number}.pdf"];

    [Fact]
    public void The_numbers_asked_for_are_made_those_beyond_the_list_naming_no_one_and_two_builds_give_the_same_bytes()
    {
        var (exit, _, stderr) = Wengao("output", "--copies", "2-3,7");
        Assert.True(exit == 0, stderr);
        Assert.Equal(["000002.pdf", "000003.pdf", "000007.pdf"],
            Directory.GetFiles(_dir[$"output/internal/copies/{CopiesBuild.Slug}"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("000007", PdfText.Lines(Copy("output", "000007")).First().Text);
        Assert.Equal("市委办公室", CopyPdf.Slanted(Copy("output", "000002"))[0].Text);
        Assert.Empty(CopyPdf.Slanted(Copy("output", "000007"))); // the list issues four copies: the seventh is no one's

        Assert.Equal(0, Wengao("again", "--copies", "2-3,7").Exit);
        foreach (var number in new[] { "000002", "000003", "000007" })
            Assert.Equal(File.ReadAllBytes(Copy("output", number)), File.ReadAllBytes(Copy("again", number)));
        Assert.NotEqual(File.ReadAllBytes(Copy("output", "000002")), File.ReadAllBytes(Copy("output", "000003")));
    }

    [Fact]
    public void Without_a_watermark_asked_for_a_copy_has_none()
    {
        File.WriteAllText(Notice, File.ReadAllText(Notice).Replace("watermark: true\n", ""));
        Assert.Equal(0, Wengao("output").Exit);
        Assert.Equal("000003", PdfText.Lines(Copy("output", "000003")).First().Text);
        Assert.Empty(CopyPdf.Slanted(Copy("output", "000003")));
    }

    [Theory]
    [InlineData("0", "`0` is outside 1 to 999999")]
    [InlineData("5-1", "the range `5-1` runs backwards")]
    [InlineData("1-", "`1-` is no number or range")]
    [InlineData("1-10,x", "`x` is no number or range")]
    [InlineData("1000000", "`1000000` is outside 1 to 999999")]
    public void A_bad_range_is_bad_usage_that_builds_nothing(string range, string message)
    {
        var (exit, _, stderr) = Wengao("output", "--copies", range);
        Assert.Equal(2, exit); // bad usage, as every option's (README: errors in the sources exit 1)
        Assert.Contains($"--copies `{range}`: {message}; write a number or a range", stderr);
        Assert.False(Directory.Exists(_dir["output"]));
    }

    [Theory]
    [InlineData("  县农业局: 1\n", "  县农业局: 0\n", 8, "`县农业局` is issued 0 copies")]
    [InlineData("  县农业局: 1\n", "  县农业局: 一份\n", 8, "`县农业局` must be a whole number")]
    [InlineData("issued_to:\n  市委办公室: 2\n  县财政局张苇同志: 1\n  县农业局: 1\n", "", 5, "`watermark` names each copy's recipient, and `issued_to` names none")]
    public void A_bad_distribution_list_is_a_located_error(string line, string by, int at, string message)
    {
        File.WriteAllText(Notice, File.ReadAllText(Notice).Replace(line, by));
        var (exit, _, stderr) = Wengao("output");
        Assert.Equal(1, exit);
        Assert.Matches($@"{CopiesBuild.Source}:{at}:\d+: error: {System.Text.RegularExpressions.Regex.Escape(message)}", stderr);
        Assert.Contains("hint:", stderr);
    }

    [Fact]
    public void A_list_on_a_document_whose_kind_makes_no_copies_is_a_located_error()
    {
        var speech = Directory.GetFiles(_dir["content/speeches"], "*.md").Single();
        File.WriteAllText(speech, File.ReadAllText(speech).Replace("title:", "issued_to: { 市委办公室: 1 }\ntitle:"));
        var (exit, _, stderr) = Wengao("output");
        Assert.Equal(1, exit);
        Assert.Matches($@"{Path.GetFileName(speech)}:2:\d+: error: a 讲话稿 makes no numbered copies", stderr);
        Assert.Contains("copies: true", stderr);
    }

    [Fact]
    public void The_leak_scan_reads_the_copies_back()
    {
        // A copy's template made to print a name the public edition hides: only the leak scan stands between it and the copy.
        File.WriteAllText(_dir["templates/pdf/_copy.sbn"], "{{~ if page.copy ~}}<watermark>张苇</watermark>{{~ end ~}}\n");
        var (exit, _, stderr) = Wengao("output");
        Assert.Equal(1, exit);
        Assert.Contains($"public/copies/{CopiesBuild.Slug}/000001.pdf", stderr);
        Assert.Contains("张苇", stderr);
    }

    [Theory]
    [InlineData("<watermark angle=\"400\">{{ page.copy.number }}</watermark>", "`400` is no angle")]
    [InlineData("<watermark>a</watermark><watermark>b</watermark>", "<page> has one <watermark>")]
    public void A_bad_watermark_in_the_template_is_located_there(string markup, string message)
    {
        File.WriteAllText(_dir["templates/pdf/_copy.sbn"], "{{~ if page.copy ~}}\n" + markup + "\n{{~ end ~}}\n");
        var (exit, _, stderr) = Wengao("output");
        Assert.Equal(1, exit);
        Assert.Matches($@"_copy\.sbn:2:\d+: error: .*{System.Text.RegularExpressions.Regex.Escape(message)}", stderr);
    }

    public void Dispose() => _dir.Dispose();
}
