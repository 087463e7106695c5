using System.Xml.Linq;
using Wengao.Cli;
using Wengao.Tests.Support;

namespace Wengao.Tests.Site;

[Collection(SampleCollection.Name)]
public sealed class NavigationTests(SampleBuild sample)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private string File(string path) => Path.Combine(sample.Site, path);

    [Fact]
    public void The_archive_lists_every_document_by_month()
    {
        var page = Html.Load(File("archive.html"));
        var months = page.All("section").ToList();
        Assert.Equal(["2022年7月", "2022年6月"], months.Select(m => m.Element("h2")!.Text())); // the newest first
        Assert.Equal(["中共xxx县委关于xxx对口帮扶xxx一年来工作情况的报告", "xxx赴xxx帮扶工作队慰问座谈会召开", Seed.Title], months[0].Descendants("a").Select(a => a.Text()));
        Assert.Equal(["关于召开xxx赴xxx帮扶工作队慰问座谈会的通知"], months[1].Descendants("a").Select(a => a.Text()));
    }

    [Fact]
    public void Speaker_occasion_and_tag_pages_list_the_speech_and_its_page_links_to_them()
    {
        var speech = Html.Load(sample.SpeechHtml);
        var tagLinks = speech.All("a").Where(a => (string?)a.Attribute("class") == "tag").ToList();
        Assert.Equal(["对口帮扶", "乡村振兴", "挂职干部", "工业园区", "财政解困"], tagLinks.Select(a => a.Text()));
        foreach (var link in tagLinks.Append(speech.All("a").Single(a => (string?)a.Attribute("class") == "speaker")))
        {
            var list = Html.Load(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sample.SpeechHtml)!, Uri.UnescapeDataString((string)link.Attribute("href")!))));
            Assert.Contains(list.All("a"), a => a.Text() == Seed.Title);
        }
        var topics = Html.Load(File("topics.html"));
        Assert.Equal(["讲话人", "场合", "主题"], topics.All("h2").Select(h => h.Text()));
    }

    [Fact]
    public void A_document_page_links_related_documents()
    {
        var speech = Html.Load(sample.SpeechHtml);
        var related = speech.All("nav").Single(n => (string?)n.Attribute("class") == "document-links");
        Assert.Contains(related.Descendants("a"), a => a.Text() == "xxx赴xxx帮扶工作队慰问座谈会召开"); // shares the outcomes data
    }

    [Fact]
    public void The_feed_and_sitemap_name_every_document_and_resolve_relative_to_the_site()
    {
        var feed = XDocument.Load(File("feed.xml"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(4, entries.Count); // the speech, the briefing, two 公文
        Assert.All(entries, e => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00Z$", e.Element(Atom + "updated")!.Value));
        var links = entries.Select(e => (string)e.Element(Atom + "link")!.Attribute("href")!).ToList();
        Assert.All(links, l => Assert.True(System.IO.File.Exists(File(Uri.UnescapeDataString(l))), l));

        var urls = XDocument.Load(File("sitemap.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Contains("speeches/bangfu-gongzuodui-zuotanhui.html", urls);
        Assert.All(urls, u => Assert.True(System.IO.File.Exists(File(Uri.UnescapeDataString(u))), u));
        Assert.True(System.IO.File.Exists(File("404.html")));
    }
}

public sealed class PublishTests : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();

    [Fact]
    public void Publish_swaps_a_built_edition_in_whole_and_refuses_a_foreign_folder()
    {
        Assert.Equal(0, Commands.Run(["build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], "--no-pdf"], TextWriter.Null, TextWriter.Null));

        Assert.Equal(0, Commands.Run(["publish", "--output", _dir["output"], "--edition", "public", "--to", _dir["www"]], TextWriter.Null, TextWriter.Null));
        Assert.True(System.IO.File.Exists(_dir["www/index.html"]));
        Assert.Equal(Directory.GetFiles(_dir["output/public/site"], "*", SearchOption.AllDirectories).Length + 1, // + the marker
            Directory.GetFiles(_dir["www"], "*", SearchOption.AllDirectories).Length);
        Assert.Equal(System.IO.File.ReadAllText(_dir["output/public/site/index.html"]), System.IO.File.ReadAllText(_dir["www/index.html"]));

        // Publishing again keeps the version it replaces; --rollback puts it back.
        Assert.Equal(0, Commands.Run(["publish", "--output", _dir["output"], "--edition", "internal", "--to", _dir["www"]], TextWriter.Null, TextWriter.Null));
        Assert.Equal(System.IO.File.ReadAllText(_dir["output/internal/site/index.html"]), System.IO.File.ReadAllText(_dir["www/index.html"]));
        Assert.Equal(0, Commands.Run(["publish", "--to", _dir["www"], "--rollback"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(System.IO.File.ReadAllText(_dir["output/public/site/index.html"]), System.IO.File.ReadAllText(_dir["www/index.html"]));
        Assert.Equal(["www", "www.previous"], Directory.GetDirectories(_dir.Path, "www*").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        Directory.CreateDirectory(_dir["mine"]);
        System.IO.File.WriteAllText(_dir["mine/notes.txt"], "mine");
        var stderr = new StringWriter();
        Assert.Equal(1, Commands.Run(["publish", "--output", _dir["output"], "--edition", "public", "--to", _dir["mine"]], TextWriter.Null, stderr));
        Assert.Contains("not made by wengao", stderr.ToString());
        Assert.Equal("mine", System.IO.File.ReadAllText(_dir["mine/notes.txt"]));
        Assert.Equal(2, Commands.Run(["publish"], TextWriter.Null, TextWriter.Null));
    }

    public void Dispose() => _dir.Dispose();
}
