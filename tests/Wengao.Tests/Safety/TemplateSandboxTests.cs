using System.Diagnostics;

using Wengao.Tests.Support;

namespace Wengao.Tests.Safety;

/// <summary>Templates reach nothing outside their folder (issue 14, point 6), and print no infinite number.</summary>
public sealed class TemplateSandboxTests
{
    private static SafetySite WithSpeechTemplateLine(string line)
    {
        var site = new SafetySite();
        site.Speech("plain", "正文。");
        var path = site["templates/html/speech.sbn"];
        File.WriteAllText(path, File.ReadAllText(path).Replace("<div class=\"body\">", line + "\n<div class=\"body\">"));
        return site;
    }

    [Theory]
    [InlineData("{{ include '/etc/passwd' }}")]
    [InlineData("{{ include '../../content/site.yml' }}")]
    [InlineData("{{ include 'static/../../../content/site.yml' }}")]
    [InlineData("{{ include 'nothing-here.sbn' }}")]
    [InlineData("{{ include 'speech.sbn' + '\\0' }}")]
    public void An_include_outside_the_templates_folder_is_a_located_error(string line)
    {
        using var site = WithSpeechTemplateLine(line);
        var error = Assert.Single(site.Failure());
        var (row, column) = site.Find(site["templates/html/speech.sbn"], line);
        Assert.Equal((site["templates/html/speech.sbn"], row), (error.Where.File, error.Where.Line));
        Assert.InRange(error.Where.Column, column, column + line.Length);
        Assert.Contains("include", error.Message);
        Assert.Contains("relative to it", error.Hint);
    }

    [Fact]
    public void An_include_through_a_symbolic_link_is_refused()
    {
        using var site = WithSpeechTemplateLine("{{ include 'parts/passwd' }}");
        Directory.CreateSymbolicLink(site["templates/html/parts"], "/etc");
        var error = Assert.Single(site.Failure());
        Assert.Equal(site["templates/html/speech.sbn"], error.Where.File);
        Assert.Contains("symbolic link", error.Message);
    }

    [Fact]
    public void A_template_that_is_a_symbolic_link_is_refused()
    {
        using var site = WithSpeechTemplateLine("{{ include 'evil.sbn' }}");
        File.CreateSymbolicLink(site["templates/html/evil.sbn"], "/etc/passwd");
        var error = Assert.Single(site.Failure());
        Assert.Equal(site["templates/html/evil.sbn"], error.Where.File);
        Assert.Contains("symbolic link", error.Message);
    }

    [Fact]
    public void An_include_of_a_template_in_a_subfolder_works()
    {
        using var site = WithSpeechTemplateLine("{{ include 'parts/note.sbn' }}");
        site.Write("templates/html/parts/note.sbn", "<p class=\"note\">{{ page.title | html.escape }}</p>");
        site.Build(pdf: false);
        var page = Html.Load(site["output/site/speeches/plain.html"]);
        Assert.Equal("测试讲话", Assert.Single(page.Descendants("p"), p => p.Attribute("class")?.Value == "note").Text());
    }

    [Theory]
    [InlineData("root", "/")]
    [InlineData("passwd.css", "/etc/passwd")]
    public void A_symbolic_link_in_static_is_refused_not_followed(string name, string target)
    {
        using var site = new SafetySite();
        site.Speech("plain", "正文。");
        var link = site[$"templates/html/static/{name}"];
        if (Directory.Exists(target)) Directory.CreateSymbolicLink(link, target);
        else File.CreateSymbolicLink(link, target);
        var clock = Stopwatch.StartNew();
        var error = Assert.Single(site.Failure());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the build took {clock.Elapsed}: did it walk the link?");
        Assert.Equal(link, error.Where.File);
        Assert.Contains("symbolic link", error.Message);
    }

    [Theory]
    [InlineData("{{ 1 / 0 }}", "infinite")]
    [InlineData("{{ -1 / 0 }}", "infinite")]
    [InlineData("{{ 0 / 0 }}", "NaN")]
    public void A_division_by_zero_in_a_body_is_a_located_error(string expression, string message)
    {
        using var site = new SafetySite();
        site.Speech("zero", $"第一段。\n\n增长了{expression}倍。");
        var error = Assert.Single(site.Failure());
        var (row, column) = site.Find(site.SpeechFile("zero"), expression);
        Assert.Equal((site.SpeechFile("zero"), row), (error.Where.File, error.Where.Line));
        Assert.InRange(error.Where.Column, column, column + expression.Length);
        Assert.Contains(message, error.Message);
        Assert.Contains("division by zero", error.Hint);
    }

    [Fact]
    public void A_division_by_zero_in_a_template_is_a_located_error()
    {
        using var site = WithSpeechTemplateLine("<p>{{ 1 / 0 }}</p>");
        var error = Assert.Single(site.Failure());
        var (row, _) = site.Find(site["templates/html/speech.sbn"], "{{ 1 / 0 }}");
        Assert.Equal((site["templates/html/speech.sbn"], row), (error.Where.File, error.Where.Line));
        Assert.Contains("infinite", error.Message);
    }
}
