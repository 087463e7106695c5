using Microsoft.Playwright;
using Wengao.Tests.Support;

namespace Wengao.Tests.Browser;

/// <summary>A reader's way through the served site in Chromium: home, speech, PDF, search — and nothing fetched from elsewhere.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserSite site)
{
    [Fact]
    public async Task The_home_page_leads_to_the_speech_and_its_pdf()
    {
        var (page, requests) = await site.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        await page.GetByRole(AriaRole.Link, new() { Name = Seed.Title, Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(site.Url($"speeches/{site.Sample.SpeechSlug}.html"));
        Assert.Equal(Seed.Title, await page.Locator("h1").InnerTextAsync());

        var pdf = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "讲话稿（PDF）" }).ClickAsync(),
            response => response.Url.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        // Chromium's PDF viewer takes the body over, so the file is compared by the length that was sent.
        Assert.Equal(site.Url($"pdf/{site.Sample.SpeechSlug}.pdf"), pdf.Url);
        Assert.Equal(new FileInfo(site.Sample.SpeechPdf).Length.ToString(), pdf.Headers["content-length"]);
        site.AssertAllLocal(requests);
    }

    [Theory]
    [InlineData("帮扶资金")]
    [InlineData("5388")]
    public async Task A_search_from_the_search_page_opens_the_speech(string query)
    {
        var (page, requests) = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search.html"));
        await page.GetByLabel("在全部文稿中搜索").FillAsync(query);
        await page.GetByLabel("在全部文稿中搜索").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("?q=", StringComparison.Ordinal));

        var result = page.Locator("#search-results li", new() { HasText = Seed.Title });
        Assert.Equal(query, await result.Locator(".excerpt mark").First.InnerTextAsync());
        await result.GetByRole(AriaRole.Link).ClickAsync();
        // The result opens the speech at its first hit: a text fragment of the query.
        await page.WaitForURLAsync(url => url.StartsWith(site.Url($"speeches/{site.Sample.SpeechSlug}.html#:~:text="), StringComparison.Ordinal));
        Assert.Equal(Seed.Title, await page.Locator("h1").InnerTextAsync());
        site.AssertAllLocal(requests);
    }

    [Fact]
    public async Task No_page_requests_anything_from_another_host_or_anything_missing()
    {
        var (page, requests) = await site.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico")) failed.Add($"{response.Status} {response.Url}"); };
        foreach (var file in Directory.GetFiles(site.Sample.Site, "*.html", SearchOption.AllDirectories))
            await page.GotoAsync(site.Url(Path.GetRelativePath(site.Sample.Site, file).Replace('\\', '/'))); // the load event: styles and scripts are in
        site.AssertAllLocal(requests);
        Assert.True(failed.Count == 0, "requests failed:\n  " + string.Join("\n  ", failed));
        Assert.True(requests.Count > 20, $"only {requests.Count} requests recorded: is the route recording?");
    }

    [Fact]
    public async Task The_guard_catches_a_request_to_another_host()
    {
        var (page, requests) = await site.NewPageAsync();
        await page.GotoAsync(site.Url("index.html"));
        // .invalid never resolves, and the route aborts the request before it is sent anyway.
        await page.EvaluateAsync("() => fetch('http://wengao.invalid/x.js').catch(() => {})");
        Assert.Contains("http://wengao.invalid/x.js", requests);
        Assert.ThrowsAny<Exception>(() => site.AssertAllLocal(requests));
    }
}
