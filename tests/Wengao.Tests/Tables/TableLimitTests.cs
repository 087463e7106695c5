using Wengao.Diagnostics;
using Wengao.Tests.Support;

namespace Wengao.Tests.Tables;

/// <summary>A table too wide for the PDF's type area is refused at its line, with how to fix it; the same table twice builds the same bytes.</summary>
public sealed class TableLimitTests
{
    [Fact]
    public void A_table_of_16_columns_is_refused_at_its_line()
    {
        var header = "| " + string.Join(" | ", Enumerable.Range(1, 16).Select(i => $"{i}月")) + " |";
        var body = $"各月完成情况如下。\n\n{header}\n|{string.Concat(Enumerable.Repeat("---|", 16))}\n|{string.Concat(Enumerable.Repeat(" 5 |", 16))}\n";

        var error = Assert.Single(Assert.Throws<BuildFailedException>(() => new ScratchSpeech("各月完成情况", body).Dispose()).Errors);
        Assert.EndsWith("2024-03-01-scratch.md", error.Where.File);
        Assert.Equal(10, error.Where.Line); // 6 lines of front matter, a blank, the sentence, a blank: the header row
        Assert.Contains("16 columns", error.Message);
        Assert.Contains("at most 15 columns", error.Hint);
    }

    [Fact]
    public void The_same_table_builds_the_same_pdf()
    {
        var body = File.ReadAllText(AppendixTable.Source);
        body = body[(body.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        using var first = new ScratchSpeech("通报", body);
        using var second = new ScratchSpeech("通报", body);
        Assert.Equal(File.ReadAllBytes(first.Manuscript), File.ReadAllBytes(second.Manuscript));
    }
}
