using Wengao.Tests.Safety;

namespace Wengao.Tests.Notes;

/// <summary>A speech with notes builds to the same bytes every time: its page and both PDFs, links both ways included.</summary>
public sealed class NotesDeterminismTests
{
    private const string Body = """
        全年新增“四上”企业[^1]312家，深入实施“链长制”[^2]，“四上”企业[^1]总数突破3000家。

        [^1]: “四上”企业：指规模以上工业企业等四类企业。
        [^2]: “链长制”：由市级领导担任“链长”的工作机制。
        """;

    [Fact]
    public void Two_builds_of_a_speech_with_notes_give_the_same_bytes()
    {
        using var first = new SafetySite();
        using var second = new SafetySite();
        first.Speech("notes", Body).Build();
        second.Speech("notes", Body).Build();

        foreach (var file in new[] { "pdf/notes.pdf", "pdf/notes-reading.pdf", "site/speeches/notes.html" })
            Assert.Equal(File.ReadAllBytes(first[$"output/{file}"]), File.ReadAllBytes(second[$"output/{file}"]));
        Assert.Contains("href=\"#fn:1\"", File.ReadAllText(first["output/site/speeches/notes.html"]));
    }
}
