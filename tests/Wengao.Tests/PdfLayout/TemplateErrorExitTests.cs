using Wengao.Cli;
using Wengao.Tests.Support;

namespace Wengao.Tests.PdfLayout;

/// <summary>`wengao build` with a bad PDF template: exit 1, the template's file:line:column and a hint, no stack trace.</summary>
public sealed class TemplateErrorExitTests : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();

    [Fact]
    public void A_markup_error_in_the_briefings_template_exits_1_naming_its_line()
    {
        var template = _dir["templates/pdf/briefing.sbn"];
        var lines = File.ReadAllLines(template).ToList();
        var at = lines.FindIndex(l => l.StartsWith("<rule ", StringComparison.Ordinal));
        Assert.True(at >= 0, "the masthead has a rule");
        lines[at] = lines[at].Replace("thickness=", "weight=", StringComparison.Ordinal);
        File.WriteAllLines(template, lines);
        var column = lines[at].IndexOf(" weight=", StringComparison.Ordinal) + 1;

        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = Commands.Run(["build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"]], stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Contains($"{template}:{at + 1}:{column}: error: <rule> has no attribute weight", stderr.ToString());
        Assert.Contains("hint: <rule> takes y, width, colour, thickness", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
        Assert.False(Directory.Exists(_dir["output"]));
    }

    public void Dispose() => _dir.Dispose();
}
