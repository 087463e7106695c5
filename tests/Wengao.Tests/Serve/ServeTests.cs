using System.Net;
using Wengao.Serve;
using Wengao.Tests.Support;

namespace Wengao.Tests.Serve;

/// <summary>`wengao serve` over real HTTP on 127.0.0.1: pages, PDFs, live reload, the error page and recovery.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private const string SpeechPage = "speeches/bangfu-gongzuodui-zuotanhui.html";
    private readonly TempDir _dir = new TempDir().WithSample();
    private readonly HttpClient _http = new() { Timeout = Timeout };
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await PreviewServer.StartAsync(new ServeOptions(_dir["content"], _dir["templates"]), TextWriter.Null);
        _http.BaseAddress = _server.Url;
    }

    private string Speech => Directory.GetFiles(_dir["content/speeches"], "*.md").Single();

    [Fact]
    public async Task Serves_pages_and_pdfs_on_the_loopback_address()
    {
        Assert.Equal("127.0.0.1", _server.Url.Host);
        foreach (var page in new[] { "", "index.html", SpeechPage })
        {
            using var response = await _http.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }
        using var pdf = await _http.GetAsync("pdf/bangfu-gongzuodui-zuotanhui.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("../content/site.yml")).StatusCode);
    }

    [Fact]
    public async Task The_reload_script_is_in_served_pages_only_never_on_disk()
    {
        Assert.Contains(LiveReloadMarker, await _http.GetStringAsync(SpeechPage));
        Assert.All(Directory.GetFiles(_server.SiteDirectory, "*.html", SearchOption.AllDirectories),
            file => Assert.DoesNotContain(LiveReloadMarker, File.ReadAllText(file)));
    }

    private const string LiveReloadMarker = "/__wengao/events";

    [Fact]
    public async Task An_edit_sends_a_reload_and_the_page_shows_it()
    {
        await using var events = await EventStream.OpenAsync(_http, Timeout);
        File.WriteAllText(Speech, File.ReadAllText(Speech).Replace("title: 在", "title: 修订稿在", StringComparison.Ordinal));
        var data = await events.Next("reload", Timeout);
        Assert.Contains(SpeechPage, data);
        Assert.Contains("修订稿在", await _http.GetStringAsync(SpeechPage));
    }

    [Fact]
    public async Task A_broken_source_shows_its_error_until_fixed()
    {
        await using var events = await EventStream.OpenAsync(_http, Timeout);
        var good = File.ReadAllText(Speech);
        File.WriteAllText(Speech, good.Replace("speaker: xxx", "speaker: [xxx", StringComparison.Ordinal));
        await events.Next("failed", Timeout);
        using (var broken = await _http.GetAsync(SpeechPage))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
            var page = await broken.Content.ReadAsStringAsync();
            Assert.Matches(@"2022-07-01-bangfu-gongzuodui-zuotanhui\.md:\d+:\d+: error", page);
            Assert.Contains(LiveReloadMarker, page);
        }
        Assert.True(File.Exists(Path.Combine(_server.SiteDirectory, SpeechPage)), "the last good page stays");

        File.WriteAllText(Speech, good);
        await events.Next("reload", Timeout);
        using var fixedPage = await _http.GetAsync(SpeechPage);
        Assert.Equal(HttpStatusCode.OK, fixedPage.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _dir.Dispose();
    }
}
