using Wengao.Redact;
using Wengao.Render.Feeds;
using Wengao.Render.Html;
using Wengao.Render.Search;

namespace Wengao.Pipeline.Outputs;

/// <summary>
/// An edition's site-wide pages besides each document's own and the outcomes dashboard: the home page, the archive, the
/// lists by speaker, occasion and tag, the 404 page, the feed, the sitemap and the search page. The home page shows each
/// document's content (its length, its speaking time): it depends on every document. The others show only the
/// documents' links, so they depend on those: an edit of a body does not render them again.
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

        yield return Page(SitePaths.Index, () => html.Index(context.View.Kinds, context.Documents), [.. context.Documents]);
        yield return Page(SitePaths.Archive, html.Archive, links);
        yield return Page(SitePaths.Topics, html.Topics, links);
        yield return Page(SitePaths.NotFound, html.NotFound);
        yield return Page(SearchIndex.Page, html.Search);
        var taxa = html.Taxa.ToList();
        foreach (var (taxon, heading) in taxa) yield return Page(taxon.Url, () => html.TaxonPage(taxon, heading), links);
        yield return Data(SitePaths.Feed, () => AtomFeed.Write(site, navigation.All));
        string[] lists = [SitePaths.Index, SitePaths.Outcomes, SitePaths.Archive, SitePaths.Topics];
        yield return Data(SitePaths.Sitemap, () => SitemapXml.Write(site,
            lists.Select(p => (p, (DateOnly?)null)).Concat(navigation.All.Select(d => (d.Url, (DateOnly?)d.Day)))
                .Concat(taxa.Select(t => (t.Taxon.Url, (DateOnly?)null)))));
    }
}
