using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using Wengao.Diagnostics;
using Wengao.Model;
using Wengao.Render.Pdf.Compose;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Render.Pdf;

/// <summary>
/// A rendered PDF, how many pages it has, and every text drawn, in order, with its page (for the leak scan, which reads
/// the body on from fragment to fragment and page to page, and the artifacts — folios, margin notes — each alone).
/// </summary>
/// <param name="Missing">characters of its text that no font of the chains has, which the PDF cannot show</param>
public sealed record PdfFile(byte[] Bytes, int Pages, IReadOnlyList<(int Page, string Text, bool Artifact)> Drawn, IReadOnlyList<int> Missing);

/// <summary>
/// Sets documents into PDF pages: composes lines, paginates them on a layout's grid, draws and tags them.
/// One setter serves a whole build: fonts are resolved once and shared by every document, set in parallel.
/// </summary>
public sealed class DocumentSetter(FontBook fonts, double speakingRate)
{
    public static DocumentSetter Create(Site site)
    {
        try
        {
            var chains = site.FontChains.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value);
            return new(FontBook.Resolve(FontCatalog.System, chains, site.ContentDirectory), site.SpeakingRate);
        }
        catch (FontResolutionException e)
        {
            throw new BuildFailedException(new SourceError(new(Path.Combine(site.ContentDirectory, "site.yml"), 1, 1), e.Message,
                "the PDF needs TrueType CJK fonts; `wengao build --no-pdf` builds the site alone"));
        }
    }

    internal FontBook Fonts => fonts;

    // The font subsets of every PDF of the build, each compressed once while it recurs (a manuscript and its reading copy).
    private readonly FontPrograms _programs = new();

    /// <summary>
    /// Makes one document's PDF. A font file is read lazily, its glyphs only as a document uses them, so a damaged one
    /// (a table outside the file, glyph offsets that overflow in PDFsharp's subsetter) fails here, not when it is chosen:
    /// the error names the document and the font files in use.
    /// </summary>
    internal PdfFile Guarded(string sourcePath, Func<PdfFile> render)
    {
        var pdf = Guarded(sourcePath, "PDF", render);
        Missed(sourcePath, pdf.Missing);
        return pdf;
    }

    /// <summary>Makes one document's <paramref name="what"/> (its PDF, its .docx) with the fonts' measures, a failure of a font named as such.</summary>
    internal T Guarded<T>(string sourcePath, string what, Func<T> render)
    {
        try
        {
            return render();
        }
        catch (Exception e) when (e is not (BuildFailedException or OutOfMemoryException))
        {
            var files = Enum.GetValues<FontRole>().Select(role => fonts[role].Face.SourcePath).Distinct(StringComparer.Ordinal);
            throw new BuildFailedException(new SourceError(new(sourcePath, 1, 1), $"its {what} could not be made: {e.Message}",
                $"a font file may be damaged; the fonts in use are {string.Join(", ", files)}: reinstall the font, or name another in site.yml under `fonts:`"));
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, int Codepoint), bool> _missing = new();

    /// <summary>Notes the characters a PDF made by an earlier build lacked (the build cache reused it), to warn of them again.</summary>
    internal void Missed(string sourcePath, IEnumerable<int> codepoints)
    {
        foreach (var codepoint in codepoints) _missing.TryAdd((sourcePath, codepoint), true);
    }

    /// <summary>
    /// A warning for each document whose text holds characters no font of the chains has (a name's rare ideograph, 𠮷):
    /// the PDF leaves a gap where each stands, and the user should know before handing it over.
    /// </summary>
    public IReadOnlyList<string> MissingGlyphs =>
    [
        .. _missing.Keys.GroupBy(k => k.Path).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            $"warning: {g.Key}: no font of the PDF has {string.Join(" ", g.Select(k => k.Codepoint).Order().Select(c => $"{char.ConvertFromUtf32(c)} (U+{c:X4})"))}: "
            + "the PDF leaves a gap there; install a TrueType font that has it and name it in site.yml under `fonts:`"),
    ];

    /// <summary>Characters read aloud a minute, for the reading copy's speaking times.</summary>
    internal double SpeakingRate => speakingRate;

    /// <summary>Which font serves each role, and the warnings for roles that fell back: printed once per build.</summary>
    public IReadOnlyList<string> FontReport =>
    [
        .. Enum.GetValues<FontRole>().Select(role => $"font {RoleNames.Chinese(role)} → {fonts[role].Face}"),
        .. fonts.Notes.Select(note => $"warning: {note}"),
    ];

    /// <param name="inset">characters every line is moved in, the measure narrowed by as many (a nested list's items)</param>
    internal List<Row> Lines(IReadOnlyList<StyledRun> runs, double size, double pitch, double indent, LineAlign align, int inset = 0) =>
        Compose(runs, new LineSpec(PageGrid.Width - inset * pitch, size, pitch, indent, align))
            .Select(line => new Row(inset == 0 ? line.Items : [.. line.Items.Select(i => i with { X = i.X + inset * pitch })], size, [])).ToList();

    /// <summary>A paragraph composed to any measure (a table's cell), with the fonts' advances.</summary>
    internal IReadOnlyList<ComposedLine> Compose(IReadOnlyList<StyledRun> runs, LineSpec spec) => ParagraphComposer.Compose(runs, spec, Advance);

    /// <summary>A title in balanced lines of the given size, each a row.</summary>
    internal IEnumerable<Row> Title(string title, FontRole role, double size) =>
        TitleText(title, role, size).SelectMany(line => Lines([new StyledRun(line, role)], size, size, 0, LineAlign.Center));

    /// <summary>A title's balanced lines (GB/T 9704 §7.3.1), as the PDF breaks them and a Word export keeps them.</summary>
    internal IReadOnlyList<string> TitleText(string title, FontRole role, double size) =>
        [.. TitleLines.Break(title, PageGrid.Width, (text, i) => Width(text, i, role, size))];

    /// <summary>A line's natural width at <paramref name="size"/>, measured as a title's is: CJK on a grid of the size, the rest by the font.</summary>
    internal double Measure(string text, FontRole role, double size) => Enumerable.Range(0, text.Length).Sum(i => Width(text, i, role, size));

    /// <param name="fonts">the document's fonts, shared with the drawings among its rows</param>
    /// <param name="furniture">what every page carries: its number, the template's corner marks</param>
    /// <param name="info">what the document says about itself: its title, author, keywords, date</param>
    internal PdfFile Set(IReadOnlyList<RowGroup> groups, PageLayout layout, FontCache fonts, Layout.PdfInfo info, Layout.PageFurniture furniture)
    {
        using var document = new PdfDocument();
        PdfMetadata.Describe(document, info);
        PdfMetadata.Prepare(document);
        var tagging = UAManager.ForDocument(document);
        tagging.SetDocumentLanguage("zh-CN");
        var typesetter = new Typesetter(fonts, layout, furniture);
        var outline = new Outline(document);
        var pages = Paginator.Paginate(groups, layout.LinesPerPage, out var unnumbered);
        var drawn = new List<(int, string, bool)>();
        var current = 0;
        document.RenderEvents.PrepareTextEvent += (_, e) => drawn.Add((current, e.Text, typesetter.DrawingArtifacts));
        foreach (var (slots, number) in pages.Select((slots, i) => (slots, i + 1)))
        {
            current = number;
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageGrid.PageWidth);
            page.Height = XUnit.FromPoint(PageGrid.PageHeight);
            using (var graphics = XGraphics.FromPdfPage(page))
                typesetter.DrawPage(new PdfCanvas(graphics, tagging.StructureBuilder, fonts), slots, number, folio: !unnumbered.Contains(number));
            for (var slot = 0; slot < slots.Length; slot++)
                if (slots[slot] is { } row)
                    foreach (var bookmark in row.Bookmarks) outline.Add(bookmark, page, layout.Baseline(slot, row.Size) - row.Size);
        }
        Annotate(document, pages, typesetter.Links);
        return new PdfFile(PdfMetadata.Save(document, _programs), pages.Count, drawn, [.. typesetter.Missing]);
    }

    /// <summary>
    /// Makes linked text clickable: `#anchor` goes to the page of the heading (or the text: a note's reference) with that
    /// id, an absolute URL opens it.
    /// Other links (to pages of the site) have no place in a printed document and stay plain text.
    /// </summary>
    private static void Annotate(PdfDocument document, List<Row?[]> pages, List<(int Page, PdfRectangle Area, string Link)> links)
    {
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
            foreach (var row in pages[p])
            {
                if (row?.Anchor is { } anchor) anchors.TryAdd(anchor, p + 1);
                foreach (var item in row?.Items ?? [])
                    if (item.Anchor is { } within) anchors.TryAdd(within, p + 1);
            }
        foreach (var (page, area, link) in links)
        {
            if (link.StartsWith('#') && anchors.TryGetValue(Uri.UnescapeDataString(link[1..]), out var target))
                Repeatable(document.Pages[page - 1].AddDocumentLink(area, target));
            else if (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto")
                Repeatable(document.Pages[page - 1].AddWebLink(area, link));
        }
    }

    // PDFsharp gives each annotation a random name (/NM) and the time it was made (/M); both are optional (ISO 32000-1
    // §12.5.2, Table 164) and would make two builds of the same sources differ, so they are left out.
    private static void Repeatable(PdfSharp.Pdf.Annotations.PdfAnnotation annotation)
    {
        annotation.Elements.Remove(PdfSharp.Pdf.Annotations.PdfAnnotation.Keys.NM);
        annotation.Elements.Remove(PdfSharp.Pdf.Annotations.PdfAnnotation.Keys.M);
    }

    private double Advance(FontRole role, int codepoint) => fonts.For(role, codepoint).Face.AdvanceEm(codepoint);

    // A title character's width as the composer will set it: CJK on a grid of the title size, the rest proportional.
    private double Width(string text, int i, FontRole role, double size) =>
        char.IsSurrogate(text[i]) ? (char.IsHighSurrogate(text[i]) ? size : 0)
        : text[i] >= 0x2E80 || text[i] is >= '\u2014' and <= '\u201D' ? size
        : Advance(role, text[i]) * size;
}
