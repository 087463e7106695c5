using Microsoft.Playwright;
using Wengao.Tests.Browser;

namespace Wengao.Tests.Tables;

/// <summary>The 附件 table's page on a phone's screen, in Chromium: the table's box scrolls sideways, the page does not.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TablePhoneTests(BrowserSite browser, AppendixTable fixture) : IClassFixture<AppendixTable>
{
    [Fact]
    public async Task On_a_phone_only_the_tables_box_scrolls_sideways()
    {
        using var server = new StaticServer(fixture.Site);
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 740 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Origin + "/speeches/appendix-table.html", new() { WaitUntil = WaitUntilState.Load });

        var pageWidths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(pageWidths[0] <= pageWidths[1], $"the page is {pageWidths[0]} px wide on a {pageWidths[1]} px screen");
        var box = await page.EvaluateAsync<int[]>("(b => [b.scrollWidth, b.clientWidth])(document.querySelector('div.table-scroll'))");
        Assert.True(box[0] > box[1], $"the table ({box[0]} px) fits its box ({box[1]} px): nothing to scroll");
        await context.CloseAsync();
    }
}
