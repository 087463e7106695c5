using Microsoft.Playwright;
using Wengao.Tests.Support;

namespace Wengao.Tests.Browser;

/// <summary>
/// The README's pictures of the home page and of a search. They are written to docs/ only with WENGAO_SCREENSHOTS=1,
/// so that a test run never changes the work tree; otherwise the test checks that they are there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    private static bool Regenerate => Environment.GetEnvironmentVariable("WENGAO_SCREENSHOTS") == "1";

    [Theory]
    [InlineData("index.html", "home.png")]
    [InlineData("search.html?q=帮扶资金", "search.png")]
    public async Task The_readme_screenshot_is_made_by_the_browser(string path, string name)
    {
        var (page, requests) = await site.NewPageAsync();
        await page.GotoAsync(site.Url(path), new() { WaitUntil = WaitUntilState.NetworkIdle });
        var png = await page.ScreenshotAsync(new() { Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
        site.AssertAllLocal(requests);

        var file = Path.Combine(Repo.Root, "docs", name);
        if (Regenerate) await File.WriteAllBytesAsync(file, png);
        Assert.True(File.Exists(file), $"{file} is missing: run the tests with WENGAO_SCREENSHOTS=1 to make it");
    }
}
