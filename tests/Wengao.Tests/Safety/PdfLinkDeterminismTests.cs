using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Tokens;

namespace Wengao.Tests.Safety;

/// <summary>PDFs with links are byte-identical build after build (issue 14, point 7): no random /NM, no clock in /M.</summary>
public sealed class PdfLinkDeterminismTests
{
    private const string Body = """
        ## 一、总体要求

        详见[网站](https://example.org/wengao)和[本文第一部分](#一总体要求)。
        """;

    [Fact]
    public void Two_builds_of_a_speech_with_a_web_and_an_internal_link_give_the_same_bytes()
    {
        using var first = new SafetySite();
        using var second = new SafetySite();
        first.Speech("links", Body).Build();
        second.Speech("links", Body).Build();
        foreach (var pdf in new[] { "links.pdf", "links-reading.pdf" })
            Assert.Equal(File.ReadAllBytes(first[$"output/pdf/{pdf}"]), File.ReadAllBytes(second[$"output/pdf/{pdf}"]));

        using var document = PdfDocument.Open(first["output/pdf/links.pdf"]);
        var annotations = document.GetPages().SelectMany(p => p.GetAnnotations()).ToList();
        Assert.Contains(annotations, a => a.Action is UriAction { Uri: "https://example.org/wengao" });
        Assert.Contains(annotations, a => a.Action is GoToAction);
        // The keys that made builds differ are gone, not only equal by luck within one second.
        Assert.All(annotations, a =>
        {
            Assert.False(a.AnnotationDictionary.ContainsKey(NameToken.Nm), "/NM (a random id) in a link annotation");
            Assert.False(a.AnnotationDictionary.ContainsKey(NameToken.M), "/M (the time of the build) in a link annotation");
        });
    }
}
