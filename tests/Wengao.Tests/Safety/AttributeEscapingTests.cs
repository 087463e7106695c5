using System.Xml.Linq;
using Wengao.Tests.Support;

namespace Wengao.Tests.Safety;

/// <summary>Every value written into an attribute is escaped: names of files and fields cannot add an element or attribute.</summary>
public sealed class AttributeEscapingTests
{
    private const string Payload = "\"><img src=x onerror=alert(9)>";

    [Fact]
    public void An_outcomes_file_named_like_markup_lands_escaped_in_its_id()
    {
        using var site = new SafetySite();
        site.Write($"content/outcomes/{Payload}.yml", "title: 成效\nfigures:\n  - id: jobs\n    label: 新增就业\n    value: 120\n    unit: 人\n");
        site.Speech("plain", "正文。", $"tags: ['{Payload}', 'a\" b=\"c']\noccasion: '{Payload}'\n");
        site.Build(pdf: false);

        var pages = site.ParsedPages.ToList();
        var outcomes = pages.Single(p => p.Page.EndsWith("outcomes.html", StringComparison.Ordinal)).Html;
        Assert.Contains(outcomes.Descendants("section"), s => s.Attribute("id")?.Value == Payload);
        foreach (var (page, html) in pages)
        {
            Assert.Empty(html.Descendants("img"));
            Assert.DoesNotContain(html.Descendants().SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on") || a.Name.LocalName is "b" or "src" && a.Value == "x");
        }
        var speech = pages.Single(p => p.Page.EndsWith("plain.html", StringComparison.Ordinal)).Html;
        var tags = speech.Descendants("a").Where(a => a.Attribute("class")?.Value == "tag").ToList();
        Assert.Equal([Payload, "a\" b=\"c"], tags.Select(t => t.Text()));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript://intranet.example/%0Aalert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://intranet.example/wengao/")]
    [InlineData("intranet.example/wengao/")]
    [InlineData("/wengao/")]
    [InlineData("https://")]
    [InlineData("https://intranet.example/wengao/?q=1")]
    [InlineData(" https://intranet.example/")]
    public void A_base_url_that_is_not_an_absolute_http_url_is_a_located_error(string url)
    {
        using var site = new SafetySite($"title: 安全测试\nbase_url: \"{url.Replace("\"", "\\\"")}\"\n");
        site.Speech("plain", "正文。");
        var error = Assert.Single(site.Failure());
        var (line, _) = site.Find(site["content/site.yml"], "base_url:");
        Assert.Equal((site["content/site.yml"], line), (error.Where.File, error.Where.Line));
        Assert.Contains("base_url", error.Message);
        Assert.Contains("https://", error.Hint);
    }

    [Fact]
    public void A_base_url_is_escaped_in_404_the_feed_and_the_sitemap()
    {
        const string url = "https://intranet.example/a\"b'<c>&d/";
        using var site = new SafetySite("title: 安全测试\nbase_url: 'https://intranet.example/a\"b''<c>&d/'\n");
        site.Speech("plain", "正文。");
        site.Build(pdf: false);
        var notFound = Html.Load(site["output/site/404.html"]);
        var links = notFound.Descendants("main").Descendants("a").Select(a => a.Attribute("href")!.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith(url, href));
        Assert.Empty(notFound.Descendants("script").Concat(notFound.Descendants("c"))); // nothing injected
        foreach (var xml in new[] { "feed.xml", "sitemap.xml" })
        {
            var document = XDocument.Load(site[$"output/site/{xml}"]); // well-formed: escaped
            Assert.Contains(document.Descendants().SelectMany(e => e.Attributes().Select(a => a.Value).Append(e.Nodes().OfType<XText>().FirstOrDefault()?.Value ?? "")),
                value => value.StartsWith(url, StringComparison.Ordinal));
        }
    }
}
