using UglyToad.PdfPig;
using Wengao.Tests.Safety;
using Wengao.Tests.Support;

namespace Wengao.Tests.PdfLayout;

/// <summary>What a template inserts is escaped into the markup: a title with &lt; and &amp; is printed as written, not read as markup.</summary>
public sealed class EscapingTests : IDisposable
{
    private const string Title = "关于<A>&B的讲话";
    private readonly SafetySite _site = new SafetySite()
        .Write("content/speeches/2024-03-01-jianghua.md", $"---\ntitle: '{Title}'\nspeaker: 张三&李四\ndate: 2024-03-01\nsalutation: <同志们>：\n---\n\n同志们好。\n");

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

    public void Dispose() => _site.Dispose();
}
