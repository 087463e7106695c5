using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using Wengao.Pipeline;
using Wengao.Tests.Support;
using static Wengao.Tests.Authoring.AuthoringKit;

namespace Wengao.Tests.Authoring;

/// <summary>
/// Every realistic document of the corpus (tests/fixtures/documents/, drafts/ and seeds/*.txt, as a secretary pastes or scrapes them),
/// imported and built: no line of the text is lost — each is dropped as clutter and listed, read into the front matter and
/// named by its line, or on the page —, and the PDF's outline is the headings the import found, in order (and 注释, where
/// the document has notes).
/// </summary>
public sealed partial class DocumentCorpusTests : IDisposable
{
    private readonly TempDir _dir = new();

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "documents", "drafts", "seeds" })
            foreach (var file in Directory.GetFiles(Path.Combine(Repo.Fixtures, folder), "*.txt").Order(StringComparer.Ordinal))
                data.Add(Path.Combine(folder, Path.GetFileName(file)));
        return data;
    }

    [Fact]
    public void The_corpus_has_its_documents()
    {
        Assert.True(Documents().Count >= 1, "tests/fixtures/documents/ holds the corpus of realistic documents");
    }

    [GeneratedRegex(@"^    (?:line|paragraph) (?<n>\d+): ", RegexOptions.Multiline)]
    private static partial Regex DroppedLine();

    [GeneratedRegex(@"  \(lines? (?<n>\d+)(?:–(?<through>\d+))?\)$", RegexOptions.Multiline)]
    private static partial Regex FrontMatterLine();

    [GeneratedRegex(@"^    paragraph \d+, level (?<level>[1-4])(?:, own line)?: (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    // An attachment with its content: the PDF outline has it ("附件1　title", docs/furniture.md), over its headings.
    [GeneratedRegex(@"^    附件(?<n>\d+) content: ", RegexOptions.Multiline)]
    private static partial Regex AttachmentContent();

    [GeneratedRegex(@"^    attachment (?<n>\d+): (?<title>.+)  \(line \d+\)$", RegexOptions.Multiline)]
    private static partial Regex AttachmentTitle();

    // The document a notice 印发s: bookmarked by its title alone, as it has no 附件 label.
    [GeneratedRegex(@"^    printed document: (?<title>.+)  \(line \d+\)$", RegexOptions.Multiline)]
    private static partial Regex PrintedDocument();

    private (string Report, string Content) Import(string name)
    {
        var (stdout, content, _) = ImportDraft(_dir, Path.Combine(Repo.Fixtures, name), "doc");
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, _dir["output"], Drafts: true));
        return (stdout, content);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_line_is_dropped_and_listed_read_into_the_front_matter_or_on_the_page(string name)
    {
        var (report, _) = Import(name);

        var accounted = DroppedLine().Matches(report).Concat(FrontMatterLine().Matches(report))
            .SelectMany(m => Enumerable.Range(int.Parse(m.Groups["n"].Value),
                m.Groups["through"].Success ? int.Parse(m.Groups["through"].Value) - int.Parse(m.Groups["n"].Value) + 1 : 1)).ToHashSet();
        var page = Ideographs(Html.Load(_dir["output/internal/site/speeches/doc.html"]).All("main").Single().Text());
        var lines = File.ReadAllLines(Path.Combine(Repo.Fixtures, name));
        for (var n = 1; n <= lines.Length; n++)
        {
            var text = Ideographs(lines[n - 1]);
            if (text.Length == 0 || accounted.Contains(n)) continue;
            Assert.True(page.Contains(text, StringComparison.Ordinal), $"{name}:{n}: not on the page, nor dropped and listed: {lines[n - 1]}");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_pdf_outline_is_the_headings_the_import_found(string name)
    {
        var (report, _) = Import(name);

        var found = Heading().Matches(report).Select(m => m.Groups["text"].Value).ToList();
        if (!report.Contains("  notes:       0", StringComparison.Ordinal)) found.Add("注释"); // the notes' own heading, after the text
        using var pdf = PdfDocument.Open(_dir["output/internal/pdf/doc.pdf"]);
        var outline = pdf.TryGetBookmarks(out var bookmarks) ? Flatten(bookmarks.Roots).ToList() : [];
        var titles = AttachmentTitle().Matches(report).ToDictionary(m => m.Groups["n"].Value, m => m.Groups["title"].Value);
        var contents = AttachmentContent().Matches(report).Select(m => m.Groups["n"].Value).ToList();
        var attachments = PrintedDocument().Matches(report).Select(m => m.Groups["title"].Value)
            .Concat(contents.Select(n => $"附件{(titles.Count == 1 ? "" : n)}　{titles[n]}")).ToList();
        Assert.Equal(found, outline.Where(t => !attachments.Contains(t)));
        Assert.Equal(attachments, outline.Where(attachments.Contains));
    }

    /// <summary>The ideographs of a text alone: what no markup, escaping, spacing or typesetting changes.</summary>
    private static string Ideographs(string text) => string.Concat(text.Where(c => Wengao.Text.Ideographs.Is(c)));

    private static IEnumerable<string> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n.Title));

    public void Dispose() => _dir.Dispose();
}
