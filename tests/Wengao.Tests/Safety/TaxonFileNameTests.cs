using System.Text;
using Wengao.Tests.Support;

namespace Wengao.Tests.Safety;

/// <summary>Each tag its own page, under a file name every file system accepts (issue 14: `a/b`, `a:b`, `a?b` shared one).</summary>
public sealed class TaxonFileNameTests
{
    private static readonly string LongTag = string.Concat(Enumerable.Repeat("乡村振兴重点帮扶", 12)); // 96 ideographs, 288 bytes
    private static readonly string[] Tags = ["a/b", "a:b", "a?b", "a-b", "a+b", "ai", "AI", "Ai", "con", "NUL", "Com1.txt", "..", "x.", LongTag, LongTag + "二"];

    // Windows' reserved device names (checked here by the test's own list) and the characters its file names may not hold.
    private static readonly string[] Devices = ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(0, 10).SelectMany(d => new[] { $"COM{d}", $"LPT{d}" })];

    [Fact]
    public void Tags_that_differ_only_in_forbidden_characters_get_pages_of_their_own()
    {
        using var site = new SafetySite();
        var list = string.Join(", ", Tags.Select(t => $"'{t}'"));
        site.Speech("plain", "正文。", $"tags: [{list}]\n");
        site.Build(pdf: false);

        var speech = Html.Load(site["output/site/speeches/plain.html"]);
        var links = speech.Descendants("a").Where(a => a.Attribute("class")?.Value == "tag")
            .ToDictionary(a => a.Text(), a => a.Attribute("href")!.Value);
        Assert.Equal(Tags.Order(StringComparer.Ordinal), links.Keys.Order(StringComparer.Ordinal));
        var files = new HashSet<string>(StringComparer.OrdinalIgnoreCase); // distinct even where case is not
        foreach (var (tag, href) in links)
        {
            var relative = Uri.UnescapeDataString(href.Replace("../", ""));
            var file = Path.Combine(site.SiteRoot, relative);
            Assert.True(File.Exists(file), $"{tag}: {href} is not a file");
            Assert.True(files.Add(relative), $"{tag} shares {relative} with another tag");
            // The page is the tag's own: its heading names it.
            Assert.Equal($"主题：{tag}", Html.Load(file).Descendants("h1").Single().Text());
            var name = Path.GetFileName(relative);
            Assert.DoesNotContain(name, c => "\\/:*?\"<>|".Contains(c) || c < ' ');
            Assert.DoesNotContain(name.Split('.')[0], Devices, StringComparer.OrdinalIgnoreCase);
            Assert.False(name.StartsWith('.') || Path.GetFileNameWithoutExtension(name).EndsWith('.'), name);
            Assert.InRange(Encoding.UTF8.GetByteCount(name), 1, 200);
        }
        // A tag that is a file name already keeps it, readable.
        Assert.Equal("tags/a-b.html", Uri.UnescapeDataString(links["a-b"].Replace("../", "")));
    }

    [Fact]
    public void A_speech_file_with_a_windows_device_name_is_published_under_a_safe_name()
    {
        using var site = new SafetySite();
        site.Write("content/speeches/con.md", "---\ntitle: 设备名\nspeaker: 张三\ndate: 2024-03-01\n---\n\n正文。\n");
        site.Build();
        var pages = Directory.GetFiles(site["output/site/speeches"]).Select(Path.GetFileName).ToList();
        var page = Assert.Single(pages)!;
        Assert.DoesNotContain(page.Split('.')[0], Devices, StringComparer.OrdinalIgnoreCase);
        Assert.All(Directory.GetFiles(site["output/pdf"]).Select(Path.GetFileName), pdf => Assert.DoesNotContain(pdf!.Split('.')[0], Devices, StringComparer.OrdinalIgnoreCase));
        var index = Html.Load(site["output/site/index.html"]);
        Assert.Contains(index.Descendants("a"), a => a.Attribute("href")!.Value == "speeches/" + Uri.EscapeDataString(Path.GetFileNameWithoutExtension(page)) + ".html"
            || Uri.UnescapeDataString(a.Attribute("href")!.Value) == "speeches/" + page);
    }
}
