using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Wengao.Diagnostics;
using Wengao.Expand;
using Wengao.Model;
using Wengao.Render.Html;
using Wengao.Tests.Support;
using Wengao.Render.Templates;

namespace Wengao.Tests.Expand;

/// <summary>The functions as templates call them: through Scriban, with the globals every page and body gets.</summary>
public sealed class TemplateFunctionTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static Figure Figure(string id, double value, string unit, string? qualifier = null, int? decimals = null) =>
        Wengao.Load.FigureNumbers.Written(new(id, null, id, value, unit, qualifier, null, decimals, null, null, null, null, new SourceSpan("test.yml", 1, 1)));

    private static string Render(string template)
    {
        var outcomes = new ScriptObject
        {
            ["planned"] = Figure("planned", 1.3, "亿元"),
            ["arrived"] = Figure("arrived", 5388, "万元"),
            ["share"] = Figure("share", 41.446, "%", decimals: 0),
            ["supplies"] = Figure("supplies", 500, "万元", "多"),
            ["cadres"] = Figure("cadres", 25, "名"),
        };
        var parsed = Template.Parse(template);
        Assert.False(parsed.HasErrors, string.Join("; ", parsed.Messages));
        return parsed.Render(ScriptGlobals.Context(new ScriptObject
        {
            ["outcomes"] = outcomes,
            ["day"] = new DateOnly(2022, 7, 1),
            ["moment"] = new DateTime(2022, 7, 1, 9, 30, 0),
        }));
    }

    [Theory]
    [InlineData("{{ 13000 | amount \"万元\" }}", "1.3亿元")]
    [InlineData("{{ 5388 | amount \"万元\" }}", "5388万元")]
    [InlineData("{{ 130000000 | amount \"元\" }}", "1.3亿元")]
    [InlineData("{{ 9999 | amount \"元\" }}", "9999元")]
    [InlineData("{{ 10000 | amount \"元\" }}", "1万元")]
    [InlineData("{{ 0 | amount \"元\" }}", "0元")]
    [InlineData("{{ -13000 | amount \"万元\" }}", "-1.3亿元")]
    [InlineData("{{ 1000000000000 | amount \"元\" }}", "1万亿元")]
    [InlineData("{{ 1.5 | amount \"万元\" }}", "1.5万元")]
    [InlineData("{{ 0.41446 | percent }}", "41%")]
    [InlineData("{{ 0.125 | percent 0 }}", "13%")]
    [InlineData("{{ 0.41446 | percent 1 }}", "41.4%")]
    [InlineData("{{ share 5388 13000 }}", "41%")]
    [InlineData("{{ 1 | cn_numeral }}{{ 10 | cn_numeral }}{{ 11 | cn_numeral }}{{ 20 | cn_numeral }}", "一十十一二十")]
    [InlineData("{{ 100 | cn_numeral }} {{ 0 | cn_numeral }}", "一百 零")]
    [InlineData("{{ 3 | cn_list_marker }}{{ 3 | cn_list_marker 2 }}", "三、（三）")]
    [InlineData("{{ day | cn_date }} {{ moment | cn_date }} {{ \"2022-07-01\" | cn_date }}", "2022年7月1日 2022年7月1日 2022年7月1日")]
    [InlineData("{{ \"2022-07\" | cn_date }} {{ day | cn_month }}", "2022年7月 2022年7月")]
    [InlineData("{{ \"已到位5388万元。\" | char_count }}", "7")]
    [InlineData("{{ 540 | speaking_time 180 }} {{ 541 | speaking_time 180 }}", "约3分钟 约4分钟")]
    public void Functions_format_as_official_writing_expects(string template, string text) =>
        Assert.Equal(text, Render(template));

    [Theory]
    [InlineData("{{ outcomes.arrived }}", "5388万元")]
    [InlineData("{{ outcomes.arrived.value }}", "5388")]
    [InlineData("{{ outcomes.arrived.value + 1612 | amount outcomes.arrived.unit }}", "7000万元")]
    [InlineData("{{ outcomes.planned | amount }}", "1.3亿元")]
    [InlineData("{{ outcomes.supplies | amount }}", "500多万元")]   // approximate: written as stated
    [InlineData("{{ outcomes.share | percent 1 }}", "41.4%")]
    [InlineData("{{ share outcomes.arrived outcomes.planned }}", "41%")]
    [InlineData("{{ outcomes.cadres | cn_numeral }}", "二十五")]
    public void Figures_render_as_written_and_serve_as_numbers(string template, string text) =>
        Assert.Equal(text, Render(template));

    [Theory]
    [InlineData("{{ -1 | cn_numeral }}", "negative")]
    [InlineData("{{ 1.5 | cn_numeral }}", "whole number")]
    [InlineData("{{ \"abc\" | amount \"元\" }}", "needs a number")]
    [InlineData("{{ 5 | amount \"万圆\" }}", "unknown unit `万圆`")]
    [InlineData("{{ 5 | amount }}", "needs the unit")]
    [InlineData("{{ outcomes.arrived | amount \"万元\" }}", "carries its own unit")]
    [InlineData("{{ outcomes.arrived | percent }}", "takes a ratio")]
    [InlineData("{{ share outcomes.arrived outcomes.cadres }}", "count the same thing")]
    [InlineData("{{ share 1 0 }}", "the whole is 0")]
    [InlineData("{{ \"July\" | cn_date }}", "YYYY-MM-DD")]
    [InlineData("{{ \"x\" | speaking_time 0 }}", "above 0")]
    [InlineData("{{ 0.5 | percent (-1) }}", "decimals")]
    public void Misuse_is_a_template_error(string template, string message) =>
        Assert.Contains(message, Assert.Throws<ScriptRuntimeException>(() => Render(template)).OriginalMessage);

    [Fact]
    public void A_misused_function_in_a_site_template_names_its_line_and_column()
    {
        var html = Directory.CreateDirectory(_dir["html"]).FullName;
        File.WriteAllText(Path.Combine(html, "page.sbn"), "<p>\n<span>{{ -3 | cn_numeral }}</span>\n");
        File.WriteAllText(Path.Combine(html, "layout.sbn"), "{{ content }}");
        var templates = new TemplateSet(html);
        var error = Assert.Single(Assert.Throws<BuildFailedException>(() => templates.RenderPage("page.sbn", new ScriptObject())).Errors);
        Assert.Equal((Path.Combine(html, "page.sbn"), 2), (error.Where.File, error.Where.Line));
        Assert.Equal(15, error.Where.Column);   // the function's name
        Assert.Contains("negative", error.Message);
    }

    [Fact]
    public void Site_templates_see_the_functions()
    {
        var html = Directory.CreateDirectory(_dir["html"]).FullName;
        File.WriteAllText(Path.Combine(html, "page.sbn"), "{{ 13000 | amount \"万元\" }} {{ 2 | cn_list_marker }}");
        File.WriteAllText(Path.Combine(html, "layout.sbn"), "<main>{{ content }}</main>");
        Assert.Equal("<main>1.3亿元 二、</main>", new TemplateSet(html).RenderPage("page.sbn", new ScriptObject()));
    }

    public void Dispose() => _dir.Dispose();
}
