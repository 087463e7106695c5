using UglyToad.PdfPig;
using Wengao.Tests.Safety;
using Wengao.Tests.Support;

namespace Wengao.Tests.PdfLayout;

/// <summary>What a template inserts is escaped into the markup: a title with &lt; and &amp; is printed as written, not read as markup.</summary>
public sealed class EscapingTests : IDisposable
{
    private const string Title = "关于<A>&B的讲话";
    private readonly SafetySite _site = new SafetySite()
        .Write("content/speeches/2024-03-01-jianghua.md", $"---\ntitle: '{Title}'\nspeaker: 张三&李四\ndate: 2024-03-01\nsalutation: <同志们>：\ntags: [\"<标签>&B\"]\n---\n\n同志们好。\n");

    [Theory]
    [InlineData("jianghua.pdf")]
    [InlineData("jianghua-reading.pdf")]
    public void A_title_speaker_and_salutation_with_markup_characters_are_printed_as_written(string pdf)
    {
        _site.Build();

        var lines = PdfText.Body(PdfText.Lines(_site[$"output/pdf/{pdf}"])).Select(l => l.Text).ToList();
        Assert.Equal([Title, "张三&李四", "（2024年3月1日）", "<同志们>：", "同志们好。"], lines);
        using var document = PdfDocument.Open(_site[$"output/pdf/{pdf}"]);
        Assert.Equal(Title, document.Information.Title);
    }

    [Theory]
    [InlineData("jianghua.pdf")]
    [InlineData("jianghua-reading.pdf")]
    public void The_xmp_packet_is_well_formed_xml_with_the_title_speaker_and_tags_as_written(string pdf)
    {
        _site.Build();

        using var document = PdfDocument.Open(_site[$"output/pdf/{pdf}"]);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        var xml = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()));
        System.Xml.Linq.XNamespace dc = "http://purl.org/dc/elements/1.1/", pdfNs = "http://ns.adobe.com/pdf/1.3/";
        Assert.Equal(Title, xml.Descendants(dc + "title").Single().Value);
        Assert.Equal("张三&李四", xml.Descendants(dc + "creator").Single().Value);
        Assert.Equal("<标签>&B", xml.Descendants(pdfNs + "Keywords").Single().Value);
        // poppler reads the file with the packet spliced in: its cross-reference offsets still hold.
        var info = ChildProcess.Run("pdfinfo", ["-meta", _site[$"output/pdf/{pdf}"]]);
        Assert.Equal((0, ""), (info.Exit, info.Err));
        Assert.Contains("关于&lt;A&gt;&amp;B的讲话", info.Out);
    }

    public void Dispose() => _site.Dispose();
}
