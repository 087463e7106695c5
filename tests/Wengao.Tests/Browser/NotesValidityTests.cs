using System.Diagnostics;
using System.Text.Json;
using Wengao.Tests.Support;

namespace Wengao.Tests.Browser;

/// <summary>The Nu Html Checker (vnu-jar) over a page with notes (注释): references, the notes' section and its links, no errors.</summary>
public sealed class NotesValidityTests
{
    [Fact]
    public async Task A_page_with_notes_is_valid_html()
    {
        using var speech = new ScratchSpeech("测试", """
            全年新增“四上”企业[^1]312家，“四上”企业[^1]总数突破3000家，深入实施“链长制”[^2]。

            [^1]: “四上”企业：指规模以上工业企业等四类企业。
            [^2]: “链长制”：由市级领导担任“链长”的工作机制。

                链长统筹推进产业链招商。
            """);
        using var copy = new TempDir();
        File.Copy(speech.Page, copy["notes.html"]);

        var start = new ProcessStartInfo(Tools.Java) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", Tools.VnuJar, "--errors-only", "--format", "json", copy["notes.html"] }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync(); // vnu writes its JSON report to stderr
        await process.WaitForExitAsync();

        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{(m.TryGetProperty("lastLine", out var l) ? l.ToString() : "?")}: {m.GetProperty("message")}").ToList();
        Assert.True(messages.Count == 0, "vnu: " + string.Join("\n  ", messages));
        Assert.True(process.ExitCode == 0, $"vnu exited with {process.ExitCode}:\n{await stdout}\n{report}");
    }
}
