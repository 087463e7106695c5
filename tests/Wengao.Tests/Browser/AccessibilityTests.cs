using System.Text;
using System.Text.Json;

namespace Wengao.Tests.Browser;

/// <summary>axe-core run in Chromium on each kind of page: no violation of WCAG 2.0/2.1 A and AA.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private const string Run = """
        () => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary.replace(/\s+/g, ' ')) })))
        """;

    public static TheoryData<string> Pages => [.. SitePages.Kinds, .. SitePages.Paged];

    private string PathOf(string kind) => SitePages.PathOf(site, kind);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_accessibility_violations(string kind)
    {
        var (page, requests) = await site.NewPageAsync();
        var response = await page.GotoAsync(SitePages.UrlOf(site, kind));
        Assert.Equal(kind.StartsWith("404", StringComparison.Ordinal) ? 404 : 200, response!.Status); // a page under test, not the 404 page in its place
        await page.AddScriptTagAsync(new() { Path = Tools.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(Run);

        var report = new StringBuilder();
        foreach (var v in violations.EnumerateArray())
        {
            report.Append($"\n{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")}");
            foreach (var node in v.GetProperty("nodes").EnumerateArray()) report.Append($"\n    {node}");
        }
        Assert.True(report.Length == 0, $"axe-core found violations on {PathOf(kind)}:{report}");
        site.AssertAllLocal(requests);
    }
}
