using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Wengao.Tests.Browser;

/// <summary>
/// Every kind of page at a phone's width (390 px), measured in Chromium: nothing wider than the screen, table columns
/// of four characters at least, labels and names never split, titles without a lone last character; a page printed
/// as a manuscript; the 404 page at any depth; the print button; charts legible at that width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PhoneAndPrintTests(BrowserSite site)
{
    private const int PhoneWidth = 390;

    private async Task<IPage> PhoneAsync(string url)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = PhoneWidth, Height = 844 }, Locale = "zh-CN" });
        await context.RouteAsync("**/*", route => site.IsLocal(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }

    // What a reader of a phone would call broken, measured on the element boxes; each problem as a line.
    private const string Measure = """
        () => {
          const problems = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide`);
          const name = el => (el.textContent || '').trim().slice(0, 16);
          // A table column keeps four characters to the line (its content box, at the cell's own size).
          for (const cell of document.querySelectorAll('th, td')) {
            const style = getComputedStyle(cell);
            const content = cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            if (content < 4 * parseFloat(style.fontSize) - 0.5) problems.push(`a column ${content.toFixed(1)} px wide at "${name(cell)}"`);
          }
          // A label, name or date is a word: on one line, whatever the width.
          const words = 'header.site nav a, th, dt, time, .kind, .breadcrumbs li:not(:last-child), .pager a, .archive-index a, .briefing-name, td.number';
          for (const el of document.querySelectorAll(words)) {
            const range = document.createRange();
            range.selectNodeContents(el);
            const rects = [...range.getClientRects()].filter(r => r.width > 0);
            if (rects.length === 0) continue;
            const line = Math.max(...rects.map(r => r.height));
            if (range.getBoundingClientRect().height > 1.5 * line) problems.push(`"${name(el)}" is broken over lines`);
            if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') problems.push(`"${name(el)}" runs out of its box`);
          }
          // A title is balanced: no line of it holds a single character.
          for (const title of document.querySelectorAll('h1')) {
            const lines = new Map();
            const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode())
              for (let i = 0; i < node.length; i++) {
                if (/\s/.test(node.data[i])) continue;
                const range = document.createRange();
                range.setStart(node, i); range.setEnd(node, i + 1);
                const rect = range.getBoundingClientRect();
                if (rect.width === 0) continue;
                const top = Math.round(rect.top / 4);
                lines.set(top, (lines.get(top) || 0) + 1);
              }
            if (lines.size > 1 && [...lines.values()].some(n => n < 2)) problems.push(`the title "${name(title)}" leaves a character alone on a line`);
          }
          return problems;
        }
        """;

    public static TheoryData<string> Pages => [.. SitePages.Kinds, .. SitePages.Paged];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_reads_at_a_phones_width(string kind)
    {
        var page = await PhoneAsync(SitePages.UrlOf(site, kind));
        var problems = await page.EvaluateAsync<string[]>(Measure);
        Assert.True(problems.Length == 0, $"{SitePages.PathOf(site, kind)} at {PhoneWidth} px:\n  " + string.Join("\n  ", problems));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("outcomes")]
    [InlineData("briefing")]
    public async Task A_chart_has_12_px_text_an_axis_its_unit_and_a_legend_at_a_phones_width(string kind)
    {
        var page = await PhoneAsync(SitePages.UrlOf(site, kind));
        var charts = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('figure.chart svg')].map(svg => {
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              const texts = [...svg.querySelectorAll('text')];
              const rects = [...svg.querySelectorAll('rect')];
              return {
                smallest: Math.min(...texts.map(t => parseFloat(t.getAttribute('font-size')) * scale)),
                unit: texts.filter(t => t.textContent.startsWith('单位：')).length,
                lines: svg.querySelectorAll('line').length,
                bars: rects.filter(r => r.getAttribute('height') === '16').length,
                swatches: rects.filter(r => r.getAttribute('height') === '10').length,
                wider: svg.getBoundingClientRect().right > document.documentElement.clientWidth,
              };
            })
            """);
        Assert.NotEmpty(charts.EnumerateArray());
        foreach (var chart in charts.EnumerateArray())
        {
            Assert.True(chart.GetProperty("smallest").GetDouble() >= 12, $"chart text at {chart.GetProperty("smallest")} px");
            Assert.Equal(1, chart.GetProperty("unit").GetInt32());
            Assert.True(chart.GetProperty("lines").GetInt32() >= 3, "an axis: its line, its zero and a tick");
            Assert.True(chart.GetProperty("bars").GetInt32() >= 2);
            Assert.Equal(chart.GetProperty("bars").GetInt32(), chart.GetProperty("swatches").GetInt32()); // a legend entry a bar
            Assert.False(chart.GetProperty("wider").GetBoolean(), "the chart is wider than the phone");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_speech_prints_as_its_manuscript_with_page_numbers_and_no_navigation()
    {
        var (page, requests) = await site.NewPageAsync();
        await page.GotoAsync(site.Url($"speeches/{site.Sample.SpeechSlug}.html"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var shown = await page.EvaluateAsync<JsonElement>("""
            () => ({
              hidden: ['header.site', 'footer.site', '.breadcrumbs', '.toc', '.document-links', '.print-tools']
                .filter(s => document.querySelector(s) && getComputedStyle(document.querySelector(s)).display !== 'none'),
              missing: ['header.site', '.breadcrumbs', '.toc', '.document-links', '.print-tools'].filter(s => !document.querySelector(s)),
              text: getComputedStyle(document.body).color,
              links: [...new Set([...document.querySelectorAll('main a')].filter(a => a.getClientRects().length > 0).map(a => getComputedStyle(a).color))],
            })
            """);
        Assert.Empty(shown.GetProperty("missing").EnumerateArray()); // the page has them on screen
        Assert.Empty(shown.GetProperty("hidden").EnumerateArray());
        Assert.Equal([shown.GetProperty("text").GetString()], shown.GetProperty("links").EnumerateArray().Select(c => c.GetString()));

        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true });
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2, "the speech prints on more than one page");
        foreach (var printed in document.GetPages())
        {
            var words = printed.GetWords().ToList();
            var number = words.Where(w => w.Text == printed.Number.ToString()).Where(w => w.BoundingBox.Bottom < printed.Height * 0.12).ToList();
            Assert.True(number.Count == 1, $"page {printed.Number} has no page number at its foot");
            // GB/T 9704 §7.5: odd pages' numbers at the right, even pages' at the left.
            Assert.Equal(printed.Number % 2 == 1, number[0].BoundingBox.Left > printed.Width / 2);
            Assert.Matches(Dashed(), Regex.Replace(string.Concat(words.Where(w => w.BoundingBox.Bottom < printed.Height * 0.12).Select(w => w.Text)), @"\s", ""));
        }
        var first = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.DoesNotContain("按日期", first);
        Assert.DoesNotContain("目录", first);
        site.AssertAllLocal(requests);
    }

    [GeneratedRegex(@"—\d+—")]
    private static partial Regex Dashed();

    [Fact]
    public async Task The_404_page_keeps_its_style_and_links_at_any_depth()
    {
        var (page, requests) = await site.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, r) => { if (r.Status >= 400 && !r.Url.EndsWith("/nope.html", StringComparison.Ordinal)) failed.Add($"{r.Status} {r.Url}"); };
        var response = await page.GotoAsync(site.Url("speeches/2021/nope.html"));
        Assert.Equal(404, response!.Status);
        Assert.Equal("rgb(155, 28, 28)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('header.site')).backgroundColor"));
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "首页" }).ClickAsync();
        await page.WaitForURLAsync(site.Url("index.html"));
        Assert.True(failed.Count == 0, "requests failed:\n  " + string.Join("\n  ", failed));
        site.AssertAllLocal(requests);
    }

    [Fact]
    public async Task The_print_button_prints_the_page()
    {
        var (page, requests) = await site.NewPageAsync();
        await page.AddInitScriptAsync("window.printed = 0; window.print = () => { window.printed++; };");
        await page.GotoAsync(site.Url($"speeches/{site.Sample.SpeechSlug}.html"));
        await page.GetByRole(AriaRole.Button, new() { Name = "打印本页" }).ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.printed"));
        site.AssertAllLocal(requests);
    }
}
