using Wengao.Redact;
using Wengao.Render.Feeds;
using Wengao.Render.Html;
using Wengao.Render.Search;

namespace Wengao.Pipeline.Outputs;

/// <summary>
/// An edition's site-wide pages besides each document's own and the outcomes dashboard: the home page, the archive, the
/// lists by speaker, occasion and tag, the 404 page, the feed, the sitemap and the search page. The home page shows its
/// documents' content (their length, their speaking time): each of its pages depends on the documents it shows, and on
/// every document's link (which slice is on which page). The others show only the documents' links, so they depend on
/// those: an edit of a body renders one page of the home list again, and none of the others.
/// </summary>
internal sealed class SiteLists : IOutputKind
{
    public ReadBack ReadBack => ReadBack.Markup;

    public IEnumerable<PlannedOutput> Plan(PlanContext context)
    {
        var (html, navigation, site, links) = (context.Html, context.Navigation, context.View.Site, context.Links);
        PlannedOutput Page(string path, Func<string> render, params object?[] data) =>
            new(this, [EditionFolder.Site(path)], context.PageInputs(data), () => Rendered.Text(render()));
        PlannedOutput Data(string path, Func<string> render) =>
            new(this, [EditionFolder.Site(path)], new Inputs(site, links), () => Rendered.Text(render()));

        // Each page of the home list its own documents and the links, which the build cache fingerprints once for all:
        // every document a page (all the pages one Inputs, rendered again on any edit) was 10 GB of strings and 110 s of
        // CPU at 50,000 speeches (docs/performance.md).
        foreach (var page in html.Index(context.View.Kinds, context.Documents))
            yield return new(this, [EditionFolder.Site(page.Url)], context.PageInputs([.. page.Shows!, links]), () => Rendered.Text(page.Render()));
        List<HtmlSite.SitePage> lists = [.. html.Archive(), .. html.Topics(), .. html.TaxonPages()];
        foreach (var page in lists) yield return Page(page.Url, page.Render, links);
        yield return Page(SitePaths.NotFound, html.NotFound);
        yield return Page(SearchIndex.Page, html.Search);
        yield return Data(SitePaths.Feed, () => AtomFeed.Write(site, navigation.All));
        yield return Data(SitePaths.Sitemap, () => SitemapXml.Write(site,
            new[] { SitePaths.Index, SitePaths.Outcomes }.Concat(lists.Select(p => p.Url)).Select(p => (p, (DateOnly?)null))
                .Concat(navigation.All.Select(d => (d.Url, (DateOnly?)d.Day)))));
    }
}
