using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Wengao.Model;
using Wengao.Pipeline;
using Wengao.Redact;
using Wengao.Tests.Support;

namespace Wengao.Tests.Docx;

/// <summary>
/// The .docx of each sample document (issue 19), read as Word reads it: a valid package, the styles named for their
/// roles with the Windows faces' names in w:eastAsia, the GB/T 9704 page and grid, the structure in styles, redaction
/// held in the public edition, the same bytes from two builds.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class DocxPackageTests(SampleBuild sample)
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly string[] Slugs = ["bangfu-gongzuodui-zuotanhui", "bangfu-zuotanhui-jianbao", "bangfu-yinian-baogao", "zuotanhui-tongzhi"];

    private string Docx(string slug, string edition = "internal") => Path.Combine(sample.Output, edition, "docx", slug + ".docx");

    private static XDocument Part(string docx, string part)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var stream = zip.GetEntry(part)!.Open();
        return XDocument.Load(stream);
    }

    [Fact]
    public void Every_sample_document_has_a_docx_in_each_edition_and_its_page_links_it()
    {
        foreach (var edition in new[] { "internal", "public" })
            foreach (var slug in Slugs)
            {
                Assert.True(File.Exists(Docx(slug, edition)), $"{edition}/docx/{slug}.docx");
                Assert.Equal(File.ReadAllBytes(Docx(slug, edition)), File.ReadAllBytes(Path.Combine(sample.Output, edition, "site", "docx", slug + ".docx")));
            }
        var page = Directory.GetFiles(sample.Site, "*.html", SearchOption.AllDirectories).Single(p => Path.GetFileName(p) == Slugs[2] + ".html");
        var links = Html.Load(page).Descendants("a").Select(a => (string?)a.Attribute("href") ?? "").Where(h => h.EndsWith(".docx")).ToList();
        Assert.Equal(["../docx/bangfu-yinian-baogao.docx"], links);
    }

    [Fact]
    public void Each_package_is_valid_wordprocessingml()
    {
        foreach (var slug in Slugs)
        {
            using var document = WordprocessingDocument.Open(Docx(slug), isEditable: false);
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{slug}: {string.Join("\n", errors.Take(10))}");
        }
    }

    [Theory]
    [InlineData("Normal", "仿宋_GB2312")] // Word's own default style, which Chinese Word and WPS show as 正文
    [InlineData("标题", "方正小标宋简体")]
    [InlineData("一级标题", "黑体")]
    [InlineData("二级标题", "楷体_GB2312")]
    [InlineData("三级标题", "仿宋_GB2312")]
    [InlineData("四级标题", "仿宋_GB2312")]
    [InlineData("署名", "仿宋_GB2312")]
    [InlineData("成文日期", "仿宋_GB2312")]
    [InlineData("附件说明", "仿宋_GB2312")]
    [InlineData("版记", "仿宋_GB2312")]
    public void A_role_has_a_style_of_its_name_in_the_windows_face(string name, string eastAsia)
    {
        var styles = Part(Docx(Slugs[2]), "word/styles.xml");
        var style = styles.Descendants(W + "style").Single(s => (string?)s.Element(W + "name")?.Attribute(W + "val") == name);
        Assert.Equal("paragraph", (string?)style.Attribute(W + "type"));
        var fonts = style.Element(W + "rPr")?.Element(W + "rFonts");
        Assert.Equal(eastAsia, (string?)fonts?.Attribute(W + "eastAsia"));
    }

    [Fact]
    public void Body_first_lines_are_indented_two_characters_level_three_is_bold_and_headings_have_outline_levels()
    {
        var styles = Part(Docx(Slugs[2]), "word/styles.xml").Descendants(W + "style").ToDictionary(s => (string)s.Element(W + "name")!.Attribute(W + "val")!);
        Assert.Equal("1", (string?)styles["Normal"].Attribute(W + "default") is "1" or "true" ? "1" : "0");
        Assert.Equal("200", (string?)styles["Normal"].Element(W + "pPr")!.Element(W + "ind")!.Attribute(W + "firstLineChars"));
        Assert.Equal("32", (string?)styles["Normal"].Element(W + "rPr")!.Element(W + "sz")!.Attribute(W + "val")); // 三号 16 pt
        Assert.Equal("44", (string?)styles["标题"].Element(W + "rPr")!.Element(W + "sz")!.Attribute(W + "val")); // 二号 22 pt
        Assert.Equal("center", (string?)styles["标题"].Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val"));
        Assert.NotNull(styles["三级标题"].Element(W + "rPr")!.Element(W + "b"));
        Assert.Null(styles["四级标题"].Element(W + "rPr")!.Element(W + "b"));
        Assert.Equal(["0", "1", "2", "3"], new[] { "一级标题", "二级标题", "三级标题", "四级标题" }
            .Select(n => (string?)styles[n].Element(W + "pPr")!.Element(W + "outlineLvl")!.Attribute(W + "val")));
        var fonts = Part(Docx(Slugs[2]), "word/fontTable.xml").Descendants(W + "font").ToDictionary(f => (string)f.Attribute(W + "name")!, f => (string?)f.Element(W + "altName")?.Attribute(W + "val"));
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);
        Assert.Equal("楷体", fonts["楷体_GB2312"]);
    }

    [Fact]
    public void The_page_is_a4_with_the_type_area_at_37_and_28_mm_and_a_grid_of_22_lines_of_28_characters()
    {
        var section = Part(Docx(Slugs[0]), "word/document.xml").Descendants(W + "sectPr").Single();
        int Twips(string element, string attribute) => int.Parse((string)section.Element(W + element)!.Attribute(W + attribute)!);
        Assert.Equal((11906, 16838), (Twips("pgSz", "w"), Twips("pgSz", "h"))); // 210 × 297 mm
        Assert.Equal(1587, Twips("pgMar", "left")); // 28 mm
        Assert.Equal(8845, 11906 - Twips("pgMar", "left") - Twips("pgMar", "right")); // 156 mm
        var grid = section.Element(W + "docGrid")!;
        Assert.Equal("linesAndChars", (string?)grid.Attribute(W + "type"));
        var pitch = int.Parse((string)grid.Attribute(W + "linePitch")!);
        Assert.InRange(pitch, 592 - 1, 592 + 1); // (225 mm − 16 pt) / 21: the first line's em box at 37 mm, the 22nd's foot at 262 mm
        // The margin box holds exactly 22 lines; it starts above 37 mm by less than a line (where the first line's em box
        // stands in its line; the geometry tests measure it) and ends at the type area's foot, 35 mm from the page's.
        Assert.Equal(22 * pitch, 16838 - Twips("pgMar", "top") - Twips("pgMar", "bottom"));
        Assert.InRange(Twips("pgMar", "top"), 2098 - pitch, 2098);
        Assert.InRange(Twips("pgMar", "bottom"), 1984 - pitch, 1984);
        // Characters: the 16 pt body plus charSpace/4096 pt, 28 to the 442.2 pt line.
        var chars = 16 + int.Parse((string)grid.Attribute(W + "charSpace")!) / 4096.0;
        Assert.Equal(28, (int)Math.Floor(8845 / 20.0 / chars + 1e-6));
        // Odd and even pages have their own footers: the number at the right on odd pages, at the left on even ones.
        Assert.Equal(["default", "even"], section.Elements(W + "footerReference").Select(f => (string)f.Attribute(W + "type")!));
        Assert.NotNull(Part(Docx(Slugs[0]), "word/settings.xml").Descendants(W + "evenAndOddHeaders").SingleOrDefault());
    }

    [Fact]
    public void The_structure_is_in_the_styles_headings_by_level_and_run_in_headings_as_character_styles()
    {
        var report = Part(Docx(Slugs[2]), "word/document.xml");
        string? Style(string start) => report.Descendants(W + "p").Where(p => Text(p).StartsWith(start, StringComparison.Ordinal))
            .Select(p => (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")).First();
        Assert.Equal("Heading1", Style("一、主要工作及成效"));
        Assert.Equal("Heading2", Style("（一）帮扶资金足额到位"));
        Assert.Equal("Heading3", Style("1.选派挂职干部"));
        Assert.Equal("Heading4", Style("（1）规划建设"));
        Assert.Equal("Title", Style("中共xxx县委关于"));
        Assert.Equal("Addressee", Style("中共xxx市委："));
        Assert.Contains("Signature", Styles(report, "中共xxx县委员会"));
        Assert.Contains("SignedDate", Styles(report, "2022年7月20日"));
        Assert.Contains("Imprint", Styles(report, "抄送："));

        var speech = Part(Docx(Slugs[0]), "word/document.xml");
        var runIn = speech.Descendants(W + "r").Where(r => (string?)r.Element(W + "rPr")?.Element(W + "rStyle")?.Attribute(W + "val") is "RunIn1" or "RunIn2")
            .Select(r => ((string)r.Element(W + "rPr")!.Element(W + "rStyle")!.Attribute(W + "val")!, Text(r))).ToList();
        Assert.Contains(("RunIn1", "一是\"三个\"非常感谢。"), runIn);
        Assert.Contains(("RunIn2", "首先非常感谢的是xxx市委市政府。"), runIn);
        Assert.Contains(("RunIn2", "关于xx乡村振兴示范区。"), runIn);
    }

    private static IEnumerable<string> Styles(XDocument document, string start) =>
        document.Descendants(W + "p").Where(p => Text(p).StartsWith(start, StringComparison.Ordinal))
            .Select(p => (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") ?? "");

    private static string Text(XElement element) => string.Concat(element.Descendants(W + "t").Select(t => t.Value));

    [Fact]
    public void A_table_is_a_word_table_with_its_header_row_repeated()
    {
        var report = Part(Docx(Slugs[2]), "word/document.xml");
        var table = report.Descendants(W + "tbl").Single(t => t.Descendants(W + "t").Any(x => x.Value == "5388万元"));
        var rows = table.Elements(W + "tr").ToList();
        Assert.NotNull(rows[0].Element(W + "trPr")?.Element(W + "tblHeader"));
        Assert.Null(rows[1].Element(W + "trPr")?.Element(W + "tblHeader"));
        Assert.Equal(["类别", "指标", "数值"], rows[0].Elements(W + "tc").Select(Text));
        Assert.Equal(["资金", "已到位帮扶资金", "5388万元"], rows[2].Elements(W + "tc").Select(Text));
    }

    [Fact]
    public void The_public_edition_docx_names_no_one_the_registry_hides_anywhere_in_the_package()
    {
        string[] hidden = ["王志刚", "赵静", "李建勤", "廖雪扬", "张苇", "杜海燕"];
        foreach (var slug in Slugs)
        {
            using var zip = ZipFile.OpenRead(Docx(slug, "public"));
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var xml = reader.ReadToEnd();
                // Read as Word reads it: the text of the runs joined, so a name split over runs is seen whole.
                var text = entry.FullName.EndsWith(".xml") && xml.Contains("<w:") ? string.Concat(XDocument.Parse(xml).Descendants(W + "t").Select(t => t.Value)) : xml;
                foreach (var name in hidden)
                {
                    Assert.DoesNotContain(name, text);
                    Assert.DoesNotContain(name, xml);
                    Assert.DoesNotContain(name, entry.FullName);
                }
            }
        }
        // The internal edition shows them: the test reads what it should.
        using var internalZip = ZipFile.OpenRead(Docx(Slugs[2]));
        using var document = new StreamReader(internalZip.GetEntry("word/document.xml")!.Open());
        Assert.Contains("王志刚", document.ReadToEnd());
    }

    [Fact]
    public void Two_builds_of_the_same_sources_give_the_same_bytes()
    {
        var files = sample.BothBuilds("docx").ToList();
        Assert.Equal(Slugs.Length * 2, files.Count);
        Assert.All(files, f => Assert.True(f.First.AsSpan().SequenceEqual(f.Again), $"{f.File} differs between two builds"));
    }

    [Fact]
    public void The_leak_scan_reads_a_name_split_over_runs_and_in_the_core_properties()
    {
        using var dir = new TempDir();
        var redactor = new Redactor(new Registry([new RegistryEntry("王秀英", EntryKind.Person, [], null, ["internal"], new SourceSpan("r", 1, 1))], [], [], []),
            new Edition("public", "xxx"));
        var path = dir["a.docx"];
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            void Write(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(xml);
            }
            Write("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>主持人：王</w:t></w:r><w:r><w:t>秀</w:t></w:r><w:r><w:t>英</w:t></w:r></w:p></w:body></w:document>");
            Write("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\"><dc:creator>王秀英</dc:creator></cp:coreProperties>");
        }
        var leaks = LeakScan.Scan(dir.Path, redactor, new Dictionary<string, IReadOnlyList<(int, string, bool)>>());
        Assert.Equal(2, leaks.Count);
        Assert.Contains(leaks, l => l.Message.Contains("word/document.xml"));
        Assert.Contains(leaks, l => l.Message.Contains("docProps/core.xml"));
    }
}
