namespace Wengao.Tests.Browser;

/// <summary>One page of each kind the site has, by name: what the accessibility and phone tests open.</summary>
public static class SitePages
{
    public static readonly string[] Kinds =
        ["home", "speech", "briefing", "gongwen-report", "gongwen-notice", "outcomes", "archive", "topics", "tag", "search", "404", "404-nested"];

    /// <summary>The kinds of page only a long list has, opened in the build with one row a page (<see cref="BrowserSite.Paged"/>).</summary>
    public static readonly string[] Paged = ["paged-home", "paged-archive", "paged-names", "paged-tag"];

    public static string PathOf(BrowserSite site, string kind) => kind switch
    {
        "home" => "index.html",
        "speech" => $"speeches/{site.Sample.SpeechSlug}.html",
        "briefing" => "briefings/" + Path.GetFileName(Directory.GetFiles(Path.Combine(site.Sample.Site, "briefings"), "*.html").First()),
        "tag" => "tags/" + Path.GetFileName(Directory.GetFiles(Path.Combine(site.Sample.Site, "tags"), "*.html").Order().First()),
        "gongwen-report" => "gongwen/bangfu-yinian-baogao.html",
        "gongwen-notice" => "gongwen/zuotanhui-tongzhi.html",
        "search" => "search.html?q=帮扶资金",
        "404" => "no-such-page.html", // the server answers with the site's 404.html, as a web server set up for it would
        "404-nested" => "speeches/2021/nope.html", // and so at any depth
        "paged-home" => "index/2.html",
        "paged-archive" => "archive/2.html",
        "paged-names" => "topics/tags/2.html",
        "paged-tag" => "tags/" + Path.GetFileName(Directory.GetDirectories(Path.Combine(site.Paged.Site, "tags")).Order().First()) + "/2.html",
        _ => kind + ".html",
    };

    public static string UrlOf(BrowserSite site, string kind) =>
        kind.StartsWith("paged-", StringComparison.Ordinal) ? site.Paged.Url(PathOf(site, kind)) : site.Url(PathOf(site, kind));
}
