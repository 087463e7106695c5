using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace Wengao.Tests.Safety;

/// <summary>Links and images from a body: nothing a browser would run, no request to another host (issue 14, point 2).</summary>
public sealed partial class UrlInjectionTests
{
    // Each a Markdown line whose link must be refused; the marker is what the error must point at.
    public static TheoryData<string, string> ScriptLinks => new()
    {
        { "看[这里](javascript:alert(1))。", "[这里]" },
        { "看[这里](JaVaScRiPt:alert(1))。", "[这里]" },
        { "看[这里](&#106;avascript:alert(1))。", "[这里]" },
        { "看[这里](&#x6A;&#x61;vascript:alert(1))。", "[这里]" },
        { "看[这里](java&#9;script:alert(1))。", "[这里]" },
        { "看[这里](java&#10;script:alert(1))。", "[这里]" },
        { "看[这里](&#1;javascript:alert(1))。", "[这里]" },
        { "看[这里](<java\tscript:alert(1)>)。", "[这里]" },
        { "看[这里](vbscript:msgbox(1))。", "[这里]" },
        { "看[这里](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)。", "[这里]" },
        { "看[这里](file:///etc/passwd)。", "[这里]" },
        { "看<javascript:alert(1)>。", "<javascript:" },
        { "看<JAVASCRIPT:alert(1)>。", "<JAVASCRIPT:" },
        { "看[这里][x]。\n\n[x]: javascript:alert(1)", "[这里]" },
        { "看![图](javascript:alert(1))。", "![图]" },
        { "看![图](data:image/svg+xml;base64,PHN2Zy8+)。", "![图]" },
        { "看![图](http://evil.example/x.png)。", "![图]" },
        { "看![图](HTTPS://EVIL.EXAMPLE/x.png)。", "![图]" },
        { "看![图](//evil.example/x.png)。", "![图]" },
        { @"看![图](\\\\evil.example/x.png)。", "![图]" },
        { "看![图][p]。\n\n[p]: https://evil.example/p.png", "![图]" },
    };

    [Theory]
    [MemberData(nameof(ScriptLinks))]
    public void A_script_data_or_outside_url_fails_the_build_located_at_the_link(string line, string marker)
    {
        using var site = new SafetySite();
        site.Speech("links", "第一段没有链接。\n\n" + line);
        var error = Assert.Single(site.Failure());
        var (row, column) = site.Find(site.SpeechFile("links"), marker);
        Assert.Equal((site.SpeechFile("links"), row, column), (error.Where.File, error.Where.Line, error.Where.Column));
        Assert.Contains("not published", error.Message);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void A_script_link_in_a_briefing_is_refused_too()
    {
        using var site = new SafetySite();
        var file = site["content/briefings/2024-03-02-jianbao.md"];
        site.Write("content/briefings/2024-03-02-jianbao.md",
            "---\ntitle: 简报\nname: 工作简报\nissue: 1\nissuer: 办公室\ndate: 2024-03-02\n---\n\n会议[纪要](JAVASCRIPT:alert(1))。\n");
        var error = Assert.Single(site.Failure());
        var (row, column) = site.Find(file, "[纪要]");
        Assert.Equal((file, row, column), (error.Where.File, error.Where.Line, error.Where.Column));
    }

    [Fact]
    public void An_outside_image_is_refused_with_how_to_fix_it()
    {
        using var site = new SafetySite();
        site.Speech("image", "![x](http://evil.example/x.png)");
        var error = Assert.Single(site.Failure());
        Assert.Contains("evil.example", error.Message);
        Assert.Contains("copy the image into the content", error.Hint);
    }

    [Fact]
    public void Safe_links_are_published_and_no_page_has_a_bad_scheme_or_an_outside_image()
    {
        using var site = new SafetySite("title: 安全测试\norganisation: 测试办公室\nimages:\n  allow_hosts: [Images.Example.org]\n");
        site.Write("content/speeches/images/chart.png", "not really a png");
        site.Speech("links", """
            ## 一、总体要求

            请看[网站](https://example.org/a?b=1)、[旧站](http://example.org/)、[写信](mailto:office@example.org)、
            [本页标题](#一总体要求)、[另一页](../index.html)、<https://example.org/auto>、<office@example.org>、
            [参考][ref]、![本地图](images/chart.png)、![许可主机](https://images.example.org/logo.png)。

            [ref]: https://example.org/ref
            """);
        site.Build();

        var hrefs = new List<string>();
        foreach (var (page, html) in site.ParsedPages)
            foreach (var element in html.Descendants())
            {
                foreach (var attribute in element.Attributes())
                {
                    Assert.False(attribute.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: {attribute}");
                    if (attribute.Name.LocalName is not ("href" or "src" or "action")) continue;
                    hrefs.Add(Uri.UnescapeDataString(attribute.Value));
                    var scheme = SchemeOf(attribute.Value);
                    Assert.True(scheme is null or "http" or "https" or "mailto", $"{page}: {attribute}");
                }
                if (element.Name.LocalName == "img")
                {
                    var src = element.Attribute("src")!.Value;
                    Assert.True(SchemeOf(src) is null && !src.StartsWith("//") || src.StartsWith("https://images.example.org/"), $"{page}: {src}");
                }
            }
        Assert.Contains("https://example.org/a?b=1", hrefs);
        Assert.Contains("mailto:office@example.org", hrefs);
        Assert.Contains("#一总体要求", hrefs);
        Assert.Contains("https://example.org/auto", hrefs);
        Assert.Contains("https://images.example.org/logo.png", hrefs);
        Assert.Contains("images/chart.png", hrefs);

        // The PDF's link annotations: web links only to http(s)/mailto, the heading link inside the document.
        using var pdf = PdfDocument.Open(site["output/pdf/links.pdf"]);
        var actions = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).ToList();
        var uris = actions.OfType<UriAction>().Select(a => a.Uri).ToList();
        Assert.Contains("https://example.org/a?b=1", uris);
        Assert.All(uris, uri => Assert.Contains(SchemeOf(uri), new[] { "http", "https", "mailto" }));
        Assert.Contains(actions, a => a is GoToAction);
    }

    [Fact]
    public void An_image_host_not_in_the_list_is_refused_naming_the_list()
    {
        using var site = new SafetySite("title: 安全测试\nimages:\n  allow_hosts: [images.example.org]\n");
        site.Speech("image", "![x](https://evil.example/x.png)");
        var error = Assert.Single(site.Failure());
        Assert.Contains("images.example.org", error.Hint);
    }

    [Theory]
    [InlineData("images:\n  allow_host: [images.example.org]\n", "allow_host", "did you mean `allow_hosts`")]
    [InlineData("images:\n  allow_hosts: [https://images.example.org/]\n", "allow_hosts", "without scheme")]
    [InlineData("image:\n  allow_hosts: [images.example.org]\n", "image", "did you mean `images`")]
    public void A_wrong_images_setting_is_a_located_error(string yaml, string key, string hint)
    {
        using var site = new SafetySite("title: 安全测试\n" + yaml);
        site.Speech("plain", "正文。");
        var error = Assert.Single(site.Failure());
        var (line, _) = site.Find(site["content/site.yml"], key + ":");
        Assert.Equal((site["content/site.yml"], line), (error.Where.File, error.Where.Line));
        Assert.Contains(hint, error.Hint);
    }

    // A scheme as the URL standard reads one, written here independently of the code under test.
    private static string? SchemeOf(string url) =>
        Scheme().Match(Regex.Replace(url, @"[\x00-\x20\x7F-\x9F]", "")) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();
}
