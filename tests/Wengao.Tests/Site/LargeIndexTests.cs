using Wengao.Load;
using Wengao.Parse;
using Wengao.Render.Html;
using Wengao.Render.Templates;
using Wengao.Tests.Support;

namespace Wengao.Tests.Site;

/// <summary>
/// The home page of a large archive lists every document. Each kind's list is a partial the home page includes, and
/// Scriban cuts an included text at a million characters unless told not to: 5,000 speeches' rows are longer.
/// </summary>
public sealed class LargeIndexTests
{
    [Fact]
    public void The_home_page_lists_every_one_of_5000_speeches()
    {
        var corpus = CorpusLoader.Load(Repo.Content, Repo.Templates);
        var seed = DocumentParser.Parse(corpus.Documents.First(d => d.Kind.Name == "speech"), corpus);
        var speeches = Enumerable.Range(1, 5000)
            .Select(i => seed with { Document = seed.Document with { Slug = $"speech-{i:D4}", Title = $"{seed.Document.Title}（第{i}篇）" } }).ToList();
        var html = new HtmlSite(new TemplateSet(Path.Combine(Repo.Templates, "html")), corpus.Site, new Navigation(speeches));

        var page = html.Index(corpus.Kinds, speeches);

        Assert.True(page.Length > 1_000_000, $"the page is {page.Length} characters: too short to test the limit");
        var rows = System.Text.RegularExpressions.Regex.Matches(page, "<a href=\"speeches/speech-\\d{4}\\.html\">").Count;
        Assert.Equal(5000, rows);
        Assert.EndsWith("</html>\n", page);
    }
}
