using Microsoft.Playwright;
using Wengao.Pipeline;
using Wengao.Tests.Browser;
using Wengao.Tests.Support;

namespace Wengao.Tests.Gongwen;

/// <summary>
/// The sample 公文 pages as Chromium lays them out: the mark red (#E60012, GB/T 9704 §7.2.4) and centred over a red rule,
/// 密级/紧急程度 in 黑体, the upward document's number at the left and 签发人 at the right on one line; on a phone the
/// mark scaled to the screen, never past it; printed, the sheet alone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GongwenBrowserTests(BrowserSite site)
{
    private const string Report = "gongwen/bangfu-yinian-baogao.html", Notice = "gongwen/zuotanhui-tongzhi.html";
    private const string Red = "rgb(230, 0, 18)"; // #E60012

    /// <summary>An element's box: left, top, right, bottom in CSS pixels.</summary>
    private static Task<double[]> Box(IPage page, string selector) =>
        page.EvaluateAsync<double[]>($"(r => [r.left, r.top, r.right, r.bottom])(document.querySelector('{selector}').getBoundingClientRect())");

    /// <summary>The box of an element's children together (the mark's text, not the block it is centred in).</summary>
    private static Task<double[]> Content(IPage page, string selector) => page.EvaluateAsync<double[]>($$"""
        (() => { const rs = [...document.querySelector('{{selector}}').children].map(c => c.getBoundingClientRect());
          return [Math.min(...rs.map(r => r.left)), Math.min(...rs.map(r => r.top)), Math.max(...rs.map(r => r.right)), Math.max(...rs.map(r => r.bottom))]; })()
        """);

    private static Task<string> Style(IPage page, string selector, string property) =>
        page.EvaluateAsync<string>($"getComputedStyle(document.querySelector('{selector}')).getPropertyValue('{property}')");

    [Theory]
    [InlineData(Report)]
    [InlineData(Notice)]
    public async Task The_mark_is_red_and_centred_over_a_red_rule(string path)
    {
        var (page, requests) = await site.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        Assert.Equal(Red, await Style(page, ".issuer-mark", "color"));
        Assert.Equal(Red, await Style(page, ".letterhead", "border-bottom-color"));
        Assert.Equal("solid", await Style(page, ".letterhead", "border-bottom-style"));
        var (head, mark) = (await Box(page, ".letterhead"), await Content(page, ".issuer-mark"));
        Assert.Equal((head[0] + head[2]) / 2, (mark[0] + mark[2]) / 2, 1.0);
        Assert.True(mark[2] - mark[0] > (head[2] - head[0]) / 3, "the mark is set large");
        var number = await Box(page, ".doc-number");
        Assert.True(number[1] >= mark[3] && number[3] <= head[3], "the number under the mark, above the rule");
        site.AssertAllLocal(requests);
    }

    [Fact]
    public async Task The_reports_number_is_at_the_left_and_its_signer_at_the_right_on_one_line()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(site.Url(Report));
        var (head, number, signers) = (await Box(page, ".letterhead"), await Box(page, ".doc-number"), await Box(page, ".signers"));
        Assert.Equal(number[3], signers[3], 1.0); // one line
        Assert.True(number[2] < signers[0], "the number left of the signer");
        Assert.True(number[0] - head[0] < 40 && head[2] - signers[2] < 40, "each at its side, a character in");
        Assert.Contains("KaiTi", await Style(page, ".signers .names", "font-family")); // 签发人姓名 in 楷体 (§7.2.6)
    }

    [Fact]
    public async Task The_urgency_stands_at_the_top_left_in_heiti()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(site.Url(Notice));
        Assert.Equal("SimHei", (await Style(page, ".marking", "font-family")).Split(',')[0].Trim('"', ' '));
        var (head, marking, mark) = (await Box(page, ".letterhead"), await Box(page, ".marking .urgency"), await Content(page, ".issuer-mark"));
        Assert.True(marking[0] - head[0] < 1 && marking[3] <= mark[1], "at the left, above the mark");
    }

    [Theory]
    [InlineData(Report)]
    [InlineData(Notice)]
    public async Task On_a_phone_the_mark_is_scaled_to_the_screen(string path)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide on a {widths[1]} px screen");
        var (head, mark) = (await Box(page, ".letterhead"), await Content(page, ".issuer-mark"));
        Assert.True(mark[0] >= head[0] && mark[2] <= head[2], $"the mark ({mark[0]}–{mark[2]}) runs past the sheet ({head[0]}–{head[2]})");
        var size = double.Parse((await Style(page, ".issuer-mark", "font-size")).Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(size >= 18, $"the mark is {size} px: still larger than the text");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Three_signers_stand_two_a_line_with_the_number_on_the_last_line_and_a_long_joint_mark_fits_a_phone()
    {
        // tests/fixtures/gongwen/'s 请示 issued jointly by three bodies, so signed by three.
        using var dir = new TempDir();
        var content = Authoring.AuthoringKit.EmptyContent(dir);
        Directory.CreateDirectory(Path.Combine(content, "gongwen"));
        var source = File.ReadAllText(Path.Combine(Repo.Fixtures, "gongwen", "2024-03-05-zijin-qingshi.md"))
            .Replace("mark: [某县人民政府]", "mark: [某县人民政府, 某县发展和改革局, 某县农业农村局]")
            .Replace("signers: [李某]", "signers: [李某, 王某, 张某]").Replace("signature: 某县人民政府", "signature: [某县人民政府, 某县发展和改革局, 某县农业农村局]");
        File.WriteAllText(Path.Combine(content, "gongwen", "2024-03-05-zijin-qingshi.md"), source);
        SiteBuilder.Run(new BuildOptions(content, Repo.Templates, dir["output"], Pdf: false));
        using var server = new StaticServer(dir["output/internal/site"]);

        var desktop = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 700 }, Locale = "zh-CN" });
        var page = await desktop.NewPageAsync();
        await page.GotoAsync(server.Origin + "/gongwen/zijin-qingshi.html");
        var names = await page.EvaluateAsync<double[][]>("[...document.querySelectorAll('.signer')].map(e => (r => [r.left, r.bottom])(e.getBoundingClientRect()))");
        Assert.Equal(3, names.Length);
        Assert.Equal(names[0][1], names[1][1], 1.0); // 李某 and 王某 on one line
        Assert.True(names[2][1] > names[0][1] + 10, "张某 on the next line");
        Assert.Equal(names[0][0], names[2][0], 1.0); // under the first name
        Assert.Equal(names[2][1], (await Box(page, ".doc-number"))[3], 1.0); // the number on the last signer's line
        await desktop.CloseAsync();

        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 }, Locale = "zh-CN" });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync(server.Origin + "/gongwen/zijin-qingshi.html");
        var (head, mark) = (await Box(phone, ".letterhead"), await Content(phone, ".issuer-mark"));
        Assert.True(mark[0] >= head[0] && mark[2] <= head[2], $"the mark ({mark[0]}–{mark[2]}) runs past the sheet ({head[0]}–{head[2]})");
        var widths = await phone.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide on a {widths[1]} px screen");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Printed_the_page_is_the_sheet_alone()
    {
        var (page, _) = await site.NewPageAsync();
        await page.GotoAsync(site.Url(Report));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("none", await Style(page, "article.gongwen > dl.meta", "display"));
        Assert.Equal("none", await Style(page, "header.site", "display"));
        Assert.Equal("none", await Style(page, ".document-links", "display"));
        Assert.Equal("0px", await Style(page, ".sheet", "border-top-width"));
        Assert.Equal(Red, await Style(page, ".issuer-mark", "color"));
        Assert.Equal("page", await Style(page, ".attachment", "break-before"));
    }
}
