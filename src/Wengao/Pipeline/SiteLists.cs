using System.Text;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Feeds;
using Wengao.Render.Html;
using Wengao.Render.Search;

namespace Wengao.Pipeline;

/// <summary>
/// An edition's site-wide files besides each document's own page and the outcomes dashboard: the lists, the feed,
/// the sitemap and the search. One plan for the full build and the incremental one, so the two cannot drift.
/// </summary>
internal static class SiteLists
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<(string Path, Func<byte[]> Render)> Of(HtmlSite html, Navigation navigation, Site site,
        IReadOnlyList<ParsedSpeech> speeches, IReadOnlyList<ParsedBriefing> briefings)
    {
        (string, Func<byte[]>) Text(string path, Func<string> render) => (path, () => Utf8.GetBytes(render()));
        var taxa = html.Taxa.ToList();
        string[] lists = [SitePaths.Index, SitePaths.Outcomes, SitePaths.Archive, SitePaths.Topics];
        yield return Text(SitePaths.Index, () => html.Index(speeches, briefings));
        yield return Text(SitePaths.Archive, html.Archive);
        yield return Text(SitePaths.Topics, html.Topics);
        yield return Text(SitePaths.NotFound, html.NotFound);
        foreach (var (taxon, heading) in taxa) yield return Text(taxon.Url, () => html.TaxonPage(taxon, heading));
        yield return Text(SitePaths.Feed, () => AtomFeed.Write(site, navigation.All));
        yield return Text(SitePaths.Sitemap, () => SitemapXml.Write(site,
            lists.Select(p => (p, (DateOnly?)null)).Concat(navigation.All.Select(d => (d.Url, (DateOnly?)d.Day)))
                .Concat(taxa.Select(t => (t.Taxon.Url, (DateOnly?)null)))));
        yield return Text(SearchIndex.Page, html.Search);
        yield return (SearchIndex.FileName, () => SearchIndex.Build(speeches, briefings));
    }
}
