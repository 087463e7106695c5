using Wengao.Tests.Support;

namespace Wengao.Tests.Site;

[Collection(SampleCollection.Name)]
public sealed class SpeechPageTests(SampleBuild sample)
{
    [Fact]
    public void Every_seed_paragraph_appears_in_order_in_the_speech_page()
    {
        var page = Html.Load(sample.SpeechHtml);
        var body = page.All("div").Single(d => (string?)d.Attribute("class") == "body");
        var paragraphs = body.Elements("p").Select(p => Seed.Normalise(p.Text())).ToList();
        Assert.Equal(Seed.Paragraphs.Select(Seed.Normalise), paragraphs);
    }

    [Fact]
    public void Title_and_salutation_come_from_the_front_matter()
    {
        var page = Html.Load(sample.SpeechHtml);
        Assert.Equal(Seed.Title, page.All("h1").Single().Text());
        Assert.Equal(Seed.Salutation, page.All("p").Single(p => (string?)p.Attribute("class") == "salutation").Text());
    }

    [Fact]
    public void Run_in_headings_lead_their_paragraphs()
    {
        var page = Html.Load(sample.SpeechHtml);
        var runIns = page.All("strong").Concat(page.All("em"))
            .Where(e => ((string?)e.Attribute("class") ?? "").Contains("run-in")).ToList();
        var parts = runIns.Where(e => e.Attribute("class")!.Value.Contains("run-in-1")).Select(e => e.Text()).ToList();
        Assert.Equal(["一是\"三个\"非常感谢。", "二是成效突出。", "三是三点建议。"], parts);
        var items = runIns.Where(e => e.Attribute("class")!.Value.Contains("run-in-2")).Select(e => e.Text()).ToList();
        Assert.Contains(items, t => t.StartsWith("首先", StringComparison.Ordinal));
        Assert.Contains(items, t => t.StartsWith("其次", StringComparison.Ordinal));
        Assert.Contains(items, t => t.StartsWith("第三", StringComparison.Ordinal));
        Assert.Equal(6, items.Count(t => t.StartsWith("关于", StringComparison.Ordinal)));
        Assert.Equal(["一要", "二要", "三要"], items.Where(t => t.Length > 2 && t[1] == '要').Select(t => t[..2]));
        // A run-in heading is the start of its paragraph, not a block of its own.
        Assert.All(runIns, e => Assert.Equal("p", e.Parent!.Name.LocalName));
    }

    [Fact]
    public void Page_is_chinese_and_links_only_relatively()
    {
        foreach (var file in Directory.GetFiles(sample.Site, "*.html", SearchOption.AllDirectories))
        {
            var page = Html.Load(file);
            Assert.Equal("zh-CN", (string?)page.Root!.Attribute("lang"));
            var references = page.Descendants().SelectMany(e => e.Attributes())
                .Where(a => a.Name.LocalName is "href" or "src").Select(a => a.Value).ToList();
            Assert.NotEmpty(references);
            var ids = page.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
            // 404.html is sent for a missing page at any depth, so its links resolve against the server's root (<base href="/">),
            // which is where the site is when no base_url says otherwise; every other page's links are relative.
            var folder = Path.GetDirectoryName(file)!;
            if (Path.GetFileName(file) == "404.html")
            {
                Assert.Equal(["/"], page.Descendants("base").Select(b => (string)b.Attribute("href")!));
                references.Remove("/");
                folder = sample.Site;
            }
            else Assert.Empty(page.Descendants("base"));
            foreach (var reference in references)
            {
                if (reference.StartsWith('#'))
                {
                    Assert.True(ids.Contains(reference[1..]), $"{file}: link {reference} names no element of the page"); // 附件说明 → 附件
                    continue;
                }
                Assert.DoesNotContain(":", reference);
                Assert.False(reference.StartsWith('/'), $"{file}: {reference} is not relative");
                var target = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(reference.Split('#')[0].Split('?')[0])));
                Assert.True(File.Exists(target), $"{file}: link {reference} points to nothing");
            }
        }
    }

    [Fact]
    public void Home_page_lists_the_speech_with_its_counts()
    {
        var index = Html.Load(Path.Combine(sample.Site, "index.html"));
        var table = index.All("table").Single(t => (string?)t.Attribute("class") == "speeches");
        var row = table.Descendants("tr").Single(r => r.Descendants("a").Any());
        var cells = row.Elements("td").Select(c => c.Text()).ToList();
        Assert.Equal(Seed.Title, cells[0]);
        Assert.Equal("2022年7月1日", cells[2]);
        // Chinese characters are counted one by one: the body has thousands of them, not a few "words".
        var characters = int.Parse(cells[4]);
        var seedCount = Seed.Paragraphs.Sum(p => Seed.Normalise(p).Length);
        Assert.InRange(characters, seedCount * 9 / 10, seedCount);
        Assert.Equal($"约{(int)Math.Ceiling(characters / 180.0)}分钟", cells[5]);
    }

    [Fact]
    public void Outcomes_page_shows_the_computed_share()
    {
        var page = Html.Load(Path.Combine(sample.Site, "outcomes.html"));
        var values = page.All("td").Select(td => td.Text()).ToList();
        Assert.Contains("1.3亿元", values);
        Assert.Contains("5388万元", values);
        Assert.Contains("41%", values);
    }
}
