using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Wengao.Model;
using Wengao.Pipeline;
using Wengao.Redact;
using Wengao.Tests.Support;

namespace Wengao.Tests.Ofd;

/// <summary>
/// The OFD of each sample document (issue 22), read as GB/T 33190 says by the tests' own reader: a complete package
/// whose identifiers are unique and resolve, A4 pages, TrueType subsets FreeType reads, the DocInfo and outline of its
/// PDF, each page's text and every glyph's place those of the same PDF page read by PdfPig, the rules as path objects
/// in their colours, the structure as custom tags, redaction held in the public edition, the same bytes from two builds.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class OfdPackageTests(SampleBuild sample)
{
    private static readonly XNamespace O = OfdFile.Ns;

    private static readonly string[] Slugs = ["bangfu-gongzuodui-zuotanhui", "bangfu-zuotanhui-jianbao", "bangfu-yinian-baogao", "zuotanhui-tongzhi"];

    /// <summary>How far a glyph of the OFD may stand from the PDF's: the issue's 0.5 mm.</summary>
    private const double Tolerance = 0.5;

    private const double Mm = 72 / 25.4;

    private string Ofd(string slug, string edition = "internal") => Path.Combine(sample.Output, edition, "ofd", slug + ".ofd");

    // The OFD is the pages of the document's first PDF: a speech's manuscript, the others' only PDF.
    private string Pdf(string slug) => Path.Combine(sample.Output, "internal", "pdf", slug + ".pdf");

    [Fact]
    public void Every_sample_document_has_an_ofd_in_each_edition_and_its_page_links_it()
    {
        foreach (var edition in new[] { "internal", "public" })
            foreach (var slug in Slugs)
            {
                Assert.True(File.Exists(Ofd(slug, edition)), $"{edition}/ofd/{slug}.ofd");
                Assert.Equal(File.ReadAllBytes(Ofd(slug, edition)), File.ReadAllBytes(Path.Combine(sample.Output, edition, "site", "ofd", slug + ".ofd")));
            }
        foreach (var slug in Slugs)
        {
            var page = Directory.GetFiles(sample.Site, "*.html", SearchOption.AllDirectories).Single(p => Path.GetFileName(p) == slug + ".html");
            var links = Html.Load(page).Descendants("a").Select(a => (string?)a.Attribute("href") ?? "").Where(h => h.EndsWith(".ofd")).ToList();
            Assert.Equal([$"../ofd/{slug}.ofd"], links);
        }
    }

    [Fact]
    public void Every_part_referenced_is_in_the_package_ids_are_unique_every_reference_resolves_and_pages_are_a4()
    {
        foreach (var slug in Slugs)
        {
            using var ofd = new OfdFile(Ofd(slug));
            Assert.Equal("OFD", (string?)ofd.Entry.Root!.Attribute("DocType"));
            Assert.True(ofd.Has(ofd.DocRoot), ofd.DocRoot);
            Assert.Equal("0 0 210 297", ofd.Document.Descendants(O + "PageArea").Single().Element(O + "PhysicalBox")!.Value);
            var (res, resFolder) = ofd.PublicRes;
            Assert.True(ofd.Has(res), res);
            var referenced = new List<string> { ofd.DocRoot, res };
            referenced.AddRange(ofd.Pages.Select(p => p.Path));
            var fonts = ofd.Part(res).Descendants(O + "Font").ToList();
            referenced.AddRange(fonts.Select(f => resFolder + f.Element(O + "FontFile")!.Value));
            var tags = ofd.Folder + ofd.Document.Descendants(O + "CustomTags").Single().Value;
            referenced.Add(tags);
            var tagFiles = ofd.Part(tags).Descendants(O + "FileLoc").Select(f => ofd.Folder + f.Value).ToList();
            referenced.AddRange(tagFiles);
            foreach (var part in referenced) Assert.True(ofd.Has(part), $"{slug}: {part} is referenced but not in the package");
            Assert.Empty(ofd.PartNames.Except(referenced.Append("OFD.xml")));

            // Every ID unique in the document (ST_ID), none above MaxUnitID.
            var parts = new[] { ofd.Document, ofd.Part(res) }.Concat(ofd.Pages.Select((_, i) => ofd.Page(i)));
            var ids = parts.SelectMany(x => x.Descendants()).Select(e => (string?)e.Attribute("ID")).OfType<string>().Select(int.Parse).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.True(ids.Max() <= int.Parse(ofd.Document.Descendants(O + "MaxUnitID").Single().Value), slug);

            // Every reference resolves: a text's font, an outline's page, a tag's page and object.
            var fontIds = fonts.Select(f => (string)f.Attribute("ID")!).ToHashSet();
            var pageIds = ofd.Pages.Select(p => p.Id).ToList();
            for (var i = 0; i < ofd.Pages.Count; i++)
                foreach (var text in ofd.Page(i).Descendants(O + "TextObject"))
                    Assert.Contains((string)text.Attribute("Font")!, fontIds);
            foreach (var dest in ofd.Document.Descendants(O + "Dest")) Assert.Contains((string)dest.Attribute("PageID")!, pageIds);
            var objects = pageIds.Select((id, i) => (id, ofd.Page(i).Descendants().Select(e => (string?)e.Attribute("ID")).OfType<string>().ToHashSet()))
                .ToDictionary(p => p.id, p => p.Item2);
            var refs = tagFiles.SelectMany(f => ofd.Part(f).Descendants(O + "ObjectRef")).ToList();
            Assert.NotEmpty(refs);
            foreach (var reference in refs) Assert.Contains(reference.Value, objects[(string)reference.Attribute("PageRef")!]);
        }
    }

    [Fact]
    public void The_fonts_are_truetype_subsets_freetype_reads_with_the_characters_drawn_in_them_and_no_others()
    {
        using var dir = new TempDir();
        foreach (var slug in Slugs)
        {
            using var ofd = new OfdFile(Ofd(slug));
            var drawn = Enumerable.Range(0, ofd.Pages.Count).SelectMany(ofd.Glyphs).GroupBy(g => g.Font)
                .ToDictionary(g => g.Key, g => g.Select(x => char.ConvertToUtf32(x.Text, 0)).ToHashSet());
            var (res, folder) = ofd.PublicRes;
            foreach (var font in ofd.Part(res).Descendants(O + "Font"))
            {
                var bytes = ofd.Bytes(folder + font.Element(O + "FontFile")!.Value);
                Assert.Equal(new byte[] { 0, 1, 0, 0 }, bytes[..4]); // a TrueType sfnt (glyf outlines), not OpenType/CFF
                var file = dir[$"{slug}-{(string)font.Attribute("ID")!}.ttf"];
                File.WriteAllBytes(file, bytes);
                var query = ChildProcess.Run("fc-query", ["--format", "%{family[0]}\n%{charset}\n", file]);
                Assert.True(query.Exit == 0, query.Err);
                var lines = query.Out.Split('\n', 2);
                Assert.Equal((string)font.Attribute("FamilyName")!, lines[0]);
                Assert.Equal(drawn[(string)font.Attribute("ID")!].Order(), Charset(lines[1]).Order());

                var system = ChildProcess.Run("fc-match", ["--format", "%{file}", (string)font.Attribute("FamilyName")!]).Out;
                Assert.True(bytes.Length < new FileInfo(system).Length / 4, $"{slug}: {bytes.Length} bytes against {system}'s {new FileInfo(system).Length}");
            }
        }
    }

    // fontconfig's charset: ranges "a-b" and single code points, in hex.
    private static IEnumerable<int> Charset(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).SelectMany(range =>
        {
            var ends = range.Split('-').Select(h => int.Parse(h, NumberStyles.HexNumber)).ToArray();
            return Enumerable.Range(ends[0], ends[^1] - ends[0] + 1);
        });

    [Fact]
    public void The_docinfo_is_the_pdfs_title_author_keywords_and_date()
    {
        foreach (var slug in Slugs)
        {
            using var ofd = new OfdFile(Ofd(slug));
            using var pdf = PdfDocument.Open(Pdf(slug));
            var info = ofd.Entry.Descendants(O + "DocInfo").Single();
            Assert.Equal(pdf.Information.Title, info.Element(O + "Title")!.Value);
            Assert.Equal(pdf.Information.Author, info.Element(O + "Author")!.Value);
            Assert.Equal(pdf.Information.Keywords is { Length: > 0 } keywords ? keywords.Split(", ") : [], info.Descendants(O + "Keyword").Select(k => k.Value));
            Assert.Equal(pdf.Information.CreationDate![2..10], info.Element(O + "CreationDate")!.Value.Replace("-", ""));
            Assert.Matches("^[0-9a-f]{32}$", info.Element(O + "DocID")!.Value);
        }
        using var report = new OfdFile(Ofd("bangfu-yinian-baogao"));
        Assert.Contains("对口帮扶", report.Entry.Descendants(O + "Title").Single().Value);
        Assert.Equal("2022-07-20", report.Entry.Descendants(O + "CreationDate").Single().Value);
    }

    [Fact]
    public void The_outline_is_the_pdfs_bookmarks_each_going_to_its_page()
    {
        foreach (var slug in Slugs)
        {
            using var ofd = new OfdFile(Ofd(slug));
            using var pdf = PdfDocument.Open(Pdf(slug));
            var expected = new List<string>();
            if (pdf.TryGetBookmarks(out var bookmarks))
            {
                void Walk(IEnumerable<UglyToad.PdfPig.Outline.BookmarkNode> nodes, int depth)
                {
                    foreach (var node in nodes)
                    {
                        expected.Add($"{depth} {node.Title} p{(node as UglyToad.PdfPig.Outline.DocumentBookmarkNode)?.PageNumber}");
                        Walk(node.Children, depth + 1);
                    }
                }
                Walk(bookmarks.Roots, 0);
            }
            var pages = ofd.Pages.Select(p => p.Id).ToList();
            var actual = new List<string>();
            void Elements(XElement parent, int depth)
            {
                foreach (var element in parent.Elements(O + "OutlineElem"))
                {
                    var page = (string)element.Descendants(O + "Dest").First().Attribute("PageID")!;
                    actual.Add($"{depth} {(string)element.Attribute("Title")!} p{pages.IndexOf(page) + 1}");
                    Elements(element, depth + 1);
                }
            }
            if (ofd.Document.Descendants(O + "Outlines").SingleOrDefault() is { } outlines) Elements(outlines, 0);
            Assert.Equal(expected, actual);
        }
        using var report = new OfdFile(Ofd("bangfu-yinian-baogao"));
        Assert.Equal("一、主要工作及成效", (string?)report.Document.Descendants(O + "OutlineElem").First().Attribute("Title"));
    }

    [Fact]
    public void Each_pages_text_is_the_text_of_the_same_pdf_page_and_every_glyph_stands_where_the_pdfs_does()
    {
        foreach (var slug in Slugs)
        {
            using var ofd = new OfdFile(Ofd(slug));
            using var pdf = PdfDocument.Open(Pdf(slug));
            Assert.Equal(pdf.NumberOfPages, ofd.Pages.Count);
            var checkedGlyphs = 0;
            foreach (var page in pdf.GetPages())
            {
                var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                var glyphs = ofd.Glyphs(page.Number - 1);
                Assert.Equal(string.Concat(letters.Select(l => l.Value)), string.Concat(glyphs.Select(g => g.Text)));
                foreach (var (letter, glyph) in letters.Zip(glyphs))
                {
                    var (x, y) = (letter.StartBaseLine.X / Mm, (page.Height - letter.StartBaseLine.Y) / Mm);
                    Assert.True(Math.Abs(glyph.X - x) < Tolerance && Math.Abs(glyph.Y - y) < Tolerance,
                        $"{slug} page {page.Number}: {glyph.Text} at ({glyph.X:0.00}, {glyph.Y:0.00}) mm in the OFD, ({x:0.00}, {y:0.00}) in the PDF");
                    Assert.True(Math.Abs(glyph.Size - letter.PointSize / Mm) < 0.05, $"{slug}: {glyph.Text} of {glyph.Size} mm against {letter.PointSize} pt");
                    checkedGlyphs++;
                }
            }
            Assert.True(checkedGlyphs > 300, $"{slug}: {checkedGlyphs} glyphs");
        }
    }

    [Fact]
    public void Rules_and_frames_are_path_objects_where_the_pdf_strokes_them_in_their_colours_and_widths()
    {
        foreach (var slug in Slugs)
        {
            using var ofd = new OfdFile(Ofd(slug));
            using var pdf = PdfDocument.Open(Pdf(slug));
            foreach (var page in pdf.GetPages())
            {
                var expected = page.Paths.Where(p => p.IsStroked).Select(p =>
                {
                    var box = p.GetBoundingRectangle()!.Value;
                    var (r, g, b) = p.StrokeColor?.ToRGBValues() ?? (0, 0, 0); // none set: the initial black (ISO 32000-1 §8.4.1)
                    return $"{Colour(r)} {Colour(g)} {Colour(b)} w{p.LineWidth / Mm:0.00} [{box.Left / Mm:0.0} {(page.Height - box.Top) / Mm:0.0} {box.Right / Mm:0.0} {(page.Height - box.Bottom) / Mm:0.0}]";
                }).ToList();
                var actual = ofd.Paths(page.Number - 1).Where(p => p.Stroke is not null).Select(p =>
                    $"{p.Stroke} w{p.LineWidth:0.00} [{p.Points.Min(q => q.X):0.0} {p.Points.Min(q => q.Y):0.0} {p.Points.Max(q => q.X):0.0} {p.Points.Max(q => q.Y):0.0}]").ToList();
                Assert.Equal(expected, actual);
            }
        }
        // The 公文's red rule under the masthead (GB/T 9704 §7.2.4: 红色分隔线) across the type area, and the masthead red.
        using var report = new OfdFile(Ofd("bangfu-yinian-baogao"));
        var red = report.Paths(0).Single(p => p.Stroke == "230 0 18");
        Assert.Equal(28, red.Points.Min(p => p.X), 0.1);
        Assert.Equal(184, red.Points.Max(p => p.X), 0.1);
        Assert.All(report.Glyphs(0).Where(g => "中共县委员会文件".Contains(g.Text) && g.Size > 10), g => Assert.Equal("230 0 18", g.Fill));
    }

    private static int Colour(double channel) => (int)Math.Round(channel * 255);

    [Fact]
    public void The_custom_tags_mark_the_title_the_headings_by_level_and_the_paragraphs()
    {
        using var ofd = new OfdFile(Ofd("bangfu-yinian-baogao"));
        var tags = ofd.Part(ofd.Folder + ofd.Part(ofd.Folder + ofd.Document.Descendants(O + "CustomTags").Single().Value).Descendants(O + "FileLoc").Single().Value);
        var pages = ofd.Pages.Select(p => p.Id).ToList();
        string Text(XElement tag) => string.Concat(tag.Elements(O + "ObjectRef").Select(r =>
            string.Concat(ofd.Page(pages.IndexOf((string)r.Attribute("PageRef")!)).Descendants(O + "TextObject")
                .Where(t => (string)t.Attribute("ID")! == r.Value).Descendants(O + "TextCode").Select(c => c.Value))));
        var root = tags.Root!;
        Assert.Equal("中共xxx县委关于xxx对口帮扶xxx一年来工作情况的报告", Text(root.Elements().First(e => e.Name.LocalName == "Title")));
        var headings = root.Elements().Where(e => e.Name.LocalName == "Heading").Select(e => $"{(string)e.Attribute("Level")!} {Text(e)}").ToList();
        Assert.Contains("1 一、主要工作及成效", headings);
        Assert.Contains("2 （一）帮扶资金足额到位", headings);
        Assert.Contains(root.Elements().Where(e => e.Name.LocalName == "Paragraph"), p => Text(p).StartsWith("去年6月以来"));
    }

    [Fact]
    public void The_public_edition_ofd_names_no_one_the_registry_hides_in_its_text_or_any_part()
    {
        string[] hidden = ["王志刚", "赵静", "李建勤", "廖雪扬", "张苇", "杜海燕"];
        foreach (var slug in Slugs)
        {
            using var ofd = new OfdFile(Ofd(slug, "public"));
            var text = string.Concat(Enumerable.Range(0, ofd.Pages.Count).SelectMany(ofd.Glyphs).Select(g => g.Text));
            using var zip = ZipFile.OpenRead(Ofd(slug, "public"));
            foreach (var name in hidden)
            {
                Assert.DoesNotContain(name, text);
                foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml")))
                {
                    using var reader = new StreamReader(entry.Open());
                    Assert.DoesNotContain(name, reader.ReadToEnd());
                }
            }
        }
        // The internal edition shows them: the test reads what it should.
        using var shown = new OfdFile(Ofd("bangfu-yinian-baogao"));
        Assert.Contains("王志刚", string.Concat(shown.Glyphs(0).Select(g => g.Text)));
    }

    [Fact]
    public void Two_builds_of_the_same_sources_give_the_same_bytes()
    {
        using var again = new TempDir();
        SiteBuilder.Run(new BuildOptions(Repo.Content, Repo.Templates, again["output"]));
        foreach (var edition in new[] { "internal", "public" })
            foreach (var slug in Slugs)
                Assert.Equal(File.ReadAllBytes(Ofd(slug, edition)), File.ReadAllBytes(Path.Combine(again["output"], edition, "ofd", slug + ".ofd")));
    }

    [Fact]
    public void The_leak_scan_reads_a_name_split_over_text_objects_and_pages_and_in_the_docinfo()
    {
        using var dir = new TempDir();
        var redactor = new Redactor(new Registry([new RegistryEntry("王秀英", EntryKind.Person, [], null, ["internal"], new SourceSpan("r", 1, 1))], [], [], []),
            new Edition("public", "xxx"));
        const string ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        string Page(params string[] codes) => $"<ofd:Page {ns}><ofd:Content><ofd:Layer ID=\"9\">"
            + string.Concat(codes.Select((c, i) => $"<ofd:TextObject ID=\"{10 + i}\" Boundary=\"0 0 10 10\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"4\">{c}</ofd:TextCode></ofd:TextObject>"))
            + "</ofd:Layer></ofd:Content></ofd:Page>";
        void Write(string file, string author, params (string Path, string Xml)[] pages)
        {
            using var zip = ZipFile.Open(dir[file], ZipArchiveMode.Create);
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(xml);
            }
            Part("OFD.xml", $"<ofd:OFD {ns}><ofd:DocBody><ofd:DocInfo><ofd:Author>{author}</ofd:Author></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
            Part("Doc_0/Document.xml", $"<ofd:Document {ns}><ofd:Pages>{string.Concat(pages.Select((p, i) => $"<ofd:Page ID=\"{i + 1}\" BaseLoc=\"{p.Path}\"/>"))}</ofd:Pages></ofd:Document>");
            foreach (var (path, xml) in pages) Part("Doc_0/" + path, xml);
        }
        // 王 ends the first page, 秀英 begins the second, in another text object: only the text read on across pages has the name.
        Write("split.ofd", "办公室", ("Pages/Page_0/Content.xml", Page("主持人：王")), ("Pages/Page_1/Content.xml", Page("秀", "英同志")));
        Write("docinfo.ofd", "王秀英", ("Pages/Page_0/Content.xml", Page("通知")));
        var leaks = LeakScan.Scan(dir.Path, redactor, new Dictionary<string, IReadOnlyList<(int, string, bool)>>());
        Assert.Equal(2, leaks.Count);
        Assert.Contains(leaks, l => l.Message.Contains("in the text of split.ofd"));
        Assert.Contains(leaks, l => l.Message.Contains("in its part OFD.xml of docinfo.ofd"));
    }
}
