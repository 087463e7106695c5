using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
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
/// One line of the grid: what is on it, at which size, the headings it starts, a note for the margin,
/// and the structure element (paragraph, heading) it belongs to with the other rows of its <see cref="Group"/>.
/// </summary>
internal sealed record Row(IReadOnlyList<PlacedText> Items, double Size, IReadOnlyList<Bookmark> Bookmarks,
    string? MarginNote = null, int Group = 0, PdfBlockLevelElementTag Tag = PdfBlockLevelElementTag.Paragraph);

/// <summary>
/// Sets a speech on a page layout: the manuscript (讲话稿, GB/T 9704 grid) or the reading copy (大字版).
/// Title in 小标宋, speaker and date in 楷体, salutation flush left, the body with its heading hierarchy.
/// One renderer serves a whole build: fonts are resolved once and shared by every document.
/// </summary>
public sealed class ManuscriptRenderer(FontBook fonts, double speakingRate)
{
    public static ManuscriptRenderer Create(Site site)
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

    /// <summary>Which font serves each role, and the warnings for roles that fell back: printed once per build.</summary>
    public IReadOnlyList<string> FontReport =>
    [
        .. Enum.GetValues<FontRole>().Select(role => $"font {RoleNames.Chinese(role)} → {fonts[role].Face}"),
        .. fonts.Notes.Select(note => $"warning: {note}"),
    ];

    public PdfFile Render(ParsedSpeech parsed, PageLayout layout)
    {
        var speech = parsed.Speech;
        var groups = new List<RowGroup>();
        void Add(List<Row> rows, PdfBlockLevelElementTag tag, bool keepWithNext, bool keepWhole) =>
            groups.Add(new RowGroup(rows.Select(r => r with { Group = groups.Count, Tag = tag }).ToList(), keepWithNext, keepWhole));
        void Front(string text, FontRole role, double size, double pitch, LineAlign align, PdfBlockLevelElementTag tag) =>
            Add(Lines([new StyledRun(text, role)], size, pitch, 0, align), tag, keepWithNext: true, keepWhole: true);

        foreach (var line in TitleLines.Break(speech.Title, PageGrid.Width, (text, i) => Width(text, i, FontRole.XiaoBiaoSong, layout.TitleSize)))
            Front(line, FontRole.XiaoBiaoSong, layout.TitleSize, layout.TitleSize, LineAlign.Center, PdfBlockLevelElementTag.Heading1);
        Add([Blank(layout)], PdfBlockLevelElementTag.Paragraph, true, true);
        Front(speech.Speaker, FontRole.KaiTi, layout.BodySize, layout.Pitch, LineAlign.Center, PdfBlockLevelElementTag.Paragraph);
        Front($"（{ChineseText.Date(speech.Date)}）", FontRole.KaiTi, layout.BodySize, layout.Pitch, LineAlign.Center, PdfBlockLevelElementTag.Paragraph);
        Add([Blank(layout)], PdfBlockLevelElementTag.Paragraph, true, true);
        if (speech.Salutation is { } salutation)
            Front(salutation, FontRole.FangSong, layout.BodySize, layout.Pitch, LineAlign.Left, PdfBlockLevelElementTag.Paragraph);

        var spoken = 0;
        var lastMark = "";
        foreach (var block in ManuscriptText.Blocks(parsed.Body))
        {
            var heading = block.HeadingLevel > 0;
            var rows = Lines(block.Runs, layout.BodySize, layout.Pitch, heading ? 0 : 2 * layout.Pitch, heading ? LineAlign.Left : LineAlign.Justify);
            if (rows.Count == 0) continue;
            rows[0] = rows[0] with { Bookmarks = block.Bookmarks };
            if (layout.SpeakingMarks)
            {
                spoken += ChineseText.CountCharacters(block.Text);
                var mark = SpeakingMark(spoken);
                if (mark != lastMark) rows[0] = rows[0] with { MarginNote = lastMark = mark };
            }
            Add(rows, heading ? HeadingTag(block.HeadingLevel) : PdfBlockLevelElementTag.Paragraph,
                keepWithNext: heading, keepWhole: layout.KeepParagraphsWhole);
        }

        using var document = new PdfDocument();
        PdfMetadata.Describe(document, speech);
        var tagging = UAManager.ForDocument(document);
        tagging.SetDocumentLanguage("zh-CN");
        var typesetter = new Typesetter(fonts, layout, tagging.StructureBuilder);
        var outline = new Outline(document);
        var pages = Paginator.Paginate(groups, layout.LinesPerPage);
        foreach (var (slots, number) in pages.Select((slots, i) => (slots, i + 1)))
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageGrid.PageWidth);
            page.Height = XUnit.FromPoint(PageGrid.PageHeight);
            using (var graphics = XGraphics.FromPdfPage(page))
                typesetter.DrawPage(graphics, slots, number);
            for (var slot = 0; slot < slots.Length; slot++)
                if (slots[slot] is { } row)
                    foreach (var bookmark in row.Bookmarks) outline.Add(bookmark, page, layout.Baseline(slot, row.Size) - row.Size);
        }
        return new PdfFile(PdfMetadata.Save(document), pages.Count);
    }

    /// <summary>"约2.5分钟": the time spoken by the end of a paragraph, to the half minute.</summary>
    private string SpeakingMark(int characters)
    {
        var halves = Math.Max(1, (int)Math.Round(characters / speakingRate * 2, MidpointRounding.AwayFromZero));
        return $"约{halves / 2}{(halves % 2 == 1 ? ".5" : "")}分钟";
    }

    private List<Row> Lines(IReadOnlyList<StyledRun> runs, double size, double pitch, double indent, LineAlign align) =>
        ParagraphComposer.Compose(runs, new LineSpec(PageGrid.Width, size, pitch, indent, align), Advance)
            .Select(line => new Row(line.Items, size, [])).ToList();

    private static Row Blank(PageLayout layout) => new([], layout.BodySize, []);

    // The title is the document's first-level heading; the body's hierarchy sits below it.
    private static PdfBlockLevelElementTag HeadingTag(int level) => level switch
    {
        1 => PdfBlockLevelElementTag.Heading2,
        2 => PdfBlockLevelElementTag.Heading3,
        3 => PdfBlockLevelElementTag.Heading4,
        _ => PdfBlockLevelElementTag.Heading5,
    };

    private double Advance(FontRole role, int codepoint) => fonts.For(role, codepoint).Face.AdvanceEm(codepoint);

    // A title character's width as the composer will set it: CJK on a grid of the title size, the rest proportional.
    private double Width(string text, int i, FontRole role, double size) =>
        char.IsSurrogate(text[i]) ? (char.IsHighSurrogate(text[i]) ? size : 0)
        : text[i] >= 0x2E80 || text[i] is >= '\u2014' and <= '\u201D' ? size
        : Advance(role, text[i]) * size;
}
