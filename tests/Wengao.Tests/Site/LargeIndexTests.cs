using Wengao.Load;
using Wengao.Parse;
using Wengao.Render.Html;
using Wengao.Render.Templates;
using Wengao.Tests.Support;

namespace Wengao.Tests.Site;

/// <summary>
/// The home pages of a large archive list every document, a page of site.yml's `page_size` each. Each kind's list is a
/// partial the home page includes, and Scriban cuts an included text at a million characters unless told not to: with
/// a page as long as 5,000 speeches' rows, the page is not cut.
/// </summary>
public sealed class LargeIndexTests
{
    [Fact]
    public void The_home_pages_list_every_one_of_5000_speeches_and_one_page_of_them_is_not_cut()
    {
        var corpus = CorpusLoader.Load(Repo.Content, Repo.Templates);
        var seed = DocumentParser.Parse(corpus.Documents.First(d => d.Kind.Name == "speech"), corpus);
        // The lists read each document's front matter and length: given the seed's length, as the build cache gives a
        // document's (lengths.*.manifest), 5,000 copies cost no parse.
        var length = new BodyLength(seed.Characters, seed.SpeakingMinutes);
        var speeches = Enumerable.Range(1, 5000).Select(i => DocumentParser.Parse(
            seed.Document with { Slug = $"speech-{i:D4}", Title = $"{seed.Document.Title}（第{i}篇）" }, corpus, length: length)).ToList();
        Rows(corpus.Site with { Lists = new Wengao.Model.ListSettings(PageSize: 5000) }, 5000, 1);
        Rows(corpus.Site with { Lists = new Wengao.Model.ListSettings(PageSize: 50) }, 50, 100);
        Assert.DoesNotContain(speeches, s => s.IsParsed);

        void Rows(Wengao.Model.Site site, int perPage, int pages)
        {
            var html = new HtmlSite(new TemplateSet(Path.Combine(Repo.Templates, "html")), site, new Navigation(speeches));
            var rendered = html.Index(corpus.Kinds, speeches).ToList();
            Assert.Equal(pages, rendered.Count);
            var seen = new HashSet<string>();
            foreach (var page in rendered.Select(p => p.Render()))
            {
                var rows = System.Text.RegularExpressions.Regex.Matches(page, "<a href=\"(?:\\.\\./)?speeches/(speech-\\d{4})\\.html\">").Select(m => m.Groups[1].Value).ToList();
                Assert.Equal(perPage, rows.Count);
                seen.UnionWith(rows);
                Assert.EndsWith("</html>\n", page);
                if (perPage == 5000) Assert.True(page.Length > 1_000_000, $"the page is {page.Length} characters: too short to test the limit");
            }
            Assert.Equal(5000, seen.Count);
        }
    }
}
