using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using TextRenderingMode = UglyToad.PdfPig.Core.TextRenderingMode;
using Wengao.Tests.Support;

namespace Wengao.Tests.Pdf;

/// <summary>GB/T 9704 conformance measured from the PDF itself, on speeches written to exercise each rule.</summary>
public sealed class TypesettingTests
{
    private const double Mm = PdfText.Mm;

    private static string Paragraphs(int count, int lines = 1) =>
        string.Join("\n\n", Enumerable.Range(0, count).Select(i => ScratchSpeech.Paragraph(lines, (char)('甲' + i))));

    [Fact]
    public void A_full_page_fills_the_type_area_with_22_lines_of_28_characters()
    {
        using var speech = new ScratchSpeech("测试", Paragraphs(4, lines: 12));
        var page2 = PdfText.Body(PdfText.Lines(speech.Manuscript)).Where(l => l.Page == 2).ToList();

        Assert.Equal(22, page2.Count);
        var full = page2.Where(l => l.Letters.Count == 28).ToList();
        Assert.NotEmpty(full);
        Assert.All(page2.Where(l => Math.Abs(l.Left - 28 * Mm) < Mm), l => Assert.Equal(28, l.Letters.Count));
        // The type area, within 1 mm: 156 mm wide from 28 mm, 225 mm tall from 37 mm below the top.
        Assert.Equal(28 * Mm, full.Min(l => l.Left), Mm);
        Assert.Equal(184 * Mm, full.Max(l => l.Right), Mm);
        var pageHeight = 297 * Mm;
        Assert.Equal(37 * Mm, pageHeight - page2[0].Letters.Max(l => l.BoundingBox.Top), Mm);
        Assert.Equal(262 * Mm, pageHeight - page2[^1].Letters.Min(l => l.BoundingBox.Bottom), Mm);
    }

    [Fact]
    public void Headings_of_each_level_are_set_in_their_role()
    {
        var body = string.Join("\n\n",
            "## 一、总体要求", ScratchSpeech.Paragraph(2),
            "### （一）工作目标", ScratchSpeech.Paragraph(2),
            "#### 1.基本原则", ScratchSpeech.Paragraph(2),
            "##### （1）具体措施", ScratchSpeech.Paragraph(2),
            "**二、主要任务。**段首标题之后正文接排在同一行。");
        using var speech = new ScratchSpeech("测试", body);
        var lines = PdfText.Body(PdfText.Lines(speech.Manuscript));
        PdfLine Line(string start) => lines.Single(l => l.Text.StartsWith(start, StringComparison.Ordinal));

        Assert.All(Line("一、").Letters, l => Assert.Contains("WenQuanYi", l.FontName));
        Assert.All(Line("（一）").Letters, l => Assert.Contains("Kaiti", l.FontName));
        Assert.All(Line("1.").Letters, l => Assert.Equal(TextRenderingMode.FillThenStroke, l.RenderingMode));
        Assert.All(Line("（1）").Letters, l => Assert.Equal(TextRenderingMode.Fill, l.RenderingMode));
        Assert.All(Line("（1）").Letters, l => Assert.Contains("Sungti", l.FontName));
        // All on the body size, and a run-in heading is followed by its text on the same line.
        Assert.All(lines.Where(l => l.Page == 1).Skip(1).SelectMany(l => l.Letters), l => Assert.Equal(16, l.PointSize, 0.5));
        var runIn = Line("二、");
        Assert.Contains("正文接排", runIn.Text);
        Assert.Contains(runIn.Letters, l => l.FontName!.Contains("WenQuanYi") && l.Value == "务");
        Assert.Contains(runIn.Letters, l => l.FontName!.Contains("Sungti") && l.Value == "正");
    }

    /// <summary>
    /// The one heading-level rule: without a marker, a heading's level is its `#`s less one (`##` is level 1, as
    /// `wengao import` writes 一、); with one, the marker's, whatever the `#`s. The PDF and the page agree.
    /// </summary>
    [Fact]
    public void Headings_without_markers_take_their_level_from_their_hashes_in_pdf_and_page()
    {
        var body = string.Join("\n\n",
            "## 总体要求", ScratchSpeech.Paragraph(1),
            "### 工作目标", ScratchSpeech.Paragraph(1),
            "#### 二、主要任务", ScratchSpeech.Paragraph(1));
        using var speech = new ScratchSpeech("测试", body);
        var lines = PdfText.Body(PdfText.Lines(speech.Manuscript));
        PdfLine Line(string text) => lines.Single(l => l.Text == text);
        Assert.All(Line("总体要求").Letters, l => Assert.Contains("WenQuanYi", l.FontName));   // level 1: 黑体
        Assert.All(Line("工作目标").Letters, l => Assert.Contains("Kaiti", l.FontName));       // level 2: 楷体
        Assert.All(Line("二、主要任务").Letters, l => Assert.Contains("WenQuanYi", l.FontName)); // its marker: level 1

        var page = Html.Load(speech.Page);
        string ClassOf(string text) => page.Descendants().Single(e => e.Name.LocalName is "h2" or "h3" or "h4" && e.Text() == text).Attribute("class")!.Value;
        Assert.Equal("level-1", ClassOf("总体要求"));
        Assert.Equal("level-2", ClassOf("工作目标"));
        Assert.Equal("level-1", ClassOf("二、主要任务"));
    }

    [Fact]
    public void A_long_title_breaks_into_balanced_lines_keeping_words_whole()
    {
        const string title = "关于进一步做好xxx赴xxx帮扶工作队挂职干部日常管理和服务保障工作的实施意见";
        using var speech = new ScratchSpeech(title, ScratchSpeech.Paragraph(1));
        var titleLines = PdfText.Lines(speech.Manuscript).Where(l => l.Letters[0].PointSize > 20).ToList();

        Assert.Equal(2, titleLines.Count);
        Assert.Equal(title, string.Concat(titleLines.Select(l => l.Text)));
        Assert.Contains(titleLines, l => l.Text.Contains("帮扶工作队"));
        var widths = titleLines.Select(l => l.Right - l.Left).ToList();
        Assert.True(Math.Abs(widths[0] - widths[1]) <= 4 * 22, $"unbalanced title lines: {string.Join(" / ", titleLines.Select(l => l.Text))}");
        // Centred.
        Assert.All(titleLines, l => Assert.Equal(105 * Mm, (l.Left + l.Right) / 2, 1.5 * Mm));
    }

    [Fact]
    public void A_heading_never_ends_a_page()
    {
        // The front takes 6 grid lines (4 of text); 15 one-line paragraphs fill lines 7–21; the heading would fall on line 22.
        using var speech = new ScratchSpeech("测试", Paragraphs(15) + "\n\n## 二、下一部分\n\n" + Paragraphs(2, lines: 2));
        var lines = PdfText.Body(PdfText.Lines(speech.Manuscript));

        var heading = lines.Single(l => l.Text == "二、下一部分");
        Assert.Equal(2, heading.Page);
        Assert.Equal(4 + 15, lines.Count(l => l.Page == 1));
    }

    [Fact]
    public void A_heading_goes_with_a_table_whose_header_and_first_row_do_not_fit_under_it()
    {
        // The front takes lines 1–6, a 12-line paragraph lines 7–18, the heading would stand on line 19; the table's two
        // header rows and its first row (two lines) take four lines together and are kept whole: only three are left.
        var table = "| 项目 | 数量 |\n| --- | --- |\n| 甲 | 乙 |\n|---|---|\n| " + new string('长', 30) + " | 1 |\n| 短 | 2 |";
        using var speech = new ScratchSpeech("测试", ScratchSpeech.Paragraph(12) + "\n\n## 二、项目表\n\n" + table);
        var lines = PdfText.Body(PdfText.Lines(speech.Manuscript));

        Assert.Equal(2, lines.Single(l => l.Text == "二、项目表").Page);
        Assert.Equal(2, lines.First(l => l.Text.StartsWith("项目", StringComparison.Ordinal)).Page);
        Assert.Equal(4 + 12, lines.Count(l => l.Page == 1));
    }

    [Fact]
    public void A_paragraph_never_leaves_its_last_line_alone_at_the_top_of_a_page()
    {
        // 14 one-line paragraphs fill lines 7–20; a 3-line paragraph would leave its last line alone on page 2.
        using var speech = new ScratchSpeech("测试", Paragraphs(14) + "\n\n" + ScratchSpeech.Paragraph(3, '乙') + "\n\n" + Paragraphs(2));
        var lines = PdfText.Body(PdfText.Lines(speech.Manuscript));
        var page2 = lines.Where(l => l.Page == 2).ToList();

        Assert.Equal(4 + 14 + 1, lines.Count(l => l.Page == 1));
        Assert.True(page2[0].Left < 28 * Mm + 1 && page2[1].Left < 28 * Mm + 1, "page 2 opens with two continuation lines");
        Assert.True(page2[2].Left > 28 * Mm + 20, "then a new paragraph");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void No_figure_or_forbidden_punctuation_breaks_across_lines_in_the_seed(bool readingCopy)
    {
        using var sample = new SampleBuild();
        var lines = PdfText.Body(PdfText.Lines(readingCopy ? sample.ReadingPdf : sample.SpeechPdf));
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (end, start) = (lines[i].Text, lines[i + 1].Text);
            Assert.False(Regex.IsMatch(end[^1] + "|" + start[0], @"\d\|[\d.%万亿元年名个亩]|\.\|\d"), $"figure split: …{end[^3..]} / {start[..3]}…");
            Assert.DoesNotContain(start[0], "，。、；：？！）》」』”,.;:?!)%");
            Assert.DoesNotContain(end[^1], "（《「『“(");
        }
    }

    [Fact]
    public void Page_numbers_stand_7_mm_below_the_type_area_one_character_in()
    {
        using var speech = new ScratchSpeech("测试", Paragraphs(4, lines: 12));
        var folios = PdfText.Folios(PdfText.Lines(speech.Manuscript));
        Assert.Equal(3, folios.Count);
        var typeAreaBottom = 35 * Mm; // from the bottom of the page
        foreach (var folio in folios)
        {
            var below = typeAreaBottom - folio.Baseline;
            Assert.InRange(below, 7 * Mm, 7 * Mm + 14);
            if (folio.Page % 2 == 1) Assert.Equal(184 * Mm - 14, folio.Right, 1 * Mm);
            else Assert.Equal(28 * Mm + 14, folio.Left, 1 * Mm);
        }
    }

    [Fact]
    public void The_reading_copy_is_large_print_with_growing_speaking_times_in_the_margin()
    {
        using var sample = new SampleBuild();
        var lines = PdfText.Lines(sample.ReadingPdf);
        var body = PdfText.Body(lines);
        Assert.All(body.Skip(2).SelectMany(l => l.Letters).Where(l => l.Value.Length == 1 && l.Value[0] > 0x4E00),
            l => Assert.Equal(22, l.PointSize, 0.5));

        var marks = PdfText.Margin(lines).Select(l => Regex.Match(l.Text, @"^约(\d+(?:\.5)?)分钟$")).ToList();
        Assert.True(marks.Count >= 5, "speaking-time marks in the margin");
        Assert.All(marks, m => Assert.True(m.Success));
        var minutes = marks.Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(minutes.Order(), minutes);
        Assert.Equal(minutes.Count, minutes.Distinct().Count());
        // The last mark is the whole speech's time at the site's rate.
        var total = Seed.Paragraphs.Sum(p => Wengao.Text.ChineseText.CountCharacters(p)) / 180.0;
        Assert.Equal(total, minutes[^1], 0.5);
    }

    [Fact]
    public void The_manuscript_has_an_outline_of_its_headings()
    {
        using var sample = new SampleBuild();
        using var document = PdfDocument.Open(sample.SpeechPdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var top = bookmarks.Roots.Select(b => b.Title).ToList();
        Assert.Equal(["一是\"三个\"非常感谢。", "二是成效突出。", "三是三点建议。"], top);
        Assert.Equal(["首先", "其次", "第三"], bookmarks.Roots[0].Children.Select(b => b.Title[..2]));
    }

    [Fact]
    public void The_manuscript_is_tagged_marked_pdfa_and_shows_its_title()
    {
        using var sample = new SampleBuild();
        using var document = PdfDocument.Open(sample.SpeechPdf);
        var catalog = document.Structure.Catalog.CatalogDictionary.Data;
        Assert.Contains("StructTreeRoot", catalog.Keys);
        Assert.Contains("MarkInfo", catalog.Keys);
        Assert.Contains("OutputIntents", catalog.Keys);
        Assert.Contains("zh-CN", catalog["Lang"].ToString());
        var viewer = document.Structure.GetObject(((UglyToad.PdfPig.Tokens.IndirectReferenceToken)catalog["ViewerPreferences"]).Data);
        Assert.Equal("<DisplayDocTitle, True>", viewer.Data.ToString());
        var xmp = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(sample.SpeechPdf));
        Assert.Contains("<pdfaid:part>1</pdfaid:part>", xmp);
    }

    [Fact]
    public void Links_to_headings_and_to_the_web_are_clickable()
    {
        var body = string.Join("\n\n", ScratchSpeech.Paragraph(1), "详见[下一部分](#二下一部分)和[中国政府网](https://www.gov.cn)。",
            Paragraphs(24), "## 二、下一部分", ScratchSpeech.Paragraph(1));
        using var speech = new ScratchSpeech("测试", body);
        using var document = PdfDocument.Open(speech.Manuscript);
        var heading = PdfText.Body(PdfText.Lines(speech.Manuscript)).Single(l => l.Text == "二、下一部分");
        Assert.True(heading.Page > 1);

        var links = document.GetPage(1).GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.Equal(2, links.Count);
        var internalLink = links.Single(a => a.Action is UglyToad.PdfPig.Actions.GoToAction);
        Assert.Equal(heading.Page, ((UglyToad.PdfPig.Actions.GoToAction)internalLink.Action!).Destination.PageNumber);
        var web = links.Single(a => a.Action is UglyToad.PdfPig.Actions.UriAction);
        Assert.Equal("https://www.gov.cn", ((UglyToad.PdfPig.Actions.UriAction)web.Action!).Uri);
        // The link's area covers its text.
        var linked = PdfText.Lines(speech.Manuscript).First(l => l.Text.Contains("下一部分和"));
        var first = linked.Letters.First(l => l.Value == "下");
        Assert.True(internalLink.Rectangle.Left <= first.BoundingBox.Left + 1 && internalLink.Rectangle.Right >= first.BoundingBox.Right - 1);
    }
}
