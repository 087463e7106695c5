using System.Diagnostics;
using System.Text.Json;
using Wengao.Tests.Support;

namespace Wengao.Tests.Browser;

/// <summary>The Nu Html Checker (vnu-jar) over every page of the built site: no errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidityTests(BrowserSite site)
{
    /// <param name="build">the sample, or the sample with one row a page (every kind of paged list: index/2.html, topics/tags.html…)</param>
    [Theory]
    [InlineData("sample")]
    [InlineData("paged")]
    public async Task Every_page_is_valid_html(string build)
    {
        var root = build == "paged" ? site.Paged.Site : site.Sample.Site;
        // vnu silently skips a file whose name Java cannot encode (under a non-UTF-8 locale: tags/乡村振兴.html),
        // so it is given copies with ASCII names.
        var pages = Directory.GetFiles(root, "*.html", SearchOption.AllDirectories).Order().ToList();
        using var copies = new TempDir();
        for (var i = 0; i < pages.Count; i++) File.Copy(pages[i], copies[$"{i}.html"]);

        var start = new ProcessStartInfo(Tools.Java) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-jar", Tools.VnuJar, "--errors-only", "--format", "json",
                     .. Enumerable.Range(0, pages.Count).Select(i => copies[$"{i}.html"])])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync(); // vnu writes its JSON report to stderr
        await process.WaitForExitAsync();

        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray().Select(m =>
        {
            var page = pages[int.Parse(Path.GetFileNameWithoutExtension(m.GetProperty("url").GetString()!))];
            var line = m.TryGetProperty("lastLine", out var l) ? l.ToString() : "?";
            return $"{Path.GetRelativePath(root, page)}:{line}: {m.GetProperty("type")}: {m.GetProperty("message")}";
        }).ToList();
        Assert.True(messages.Count == 0, $"vnu found {messages.Count} errors in {pages.Count} pages:\n  " + string.Join("\n  ", messages));
        Assert.True(process.ExitCode == 0, $"vnu exited with {process.ExitCode}:\n{await stdout}\n{report}");
    }
}
