using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Fonts;
using Wengao.Render.Pdf.Layout;

namespace Wengao.Render.Ofd;

/// <summary>
/// A document's OFD (GB/T 33190-2016) from the typesetter's pages, the PDF's pages: the package's entry OFD.xml with
/// the DocInfo, one document (Doc_0/Document.xml: the A4 page area, the pages, the outline from the headings, the
/// custom tags), its public resources (the fonts, each a TrueType subset of the glyphs drawn), and one Content.xml a
/// page. Zipped by <see cref="FixedZip"/>, every identifier given in drawing order and the DocID derived from the
/// content, so the same sources give the same bytes. What is and is not written: docs/ofd.md.
/// </summary>
internal static class OfdDocument
{
    public const string Namespace = "http://www.ofdspec.org/2016";

    /// <summary>The custom tags' namespace (GB/T 33190 自定义标引: the standard leaves their vocabulary to the writer).</summary>
    public const string TagNamespace = "urn:wengao:ofd:structure";

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private const string Doc = "Doc_0";

    public static byte[] Write(SetPages set, PdfInfo info)
    {
        var resources = new OfdResources();
        var typesetter = new Typesetter(set.Fonts, set.Layout, set.Furniture);
        var pages = Paginator.Paginate(set.Groups, set.Layout.LinesPerPage, out var unnumbered);
        using var measure = XGraphics.CreateMeasureContext(new XSize(PageGrid.PageWidth, PageGrid.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        var drawn = new List<(int Id, string Objects, List<(PdfBlockLevelElementTag Tag, List<int> Objects)> Elements)>();
        var bookmarks = new List<(Bookmark Bookmark, int Page, double Top)>();
        foreach (var (slots, number) in pages.Select((slots, i) => (slots, i + 1)))
        {
            var (page, layer) = (resources.NextId(), resources.NextId());
            var canvas = new OfdCanvas(resources, set.Fonts, measure);
            typesetter.DrawPage(canvas, slots, number, folio: !unnumbered.Contains(number));
            drawn.Add((page, $"<ofd:Layer ID=\"{layer}\">{canvas.Objects}</ofd:Layer>", canvas.Elements));
            for (var slot = 0; slot < slots.Length; slot++)
                if (slots[slot] is { } row)
                    foreach (var bookmark in row.Bookmarks) bookmarks.Add((bookmark, page, set.Layout.Baseline(slot, row.Size) - row.Size));
        }

        var parts = new List<(string Path, byte[] Bytes)>();
        var fonts = new StringBuilder();
        foreach (var (face, id, characters) in resources.Fonts)
        {
            var name = OfdUnits.Escape(face.Face.DisplayName);
            fonts.Append($"<ofd:Font ID=\"{id}\" FontName=\"{name}\" FamilyName=\"{name}\"><ofd:FontFile>font_{id}.ttf</ofd:FontFile></ofd:Font>");
            parts.Add(($"{Doc}/Res/font_{id}.ttf", GlyphSubset.Of(face.Face, characters)));
        }
        var pageParts = drawn.Select((p, i) => (Path: $"Pages/Page_{i}/Content.xml",
            Xml: $"<ofd:Page xmlns:ofd=\"{Namespace}\"><ofd:Content>{p.Objects}</ofd:Content></ofd:Page>")).ToList();
        var document = new StringBuilder($"<ofd:Document xmlns:ofd=\"{Namespace}\"><ofd:CommonData><ofd:MaxUnitID>{resources.MaxUnitId}</ofd:MaxUnitID>")
            .Append($"<ofd:PageArea><ofd:PhysicalBox>0 0 {OfdUnits.Number(OfdUnits.Mm(PageGrid.PageWidth))} {OfdUnits.Number(OfdUnits.Mm(PageGrid.PageHeight))}</ofd:PhysicalBox></ofd:PageArea>")
            .Append("<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>");
        foreach (var (page, i) in drawn.Select((p, i) => (p, i))) document.Append($"<ofd:Page ID=\"{page.Id}\" BaseLoc=\"{pageParts[i].Path}\"/>");
        document.Append("</ofd:Pages>").Append(Outlines(bookmarks)).Append("<ofd:CustomTags>CustomTags.xml</ofd:CustomTags></ofd:Document>");

        List<(string Path, string Xml)> xml =
        [
            ($"{Doc}/Document.xml", document.ToString()),
            ($"{Doc}/PublicRes.xml", $"<ofd:Res xmlns:ofd=\"{Namespace}\" BaseLoc=\"Res\"><ofd:Fonts>{fonts}</ofd:Fonts></ofd:Res>"),
            ($"{Doc}/CustomTags.xml", $"<ofd:CustomTags xmlns:ofd=\"{Namespace}\"><ofd:CustomTag NameSpace=\"{TagNamespace}\"><ofd:FileLoc>Tags/Structure.xml</ofd:FileLoc></ofd:CustomTag></ofd:CustomTags>"),
            ($"{Doc}/Tags/Structure.xml", Tags(drawn.Select(p => (p.Id, p.Elements)))),
            .. pageParts.Select(p => ($"{Doc}/{p.Path}", p.Xml)),
        ];
        xml.Insert(0, ("OFD.xml", Entry(info, DocId(xml, parts))));
        return FixedZip.Write([.. xml.Select(p => (p.Path, FixedZip.Utf8.GetBytes(Declaration + p.Xml))), .. parts]);
    }

    /// <summary>OFD.xml: the one document body, its DocInfo (GB/T 33190 文档信息: DocID, title, author, subject, dates, keywords, creator).</summary>
    private static string Entry(PdfInfo info, string id)
    {
        string E(string text) => OfdUnits.Escape(text);
        var date = info.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var xml = new StringBuilder($"<ofd:OFD xmlns:ofd=\"{Namespace}\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo>")
            .Append($"<ofd:DocID>{id}</ofd:DocID><ofd:Title>{E(info.Title)}</ofd:Title><ofd:Author>{E(info.Author)}</ofd:Author>");
        if (!string.IsNullOrEmpty(info.Subject)) xml.Append($"<ofd:Subject>{E(info.Subject)}</ofd:Subject>");
        xml.Append($"<ofd:CreationDate>{date}</ofd:CreationDate><ofd:ModDate>{date}</ofd:ModDate>");
        if (info.Keywords.Count > 0) xml.Append("<ofd:Keywords>").AppendJoin("", info.Keywords.Select(k => $"<ofd:Keyword>{E(k)}</ofd:Keyword>")).Append("</ofd:Keywords>");
        return xml.Append("<ofd:Creator>Wengao</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>").ToString();
    }

    /// <summary>The DocID (32 hex characters, as a UUID is written) from the document's parts: the same document, the same id.</summary>
    private static string DocId(IEnumerable<(string Path, string Xml)> xml, IEnumerable<(string Path, byte[] Bytes)> binary)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, text) in xml) hash.AppendData(Encoding.UTF8.GetBytes(path + "\n" + text));
        foreach (var (path, bytes) in binary) { hash.AppendData(Encoding.UTF8.GetBytes(path)); hash.AppendData(bytes); }
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }

    /// <summary>The outline (GB/T 33190 大纲): every heading, nested by level, going to the top of its line (FitH) on its page.</summary>
    private static string Outlines(List<(Bookmark Bookmark, int Page, double Top)> bookmarks)
    {
        if (bookmarks.Count == 0) return "";
        var xml = new StringBuilder("<ofd:Outlines>");
        var open = new Stack<int>();
        foreach (var (bookmark, page, top) in bookmarks)
        {
            while (open.Count > 0 && open.Peek() >= bookmark.Level) { open.Pop(); xml.Append("</ofd:OutlineElem>"); }
            xml.Append($"<ofd:OutlineElem Title=\"{OfdUnits.Escape(bookmark.Title)}\"><ofd:Actions><ofd:Action Event=\"CLICK\"><ofd:Goto>")
                .Append($"<ofd:Dest Type=\"FitH\" PageID=\"{page}\" Top=\"{OfdUnits.Number(OfdUnits.Mm(top))}\"/></ofd:Goto></ofd:Action></ofd:Actions>");
            open.Push(bookmark.Level);
        }
        while (open.TryPop(out _)) xml.Append("</ofd:OutlineElem>");
        return xml.Append("</ofd:Outlines>").ToString();
    }

    /// <summary>
    /// The structure as custom tags (GB/T 33190 自定义标引): the title, each heading with its level, each paragraph,
    /// pointing at their objects by page (ObjectRef); as the PDF's structure tree, an element split over pages once on each.
    /// </summary>
    private static string Tags(IEnumerable<(int Page, List<(PdfBlockLevelElementTag Tag, List<int> Objects)> Elements)> pages)
    {
        var xml = new StringBuilder($"<wg:Document xmlns:wg=\"{TagNamespace}\" xmlns:ofd=\"{Namespace}\">");
        foreach (var (page, elements) in pages)
            foreach (var (tag, objects) in elements)
            {
                if (objects.Count == 0) continue;
                var (name, level) = tag switch
                {
                    PdfBlockLevelElementTag.Heading1 => ("Title", 0),
                    PdfBlockLevelElementTag.Heading2 => ("Heading", 1),
                    PdfBlockLevelElementTag.Heading3 => ("Heading", 2),
                    PdfBlockLevelElementTag.Heading4 => ("Heading", 3),
                    PdfBlockLevelElementTag.Heading5 or PdfBlockLevelElementTag.Heading6 => ("Heading", 4),
                    _ => ("Paragraph", 0),
                };
                xml.Append($"<wg:{name}{(level > 0 ? $" Level=\"{level}\"" : "")}>")
                    .AppendJoin("", objects.Select(o => $"<ofd:ObjectRef PageRef=\"{page}\">{o}</ofd:ObjectRef>")).Append($"</wg:{name}>");
            }
        return xml.Append("</wg:Document>").ToString();
    }
}
