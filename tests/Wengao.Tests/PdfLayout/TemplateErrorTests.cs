using Wengao.Tests.Safety;
using Wengao.Tests.Support;

namespace Wengao.Tests.PdfLayout;

/// <summary>An error in a PDF template is located in the template, file:line:column, as the site's template errors are.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly SafetySite _site = new SafetySite().Speech("jianghua", "同志们好。");
    private string Manuscript => _site["templates/pdf/manuscript.sbn"];

    /// <summary>Puts <paramref name="line"/> in the manuscript's template after its &lt;page&gt; (in it: <paramref name="inPage"/>); its line number, 1-based.</summary>
    private int Insert(string line, bool inPage = false)
    {
        var lines = File.ReadAllLines(Manuscript).ToList();
        var at = lines.FindIndex(l => l.StartsWith("</page>", StringComparison.Ordinal)) + (inPage ? 0 : 1);
        Assert.True(at > 0, "the manuscript's template has a <page>");
        lines.Insert(at, line);
        File.WriteAllLines(Manuscript, lines);
        return at + 1;
    }

    [Fact]
    public void A_scriban_error_names_the_templates_line()
    {
        var line = Insert("{{ if page.draft }");

        var errors = _site.Failure(pdf: true);

        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.Equal((Manuscript, line), (error.Where.File, error.Where.Line)));
        Assert.Contains("template error", errors[0].Message);
    }

    [Fact]
    public void An_unknown_element_names_the_templates_line_and_what_is_allowed()
    {
        var line = Insert("<para>同志们：</para>");

        var error = Assert.Single(_site.Failure(pdf: true));

        Assert.Equal((Manuscript, line, 1), (error.Where.File, error.Where.Line, error.Where.Column));
        Assert.Contains("<para>", error.Message);
        Assert.Contains("<p>", error.Hint);
    }

    [Fact]
    public void A_bad_size_names_the_attribute_in_the_template()
    {
        var text = File.ReadAllText(Manuscript);
        File.WriteAllText(Manuscript, text.Replace("""body="三号" """, """body="三十号" """, StringComparison.Ordinal));
        var (line, column) = _site.Find(Manuscript, """body="三十号" """);

        var error = Assert.Single(_site.Failure(pdf: true));

        Assert.Equal((Manuscript, line, column), (error.Where.File, error.Where.Line, error.Where.Column));
        Assert.Contains("三十号", error.Message);
        Assert.Contains("小初", error.Hint);
    }

    [Fact]
    public void A_bad_value_an_expression_made_names_the_template_and_the_markups_line()
    {
        Insert("""<mark corner="{{ "middle" }}">秘密</mark>""", inPage: true);

        var error = Assert.Single(_site.Failure(pdf: true));

        Assert.Equal(Manuscript, error.Where.File);
        Assert.Contains("`middle`", error.Message);
        Assert.Contains("of the markup the template made", error.Message);
        Assert.Contains("top-left", error.Hint);
    }

    [Fact]
    public void A_chart_the_document_does_not_show_names_the_templates_line()
    {
        var line = Insert("""<chart id="funds"/>""");

        var error = Assert.Single(_site.Failure(pdf: true));

        Assert.Equal((Manuscript, line, 8), (error.Where.File, error.Where.Line, error.Where.Column));
        Assert.Contains("no chart `funds`", error.Message);
        Assert.Contains("charts:", error.Hint);
    }

    public void Dispose() => _site.Dispose();
}
