using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using Wengao.Tests.Support;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Wengao.Tests.OfficeRenderer;

/// <summary>The test renderer of .docx files: LibreOffice's PDF of a .docx made here in code, read back with PdfPig.</summary>
public sealed class LibreOfficeTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A .docx of one paragraph a line, each in 3号 (16 pt) and the East Asian face it names.</summary>
    private string Docx(string name, params (string Face, string Text)[] lines)
    {
        var path = _dir[name];
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        document.AddMainDocumentPart().Document = new Document(new Body(lines.Select(line => new Paragraph(new Run(
            new RunProperties(new RunFonts { EastAsia = line.Face }, new FontSize { Val = "32" }),
            new WordText(line.Text))))));
        return path;
    }

    private static List<(string Text, string Font)> Lines(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.Letters)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key)
            .Select(g => (string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)), string.Join(",", g.Select(l => l.FontName).Distinct())))
            .ToList();
    }

    [Fact]
    public void A_paragraph_of_chinese_text_comes_back_from_the_pdf()
    {
        var pdf = LibreOffice.ToPdf(Docx("speech.docx", ("仿宋_GB2312", "同志们：今年全县帮扶资金到位5388万元。")));
        Assert.Equal(["同志们：今年全县帮扶资金到位5388万元。"], Lines(pdf).Select(l => l.Text));
    }

    [Fact]
    public void Each_windows_face_is_set_in_the_debian_face_the_build_uses_for_its_role()
    {
        // Without tests/fixtures/libreoffice/fonts.conf every one of these comes out in WenQuanYi Zen Hei.
        (string Face, string PostScript)[] faces =
        [
            ("仿宋_GB2312", "BousungEG-Light-GB"), ("仿宋", "BousungEG-Light-GB"), ("方正小标宋简体", "BousungEG-Light-GB"), // AR PL SungtiL GB
            ("黑体", "WenQuanYiZenHei"),
            ("楷体_GB2312", "GBZenKai-Medium"), ("楷体", "GBZenKai-Medium"), // AR PL KaitiM GB
        ];
        var pdf = LibreOffice.ToPdf(Docx("faces.docx", [.. faces.Select(f => (f.Face, "一、总体要求"))]));
        var fonts = Lines(pdf).Select(l => l.Font).ToList();
        Assert.Equal(faces.Length, fonts.Count);
        for (var i = 0; i < faces.Length; i++)
            Assert.True(fonts[i].EndsWith("+" + faces[i].PostScript, StringComparison.Ordinal), $"{faces[i].Face}: {fonts[i]}");
    }

    [Fact]
    public void The_same_content_is_rendered_once_whatever_the_file_is_called()
    {
        var first = LibreOffice.ToPdf(Docx("a.docx", ("黑体", "二、主要措施")));
        File.Copy(_dir["a.docx"], _dir["b.docx"]);
        var second = LibreOffice.ToPdf(_dir["b.docx"]);
        var other = LibreOffice.ToPdf(Docx("c.docx", ("黑体", "三、工作要求")));
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }
}
