using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Wengao.Extensions.Notes;
using Wengao.Model;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Compose;
using Wengao.Render.Pdf.Layout;
using static Wengao.Render.Docx.WordUnits;

namespace Wengao.Render.Docx;

/// <summary>
/// A document as a Word .docx laid out to GB/T 9704 (docs/docx.md), from the same template flow as its PDF: A4 with the
/// 156 × 225 mm type area at 37/28 mm (§5.2.1), a document grid of 22 lines of 28 characters (§5.2.2, w:docGrid
/// linesAndChars), the styles named for their roles, the page numbers "— N —" in 4号 one character in at the outer edge
/// (§7.5), the notes as Word footnotes.
/// </summary>
public static class WordDocument
{
    internal static byte[] Write(DocumentSetter setter, LayoutDocument document, PdfSource source, Site site)
    {
        var layout = document.Layout;
        var fonts = new WordFonts(site);
        var runs = new WordRuns(fonts, NoteNumbers.Of(source.Body));
        var flow = new WordFlow(setter, layout, source, runs);
        var elements = flow.Write(document.Flow);
        var furniture = document.Furniture;
        var alternate = layout.FoliosAlternate;
        var marks = furniture.Marks.Where(m => m.Corner is Corner.TopLeft or Corner.TopRight).ToList();

        var relationships = new List<(string Id, string Type, string Target, bool External)>
        {
            ("rIdStyles", "styles", "styles.xml", false), ("rIdSettings", "settings", "settings.xml", false),
            ("rIdFontTable", "fontTable", "fontTable.xml", false), ("rIdFootnotes", "footnotes", "footnotes.xml", false),
        };
        var parts = new List<(string Path, string Xml)>();
        var section = new SectionProperties();
        void HeaderFooter(string id, string path, string type, bool even, OpenXmlCompositeElement part)
        {
            relationships.Add((id, type, path, false));
            parts.Add(("word/" + path, part.OuterXml));
            if (type == "header") section.Append(new HeaderReference { Type = even ? HeaderFooterValues.Even : HeaderFooterValues.Default, Id = id });
            else section.Append(new FooterReference { Type = even ? HeaderFooterValues.Even : HeaderFooterValues.Default, Id = id });
        }
        if (marks.Count > 0)
        {
            HeaderFooter("rIdHeaderOdd", "header1.xml", "header", false, Header(marks, runs));
            if (alternate) HeaderFooter("rIdHeaderEven", "header2.xml", "header", true, Header(marks, runs));
        }
        if (furniture.Folio is { } folio)
        {
            HeaderFooter("rIdFooterOdd", "footer1.xml", "footer", false, Footer(folio, right: true, runs));
            if (alternate) HeaderFooter("rIdFooterEven", "footer2.xml", "footer", true, Footer(folio, right: false, runs));
        }
        var line = flow.Line;
        // The margin box is the grid's lines, its top above the type area's by as much as a line's em box stands below
        // the top of its exact line, so the first line's em box starts at 37 mm and the 22nd's ends at 262 mm.
        var top = Twips(PageGrid.Top - flow.EmTop);
        var folioSize = furniture.Folio?.Size ?? 14;
        var markSize = marks.Count > 0 ? marks.Max(m => m.Style.Size) : layout.BodySize;
        var markGap = marks.Count > 0 ? marks.Max(m => m.Gap) : 8 * PageGrid.Mm;
        section.Append(
            new FootnoteProperties(new NumberingFormat { Val = NumberFormatValues.Decimal }),
            new PageSize { Width = (uint)Twips(PageGrid.PageWidth), Height = (uint)Twips(PageGrid.PageHeight) },
            new PageMargin
            {
                Top = top, Left = (uint)Twips(PageGrid.Left), Right = (uint)Twips(PageGrid.PageWidth - PageGrid.Left - PageGrid.Width),
                Bottom = Twips(PageGrid.PageHeight) - top - layout.LinesPerPage * Twips(line),
                // The folio's line 7 mm under the type area (§7.5), the footer measured from the page's foot to its text's foot.
                Footer = (uint)Twips(PageGrid.PageHeight - PageGrid.Top - PageGrid.Height - PageGrid.FolioGap - folioSize),
                Header = (uint)Twips(Math.Max(0, PageGrid.Top - markGap - markSize * PageGrid.BaselineInEm)), Gutter = 0,
            },
            new PageNumberType { Start = 1 },
            new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = Twips(line), CharacterSpace = (int)Math.Round((layout.Pitch - layout.BodySize) * 4096) });

        var body = new Body(elements.Select(e => e.CloneNode(true)));
        if (body.LastChild is not Paragraph) body.Append(WordFlow.Empty()); // Word wants a paragraph before the section's end
        body.Append(section);
        var main = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        main.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        for (var i = 0; i < runs.Links.Count; i++) relationships.Add((WordRuns.LinkId(i), "hyperlink", runs.Links[i], true));

        var info = (Title: document.Info.Title ?? source.Info.Title, Author: document.Info.Author ?? source.Info.Author,
            Subject: document.Info.Subject ?? source.Info.Subject, source.Info.Keywords, source.Info.Date);
        parts.InsertRange(0,
        [
            ("word/document.xml", main.OuterXml),
            ("word/styles.xml", WordStyles.Part(fonts, layout.BodySize, layout.TitleSize, layout.Pitch, line).OuterXml),
            ("word/settings.xml", Settings(alternate).OuterXml),
            ("word/fontTable.xml", fonts.Table().OuterXml),
            ("word/footnotes.xml", Footnotes(runs).OuterXml),
        ]);
        parts.Add(("docProps/core.xml", Core(info.Title, info.Author, info.Subject, info.Keywords, info.Date)));
        parts.Add(("docProps/app.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Wengao</Application></Properties>"));
        var package = new List<(string, string)>
        {
            ("[Content_Types].xml", WordPackage.ContentTypes(parts.Select(p => p.Path))),
            ("_rels/.rels", WordPackage.PackageRelationships()),
            ("word/_rels/document.xml.rels", WordPackage.DocumentRelationships(relationships)),
        };
        return WordPackage.Write(package.Concat(parts));
    }

    private static Settings Settings(bool alternate)
    {
        var settings = new Settings(new DefaultTabStop { Val = 420 });
        if (alternate) settings.Append(new EvenAndOddHeaders());
        // Chinese punctuation keeps its full width, as on the PDF's grid (GB/T 9704 §5.2.2: 28 characters a line).
        settings.Append(new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
        return settings;
    }

    /// <summary>"— N —" in the folio's face and size, one character in from the outer edge: odd pages right, even left (§7.5).</summary>
    private static Footer Footer(FolioStyle folio, bool right, WordRuns runs)
    {
        var indent = TwipsText(folio.Size);
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Folio },
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = WordUnits.Exact(folio.Size),
            Indentation = right ? new Indentation { Right = indent, FirstLine = "0", FirstLineChars = 0 } : new Indentation { Left = indent, FirstLine = "0", FirstLineChars = 0 },
            Justification = new Justification { Val = right ? JustificationValues.Right : JustificationValues.Left },
        };
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs.Write([new StyledRun("— ", folio.Font)], FontRole.SongTi, folio.Size));
        paragraph.Append(new SimpleField(new Run(new RunProperties(new FontSize { Val = HalfPoints(folio.Size) }), WordRuns.Text("1"))) { Instruction = " PAGE " });
        paragraph.Append(runs.Write([new StyledRun(" —", folio.Font)], FontRole.SongTi, folio.Size));
        return new Footer(paragraph);
    }

    /// <summary>A template's marks in the top corners (a draft's 草稿) in the header, framed where the mark has a box.</summary>
    private static Header Header(IReadOnlyList<CornerMark> marks, WordRuns runs) => new([.. marks.Select(mark =>
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Furniture },
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = WordUnits.Exact(mark.Style.Size),
            Indentation = new Indentation { FirstLine = "0", FirstLineChars = 0 },
            Justification = new Justification { Val = mark.Corner == Corner.TopRight ? JustificationValues.Right : JustificationValues.Left },
        };
        var paragraph = new Paragraph(properties);
        var colour = mark.Style.Colour == PdfSharp.Drawing.XColors.Black ? null : Colour(mark.Style.Colour);
        foreach (var run in runs.Write([new StyledRun(mark.Text, mark.Style.Font)], FontRole.FangSong, mark.Style.Size, colour))
        {
            if (mark.Box is { } box && run is Run r)
                (r.RunProperties ??= new RunProperties()).Border = new Border { Val = BorderValues.Single, Size = Eighths(box), Color = colour ?? "000000" };
            paragraph.Append(run);
        }
        return paragraph;
    })]);

    private static Footnotes Footnotes(WordRuns runs)
    {
        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        foreach (var (id, marker, paragraphs) in runs.Footnotes)
        {
            var note = new Footnote { Id = id };
            for (var i = 0; i < Math.Max(1, paragraphs.Count); i++)
            {
                var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.NoteText }));
                if (i == 0) paragraph.Append(new Run(new RunProperties(new RunStyle { Val = WordStyles.NoteReference }), WordRuns.Text(marker[0].Text)));
                if (i < paragraphs.Count) paragraph.Append(runs.Write(paragraphs[i], FontRole.FangSong));
                note.Append(paragraph);
            }
            footnotes.Append(note);
        }
        return footnotes;
    }

    /// <summary>docProps/core.xml: title, author, subject, keywords, and the document's date as its created and modified time.</summary>
    private static string Core(string title, string author, string? subject, IReadOnlyList<string> keywords, DateOnly date)
    {
        var when = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        string E(string text) => WordPackage.Escape(text);
        return "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{E(title)}</dc:title>" + (subject is { Length: > 0 } ? $"<dc:subject>{E(subject)}</dc:subject>" : "")
            + $"<dc:creator>{E(author)}</dc:creator>" + (keywords.Count > 0 ? $"<cp:keywords>{E(string.Join("; ", keywords))}</cp:keywords>" : "")
            + "<dc:language>zh-CN</dc:language>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified>"
            + "</cp:coreProperties>";
    }
}
