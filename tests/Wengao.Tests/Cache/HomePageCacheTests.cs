using Wengao.Pipeline;
using Wengao.Tests.Lists;
using Wengao.Tests.Support;

namespace Wengao.Tests.Cache;

/// <summary>
/// The home list's pages each depend on the documents they show and on every document's link: an edit of one body
/// renders the page that shows it, not the home list's other pages, and leaves them as a clean build has them.
/// </summary>
public sealed class HomePageCacheTests : IDisposable
{
    private readonly ListSite _site = new(); // eight speeches, three a page, newest first: the eighth is on page 3
    private readonly TempDir _clean = new();

    private static readonly string[] HomePages = ["site/index.html", "site/index/2.html", "site/index/3.html"];

    [Fact]
    public void A_body_edited_renders_the_home_page_that_shows_it_and_no_other()
    {
        File.AppendAllText(Path.Combine(_site.Content, "speeches", $"{ListSite.Speeches[^1].Date}-s8.md"), "\n补充一段新的内容，说明后续安排。\n");
        var report = SiteBuilder.Run(new BuildOptions(_site.Content, Repo.Templates, Path.GetDirectoryName(_site.Site)!, Pdf: false));
        Assert.Equal(["site/index/3.html"], report.Cache.Rendered.Intersect(HomePages));
        Assert.Contains("site/speeches/s8.html", report.Cache.Rendered);
        SiteBuilder.Run(new BuildOptions(_site.Content, Repo.Templates, _clean["output"], Pdf: false, Cache: false));
        foreach (var page in HomePages)
            Assert.Equal(File.ReadAllBytes(Path.Combine(_clean["output"], page)), File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(_site.Site)!, page)));
    }

    public void Dispose()
    {
        _site.Dispose();
        _clean.Dispose();
    }
}
