using System.Text.RegularExpressions;
using Wengao.Render.Search;
using Wengao.Tests.Support;

namespace Wengao.Tests.Search;

/// <summary>The search page run in Chromium from file://, as a reader with no network opens it.</summary>
[Collection(SampleCollection.Name)]
public sealed partial class SearchPageTests(SampleBuild sample)
{
    [GeneratedRegex("""<ol id="search-results"[^>]*>(?<items>.*?)</ol>""", RegexOptions.Singleline)]
    private static partial Regex ResultList();

    [GeneratedRegex("""<p id="search-status"[^>]*>(?<text>.*?)</p>""", RegexOptions.Singleline)]
    private static partial Regex Status();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private string[] Titles => [Seed.Title, IndexedDocument.Read(sample.Site).Single(d => d.Kind == "简报").Title];

    private (string Items, string Status) Search(string query, string filters = "")
    {
        var url = new Uri(Path.Combine(sample.Site, SearchIndex.Page)).AbsoluteUri + "?q=" + Uri.EscapeDataString(query) + filters;
        var dom = Chromium.DumpDom(url);
        var list = ResultList().Match(dom);
        Assert.True(list.Success, $"no result list in the page Chromium rendered:\n{dom}");
        return (list.Groups["items"].Value, Status().Match(dom).Groups["text"].Value);
    }

    [Theory]
    [InlineData("5388")]
    [InlineData("５３８８")] // full-width digits, as a Chinese input method may type them
    [InlineData("帮扶")]
    [InlineData("帮扶资金")]
    public void A_query_finds_the_speech_and_the_briefing_with_the_hit_marked(string query)
    {
        var (items, status) = Search(query);
        var text = Tag().Replace(items, "");
        Assert.All(Titles, title => Assert.Contains(title, text, StringComparison.Ordinal));
        Assert.Contains(query.Contains('５') ? "<mark>5388</mark>" : $"<mark>{query}</mark>", items, StringComparison.Ordinal);
        Assert.Equal("找到4篇文稿。", status); // the speech, the briefing and the two 公文 that draw on the same figures
    }

    [Theory]
    [InlineData("公文", 2)]
    [InlineData("简报", 1)]
    [InlineData("讲话", 1)]
    public void A_kind_filter_keeps_the_documents_of_that_kind(string kind, int count)
    {
        var (items, status) = Search("帮扶", "&kind=" + Uri.EscapeDataString(kind));
        Assert.Equal($"找到{count}篇文稿。", status);
        Assert.Equal(count, Regex.Matches(items, $"""<span class="meta">{kind} · """).Count);
    }

    [Fact]
    public void A_query_without_hits_says_so()
    {
        var (items, status) = Search("量子计算");
        Assert.Equal("", items);
        Assert.Equal("没有找到包含“量子计算”的文稿。", status);
    }
}
