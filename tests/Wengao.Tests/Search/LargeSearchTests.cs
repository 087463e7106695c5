using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Wengao.Tests.Support;
using static Wengao.Tests.Support.SpeechCorpus;

namespace Wengao.Tests.Search;

/// <summary>
/// The search page on 5,000 speeches in Chromium: what a cold query downloads (issue 20's budget: 300 KB for two
/// characters), filters, pages, the order by date, whole figures, and the link that opens a speech at its hit.
/// Expected values come from the corpus's own definition (<see cref="SpeechCorpus"/>), never from the index.
/// </summary>
[Collection(LargeSearchCollection.Name)]
public sealed partial class LargeSearchTests(LargeSearchSite site)
{
    private const int Budget = 300 * 1024, Page = 20;

    [GeneratedRegex("^(找到|没有)")]
    private static partial Regex Done();

    private static IEnumerable<int> Speeches => Enumerable.Range(0, LargeSearchSite.Count);

    /// <summary>Opens search.html with the query in a fresh browser (nothing cached) and waits for the results.</summary>
    private async Task<IPage> Open(string query)
    {
        var (page, requests) = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search.html?" + query));
        await page.Locator("#search-status").Filter(new() { HasTextRegex = Done() }).WaitForAsync();
        site.AssertAllLocal(requests);
        return page;
    }

    private static Task<string> Status(IPage page) => page.Locator("#search-status").InnerTextAsync();

    private static async Task<IReadOnlyList<string>> Titles(IPage page) => await page.Locator("#search-results li > a").AllInnerTextsAsync();

    private static async Task<IReadOnlyList<string>> Meta(IPage page) => await page.Locator("#search-results li > .meta").AllInnerTextsAsync();

    /// <summary>Every file the page loaded (itself included), with its body's size as sent.</summary>
    private static async Task<IReadOnlyList<(string Url, long Bytes)>> Loaded(IPage page) =>
        [.. (await page.EvaluateAsync<System.Text.Json.JsonElement>(
            "() => performance.getEntries().filter(e => e.entryType === 'navigation' || e.entryType === 'resource').map(e => [e.name, e.encodedBodySize])"))
            .EnumerateArray().Select(r => (r[0].GetString()!, r[1].GetInt64()))];

    private static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    [Theory]
    [InlineData("工作")] // in every title: the longest list there is
    [InlineData("资金")]
    [InlineData("冷链")]
    public async Task A_cold_two_character_query_downloads_at_most_300_KB(string query)
    {
        var page = await Open("q=" + Uri.EscapeDataString(query));

        Assert.Equal(Page, (await Titles(page)).Count); // a full page of results, each with its excerpt
        Assert.All(await page.Locator("#search-results .excerpt mark").AllInnerTextsAsync(), mark => Assert.Equal(query, mark));
        var loaded = await Loaded(page);
        Assert.Single(loaded, f => f.Url.Contains("/search/s/", StringComparison.Ordinal)); // one key, one shard
        var bytes = loaded.Sum(f => f.Bytes);
        Assert.True(bytes is > 0 and <= Budget, $"{bytes} bytes loaded for {query}:\n  " + string.Join("\n  ", loaded.Select(f => $"{f.Bytes} {f.Url}")));
    }

    [Fact]
    public async Task A_speakers_name_finds_his_speeches()
    {
        var page = await Open("q=" + Uri.EscapeDataString("县委书记12"));

        Assert.Equal(Page, (await Meta(page)).Count);
        Assert.All(await Meta(page), meta => Assert.EndsWith(" · 县委书记12", meta, StringComparison.Ordinal)); // not 县委书记1, nor 县委书记3 with a figure 12
    }

    [Fact]
    public async Task Filters_by_speaker_and_year_find_exactly_those_speeches()
    {
        var page = await Open("speaker=" + Uri.EscapeDataString("县委书记12") + "&year=2021");

        var expected = Speeches.Where(i => i % Speakers == 12 && DateOf(i).Year == 2021).ToList();
        Assert.Equal($"找到{expected.Count}篇文稿。", await Status(page));
        Assert.Equal(Math.Min(Page, expected.Count), (await Meta(page)).Count);
        Assert.All(await Meta(page), meta => Assert.Matches(@"^讲话 · 2021年\d+月\d+日 · 县委书记12$", meta));
        Assert.Equal("县委书记12", await page.Locator("select[name=speaker]").InputValueAsync()); // the form says what is filtered
    }

    [Fact]
    public async Task The_filters_offer_speakers_and_tags_in_the_lists_order()
    {
        var page = await Open("q=" + Uri.EscapeDataString("资金"));

        async Task<string[]> Values(string filter) =>
            [.. (await page.Locator($"select[name={filter}] option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)")).Where(v => v != "")];
        // Numbers inside a name by their value (县委书记2 before 县委书记10), not by code point (县委书记1, 10, 11 … 2).
        Assert.Equal(Enumerable.Range(0, Speakers).Select(i => $"县委书记{i}"), await Values("speaker"));
        // By pinyin (site.yml's default `lists: name_order:`): cái, duì, gōng, jī, jiào, lǚ, mín, rén, shēng, xiāng, yì, zhāo.
        Assert.Equal(["财政", "对口帮扶", "工业园区", "基层治理", "教育医疗", "旅游联盟", "民生保障", "人才交流", "生态环境", "乡村振兴", "疫情防控", "招商引资"],
            await Values("tag"));
    }

    [Theory]
    [InlineData("oldest")]
    [InlineData("newest")]
    public async Task Results_sort_by_date(string sort)
    {
        var page = await Open("speaker=" + Uri.EscapeDataString("县委书记12") + "&sort=" + sort);

        var his = Speeches.Where(i => i % Speakers == 12);
        var expected = (sort == "oldest" ? his.OrderBy(DateOf) : his.OrderByDescending(DateOf)).Take(Page).Select(TitleOf);
        Assert.Equal(expected, await Titles(page));
    }

    [Fact]
    public async Task Results_come_20_to_a_page()
    {
        var his = Speeches.Count(i => i % Speakers == 12); // 135: seven pages
        var pages = (his + Page - 1) / Page;
        var page = await Open("speaker=" + Uri.EscapeDataString("县委书记12"));
        var first = await Titles(page);
        Assert.Equal(Page, first.Count);
        Assert.Equal($"第1页，共{pages}页", await page.Locator("#search-pages span").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "下一页" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("&page=2", StringComparison.Ordinal));
        await page.Locator("#search-status").Filter(new() { HasTextRegex = Done() }).WaitForAsync();
        var second = await Titles(page);
        Assert.Equal(Page, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal("21", await page.Locator("#search-results").GetAttributeAsync("start")); // numbered on from the first page

        var last = await Open("speaker=" + Uri.EscapeDataString("县委书记12") + $"&page={pages}");
        Assert.Equal(his - (pages - 1) * Page, (await Titles(last)).Count);
        Assert.Equal(0, await last.GetByRole(AriaRole.Link, new() { Name = "下一页" }).CountAsync());
    }

    [Theory]
    [InlineData("5388", 8)]
    [InlineData("５３８８", 8)] // full-width digits, as a Chinese input method may type them
    [InlineData("53886", 7)]
    public async Task A_figure_matches_only_the_whole_figure(string query, int speech)
    {
        var page = await Open("q=" + Uri.EscapeDataString(query));

        Assert.Equal("找到1篇文稿。", await Status(page)); // 5388 is not found in 53886
        Assert.Equal([TitleOf(speech)], await Titles(page));
    }

    [Fact]
    public async Task A_result_opens_the_speech_scrolled_to_its_hit()
    {
        var page = await Open("q=5388");
        await page.Locator("#search-results li > a").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("#:~:text=5388", StringComparison.Ordinal));

        // The text fragment scrolls the page to the hit: the hit is in view, the page's top is not.
        await page.WaitForFunctionAsync("() => window.scrollY > 0");
        var top = await page.EvaluateAsync<double>("""
            () => {
              const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
              for (let node; (node = walker.nextNode());) {
                const at = node.data.indexOf('5388');
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + 4);
                return range.getBoundingClientRect().top;
              }
              return -1;
            }
            """);
        var height = page.ViewportSize!.Height;
        Assert.True(top >= 0 && top < height, $"the hit is at {top.ToString(CultureInfo.InvariantCulture)} px of a {height} px window");
    }

    [Fact]
    public async Task Search_works_from_file_urls()
    {
        // No server: the page, its index's entry, shards and chunks read as file:// scripts (a page may not fetch() them).
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Folder, "search.html")).AbsoluteUri + "?speaker=" + Uri.EscapeDataString("县委书记12") + "&year=2021");
        await page.Locator("#search-status").Filter(new() { HasTextRegex = Done() }).WaitForAsync();

        var expected = Speeches.Count(i => i % Speakers == 12 && DateOf(i).Year == 2021);
        Assert.Equal($"找到{expected}篇文稿。", await Status(page));
        Assert.All(await page.Locator("#search-results li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)"),
            href => Assert.StartsWith("file://", href, StringComparison.Ordinal));
        await context.CloseAsync();
    }
}
