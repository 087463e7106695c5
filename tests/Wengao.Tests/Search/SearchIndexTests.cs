using System.Text.RegularExpressions;
using Wengao.Pipeline;
using Wengao.Load;
using Wengao.Redact;
using Wengao.Render.Search;
using Wengao.Tests.Support;

namespace Wengao.Tests.Search;

[Collection(SampleCollection.Name)]
public sealed class SearchIndexTests(SampleBuild sample)
{
    private string PublicSite => Path.Combine(sample.Output, "public", "site");

    [Fact]
    public void The_internal_index_holds_the_speech_and_the_briefing_with_their_text()
    {
        var documents = IndexedDocument.Read(sample.Site);
        Assert.Equal(["公文", "公文", "简报", "讲话"], documents.Select(d => d.Kind).Order(StringComparer.Ordinal)); // Gongwen/ tests the 公文
        Assert.All(documents, d => Assert.True(File.Exists(Path.Combine(sample.Site, d.Url)), $"{d.Url} is not a page of the site"));
        Assert.All(documents, d => Assert.StartsWith(d.Title, d.Text, StringComparison.Ordinal));
        Assert.All(documents.Where(d => d.Kind != "公文"), d => Assert.Equal(("2022-07-01", "2022年7月1日"), (d.Date, d.DateText)));

        var speech = documents.Single(d => d.Kind == "讲话");
        Assert.Equal(Seed.Title, speech.Title);
        var text = Seed.Normalise(speech.Text);
        Assert.All(Seed.Paragraphs, p => Assert.Contains(Seed.Normalise(p), text, StringComparison.Ordinal));

        var briefing = documents.Single(d => d.Kind == "简报");
        Assert.Contains("已到位5388万元", briefing.Text, StringComparison.Ordinal);
        // Plain text: figures expanded, emphasis and other markup gone.
        Assert.All(documents, d => Assert.DoesNotContain(d.Text, c => c is '*' or '<' or '{'));
    }

    [Fact]
    public void The_public_index_holds_no_registered_name()
    {
        var registry = CorpusLoader.Load(Repo.Content).Registry;
        var edition = CorpusLoader.Load(Repo.Content).Site.Editions.Single(e => e.Name == "public");
        var hidden = registry.Entries.Where(e => !e.ShownIn(edition)).SelectMany(e => e.Terms).Where(t => t.Length >= 2).ToList();
        var internalText = string.Concat(IndexedDocument.Read(sample.Site).Select(d => d.Title + d.Text));
        var publicText = string.Concat(IndexedDocument.Read(PublicSite).Select(d => d.Title + d.Text));

        Assert.Contains("李建勤", internalText, StringComparison.Ordinal); // so the public index is masked, not empty
        Assert.Contains("5388万元", publicText, StringComparison.Ordinal);
        Assert.All(hidden, name => Assert.DoesNotContain(name, publicText, StringComparison.Ordinal));
        // One-character names (冀, 何) count only in context: the redactor's own reading.
        Assert.Empty(new Redactor(registry, edition).Find(publicText));
    }

    [Fact]
    public void The_same_sources_give_the_same_index()
    {
        using var again = new TempDir();
        SiteBuilder.Run(new BuildOptions(Repo.Content, Repo.Templates, again.Path, Pdf: false));
        var site = Path.Combine(again.Path, "internal", "site");
        var files = Directory.GetFiles(Path.Combine(sample.Site, "search"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sample.Site, f)).Append(SearchIndex.FileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(Path.Combine(site, "search"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f)).Append(SearchIndex.FileName).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(sample.Site, f)), File.ReadAllBytes(Path.Combine(site, f))));
    }

    [Fact]
    public void The_build_reports_the_size_of_each_index()
    {
        // The speech, the briefing, two 公文: the entry, one shard and the documents' five chunks.
        Assert.Contains(sample.Report.Notes, n => Regex.IsMatch(n, @"^internal: search index: \d+ KB for 4 documents in 7 files, \d+\.\d\d s wall, \d+\.\d\d s CPU of the \d+\.\d\d s the process has used \(\d+%\)$"));
        Assert.Contains(sample.Report.Notes, n => n.StartsWith("public: search index: ", StringComparison.Ordinal));
    }
}
