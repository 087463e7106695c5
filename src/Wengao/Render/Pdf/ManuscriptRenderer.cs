using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Wengao.Diagnostics;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Pdf.Compose;
using Wengao.Render.Pdf.Fonts;
using Wengao.Text;

namespace Wengao.Render.Pdf;

/// <summary>A rendered PDF and how many pages it has.</summary>
public sealed record PdfFile(byte[] Bytes, int Pages);

/// <summary>
/// Sets a speech as a manuscript (讲话稿) on the GB/T 9704 grid: title in 小标宋, speaker and date in 楷体,
/// salutation flush left, body paragraphs justified with a two-character indent, "— N —" folios.
/// One renderer serves a whole build: fonts are resolved once and shared by every document.
/// </summary>
public sealed class ManuscriptRenderer(FontBook fonts)
{
    public IReadOnlyList<string> Notes => fonts.Notes;

    public static ManuscriptRenderer Create(Site site)
    {
        try
        {
            var chains = site.FontChains.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value);
            return new(FontBook.Resolve(FontCatalog.System, chains, site.ContentDirectory));
        }
        catch (FontResolutionException e)
        {
            throw new BuildFailedException(new SourceError(new(Path.Combine(site.ContentDirectory, "site.yml"), 1, 1), e.Message,
                "the PDF needs TrueType CJK fonts; `wengao build --no-pdf` builds the site alone"));
        }
    }

    public PdfFile Render(ParsedSpeech parsed)
    {
        var speech = parsed.Speech;
        var rows = new List<Row>();
        Add(rows, [new StyledRun(speech.Title, FontRole.XiaoBiaoSong)], PageGrid.TitleSize, LineAlign.Center, 0);
        rows.Add(Row.Blank);
        Add(rows, [new StyledRun(speech.Speaker, FontRole.KaiTi)], PageGrid.BodySize, LineAlign.Center, 0);
        Add(rows, [new StyledRun($"（{ChineseText.Date(speech.Date)}）", FontRole.KaiTi)], PageGrid.BodySize, LineAlign.Center, 0);
        rows.Add(Row.Blank);
        if (speech.Salutation is { } salutation)
            Add(rows, [new StyledRun(salutation, FontRole.FangSong)], PageGrid.BodySize, LineAlign.Left, 0);
        foreach (var block in ManuscriptText.Blocks(parsed.Body))
            Add(rows, block.Runs, PageGrid.BodySize, block.IsHeading ? LineAlign.Left : LineAlign.Justify,
                block.IsHeading ? 0 : 2 * PageGrid.Pitch);

        using var document = new PdfDocument();
        PdfMetadata.Describe(document, speech);
        var typeset = new Typesetter(fonts);
        var pages = (rows.Count + PageGrid.LinesPerPage - 1) / PageGrid.LinesPerPage;
        for (var p = 0; p < pages; p++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageGrid.PageWidth);
            page.Height = XUnit.FromPoint(PageGrid.PageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            var onPage = rows.Skip(p * PageGrid.LinesPerPage).Take(PageGrid.LinesPerPage).ToList();
            for (var r = 0; r < onPage.Count; r++)
                typeset.Draw(graphics, onPage[r], PageGrid.Baseline(r, onPage[r].Size));
            typeset.DrawFolio(graphics, p + 1);
        }
        return new PdfFile(PdfMetadata.Save(document), pages);
    }

    private void Add(List<Row> rows, IReadOnlyList<StyledRun> runs, double size, LineAlign align, double indent)
    {
        var pitch = size == PageGrid.BodySize ? PageGrid.Pitch : size;
        var spec = new LineSpec(PageGrid.Width, size, pitch, indent, align);
        foreach (var line in ParagraphComposer.Compose(runs, spec, Advance))
            rows.Add(new Row(line.Items, size));
    }

    private double Advance(FontRole role, int codepoint) => fonts.For(role, codepoint).Face.AdvanceEm(codepoint);
}

/// <summary>One line of the grid: what is on it, and at which size.</summary>
internal sealed record Row(IReadOnlyList<PlacedText> Items, double Size)
{
    public static readonly Row Blank = new([], PageGrid.BodySize);
}
