using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using Wengao.Pipeline;
using Wengao.Extensions;
using Wengao.Load;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Html;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Compose;
using Wengao.Render.Pdf.Fonts;
using Wengao.Render.Templates;
using Wengao.Render.Pdf.Layout;

namespace Wengao.Benchmarks;

/// <summary>
/// The hot paths of issue 9 on the seed speech (the sample content/), through the library's public API.
/// "Search index for 1,000 documents" indexes the seed speech a thousand times (the index does not look at slugs).
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private Corpus _corpus = null!;
    private Document _seed = null!;
    private ParsedDocument _parsed = null!;
    private HtmlSite _html = null!;
    private DocumentSetter _setter = null!;
    private PdfTemplates _pdf = null!;
    private StyledRun[][] _page = null!;
    private LineSpec _spec = null!;
    private AdvanceEm _advance = null!;
    private ParsedDocument[] _thousand = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = CorpusLoader.Load(Repo.Content);
        _seed = _corpus.Documents.First(d => d.Kind.Name == "speech");
        _parsed = DocumentParser.Parse(_seed, _corpus);
        _html = new HtmlSite(new TemplateSet(Path.Combine(Repo.Templates, "html")), _corpus.Site, new Navigation([_parsed]));
        _setter = DocumentSetter.Create(_corpus.Site);
        var fonts = FontBook.Resolve(FontCatalog.System, null, Repo.Content);
        _advance = (role, cp) => fonts.For(role, cp).Face.AdvanceEm(cp);
        var layout = new PageLayout(16, 22, 28, 22, FoliosAlternate: true, KeepParagraphsWhole: false, SpeakingMarks: false); // as templates/pdf/manuscript.sbn
        _spec = new LineSpec(PageGrid.Width, layout.BodySize, layout.Pitch, 2 * layout.Pitch, LineAlign.Justify);
        _page = OnePage(_parsed, layout.LinesPerPage * layout.CharactersPerLine);
        _pdf = new PdfTemplates(Path.Combine(Repo.Templates, "pdf"));
        _thousand = Enumerable.Repeat(_parsed, 1000).ToArray();
    }

    /// <summary>Front matter already loaded: Scriban expansion of the body, Markdig parse, speech.sbn + layout.sbn.</summary>
    [Benchmark]
    public string ExpandParseRenderHtml() => _html.Document(DocumentParser.Parse(_seed, _corpus));

    /// <summary>Line breaking of one manuscript page's worth of the seed's paragraphs (22 lines × 28 characters), real font advances.</summary>
    [Benchmark]
    public int ComposeOnePage()
    {
        var lines = 0;
        foreach (var paragraph in _page) lines += ParagraphComposer.Compose(paragraph, _spec, _advance).Count;
        return lines;
    }

    /// <summary>The seed's manuscript PDF (GB/T 9704 grid, 6 pages): compose, paginate, draw, tag, subset fonts, save.</summary>
    [Benchmark]
    public int SeedManuscriptPdf() => _pdf.Render(_setter, "manuscript.sbn", PdfSources.Of(_parsed, _corpus.Site)).Bytes.Length;

    /// <summary>The same with the font setter created per document: what a build would pay without the shared setter.</summary>
    [Benchmark]
    public int SeedManuscriptPdfWithFontSetup() =>
        _pdf.Render(DocumentSetter.Create(_corpus.Site), "manuscript.sbn", PdfSources.Of(_parsed, _corpus.Site)).Bytes.Length;

    /// <summary>The proofreading checks that `wengao build` runs, on the sample content.</summary>
    [Benchmark]
    public int ProofreadSample() => Check.Checker.Run(_corpus).Count;

    /// <summary>The search index's entry and shards for 1,000 speeches of the seed's length (each text, made once, is kept between runs).</summary>
    [Benchmark]
    public int SearchIndexFor1000() => Render.Search.SearchIndex.Build(_thousand).Shards.Sum(s => s.Length);

    // The seed's paragraphs in order until they fill a page, each as one plain run.
    private static StyledRun[][] OnePage(ParsedDocument parsed, int characters)
    {
        var page = new List<StyledRun[]>();
        var total = 0;
        foreach (var block in parsed.Body.Descendants<ParagraphBlock>())
        {
            var text = PlainText.Of(block.Inline);
            var take = Math.Min(text.Length, characters - total);
            page.Add([new StyledRun(text[..take], FontRole.FangSong)]);
            if ((total += take) >= characters) break;
        }
        return [.. page];
    }
}
