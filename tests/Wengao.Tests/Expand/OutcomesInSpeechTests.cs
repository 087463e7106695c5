using Wengao.Pipeline;
using Wengao.Diagnostics;
using Wengao.Expand.Functions;
using Wengao.Load;
using Wengao.Tests.Support;

namespace Wengao.Tests.Expand;

/// <summary>The speech draws its figures from the outcomes file: change one there and every output follows.</summary>
public sealed class OutcomesInSpeechTests : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();

    [Fact]
    public void A_changed_figure_changes_its_derived_share_in_the_html_and_the_pdf()
    {
        var outcomes = _dir["content/outcomes/assistance.yml"];
        File.WriteAllText(outcomes, File.ReadAllText(outcomes).Replace("value: 5388", "value: 6500", StringComparison.Ordinal));
        SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["output"]));

        const string expected = "已到位6500万元,仅一年时间到位资金占比达50%";
        var page = Directory.GetFiles(_dir["output/internal/site/speeches"], "*.html").Single();
        var paragraphs = Html.Load(page).All("p").Select(p => Seed.Normalise(p.Text())).ToList();
        Assert.Contains(paragraphs, p => p.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("5388", StringComparison.Ordinal) || p.Contains("41%", StringComparison.Ordinal));

        var pdf = _dir[$"output/internal/pdf/{Path.GetFileNameWithoutExtension(page)}.pdf"];
        var text = Seed.Normalise(string.Concat(PdfText.Body(PdfText.Lines(pdf)).Select(l => l.Text)));
        Assert.Contains(expected, text);
        Assert.DoesNotContain("5388", text);
    }

    [Fact]
    public void A_misused_function_in_a_speech_body_fails_the_build_at_its_line()
    {
        var speech = Directory.GetFiles(_dir["content/speeches"], "*.md").Single();
        var lines = File.ReadAllLines(speech).Length;
        File.AppendAllText(speech, "\n第{{ -1 | cn_numeral }}条。\n");
        var error = Assert.Single(Assert.Throws<BuildFailedException>(() =>
            SiteBuilder.Run(new BuildOptions(_dir["content"], _dir["templates"], _dir["output"]))).Errors);
        // Column 10: the function's name, after 第{{ -1 | .
        Assert.Equal((speech, lines + 2, 10), (error.Where.File, error.Where.Line, error.Where.Column));
        Assert.Contains("negative", error.Message);
    }

    [Fact]
    public void Every_sample_figure_reads_the_same_through_amount()
    {
        var set = OutcomesLoader.Load(Path.Combine(Repo.Content, "outcomes", "assistance.yml"));
        foreach (var figure in set.Figures)
            // 个亿 is how the speaker says it (12个亿); amount writes the standard 亿, except in an approximate figure (20几个亿).
            Assert.Equal(figure.IsApproximate ? figure.Text : figure.Text.Replace("个亿", "亿", StringComparison.Ordinal), AmountFunctions.Amount(figure));
    }

    public void Dispose() => _dir.Dispose();
}
