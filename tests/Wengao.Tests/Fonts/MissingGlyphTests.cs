using Wengao.Tests.Support;

namespace Wengao.Tests.Fonts;

/// <summary>
/// A character no font of the chains has (here 𱍊, U+3134A of CJK Extension G, which no installed face covers) cannot be
/// shown by the PDF: the build says so, naming the document and the character, instead of leaving a silent gap in a name.
/// </summary>
public sealed class MissingGlyphTests
{
    [Fact]
    public void The_build_warns_of_a_character_no_font_has_naming_the_document()
    {
        using var speech = new ScratchSpeech("测试", "同志们，今天请吉\U0003134A同志讲话。");

        var warning = Assert.Single(speech.Report.Notes, n => n.Contains("no font of the PDF has", StringComparison.Ordinal));
        Assert.Contains("2024-03-01-scratch.md: no font of the PDF has \U0003134A (U+3134A)", warning);
        Assert.StartsWith("warning: ", warning);
    }

    [Fact]
    public void A_text_every_font_covers_gets_no_such_warning()
    {
        using var speech = new ScratchSpeech("测试", "同志们，今天我们开会。");
        Assert.DoesNotContain(speech.Report.Notes, n => n.Contains("no font of the PDF has", StringComparison.Ordinal));
    }
}
