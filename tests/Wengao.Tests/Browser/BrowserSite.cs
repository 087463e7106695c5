using System.Collections.Concurrent;
using Microsoft.Playwright;
using Wengao.Tests.Support;

namespace Wengao.Tests.Browser;

/// <summary>The sample site built once, served on 127.0.0.1 and opened in Debian's Chromium through Playwright.</summary>
public sealed class BrowserSite : ServedSite
{
    public SampleBuild Sample { get; } = new();

    protected override string Site => Sample.Site;

    /// <summary>
    /// The sample built again with one row a page (`lists: page_size: 1`), so that every kind of paged list exists
    /// (index/2.html, archive/2.html, topics/tags.html…); served beside the sample, on an origin of its own.
    /// </summary>
    public PagedSample Paged => _paged.Value;

    private readonly Lazy<PagedSample> _paged = new(() => new PagedSample());

    protected override IEnumerable<string> OtherOrigins => _paged.IsValueCreated ? [_paged.Value.Server.Origin] : [];

    protected override void Cleanup()
    {
        if (_paged.IsValueCreated) _paged.Value.Dispose();
        Sample.Dispose();
    }
}

/// <summary>
/// A built site served on 127.0.0.1 and opened in Debian's Chromium through Playwright.
/// Playwright's own browser download cannot work offline, so it drives /usr/bin/chromium.
/// </summary>
public abstract class ServedSite : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;

    /// <summary>The site's folder, built on first use.</summary>
    protected abstract string Site { get; }

    protected abstract void Cleanup();

    /// <summary>The origins of other sites the fixture serves beside its own, as local as it.</summary>
    protected virtual IEnumerable<string> OtherOrigins => [];

    public StaticServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The URL of a page of the site, by its path under the site's root (as in the HTML: 帮扶.html, not %E5…).</summary>
    public string Url(string path) => Server.Origin + "/" + path;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: the browser tests need Debian's chromium (`apt-get install chromium`; `dotnet cake --target=Test` installs it)");
        Server = new StaticServer(Site);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = Flags });
    }

    /// <summary>
    /// A fresh page at a fixed size whose every request is recorded; a request for any other origin is
    /// aborted, so a page that depends on the network fails here as it would on the intranet.
    /// </summary>
    public async Task<(IPage Page, ConcurrentQueue<string> Requests)> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 700 }, Locale = "zh-CN" });
        var requests = new ConcurrentQueue<string>();
        await context.RouteAsync("**/*", route =>
        {
            requests.Enqueue(route.Request.Url);
            return IsLocal(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient");
        });
        return (await context.NewPageAsync(), requests);
    }

    /// <summary>On the site's origin, or inside the browser itself (its PDF viewer loads chrome:// resources).</summary>
    public bool IsLocal(string url) => url.StartsWith(Server.Origin + "/", StringComparison.Ordinal)
        || OtherOrigins.Any(origin => url.StartsWith(origin + "/", StringComparison.Ordinal))
        || BrowserSchemes.Any(scheme => url.StartsWith(scheme + ":", StringComparison.Ordinal));

    private static readonly string[] BrowserSchemes = ["chrome", "chrome-extension", "chrome-untrusted", "data", "blob", "about"];

    /// <summary>Fails with the requests that went to another host, if any.</summary>
    public void AssertAllLocal(IEnumerable<string> requests)
    {
        var outside = requests.Where(url => !IsLocal(url)).Distinct().ToList();
        Assert.True(outside.Count == 0, $"requests left the site ({Server.Origin}):\n  " + string.Join("\n  ", outside));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Server?.Dispose();
        Cleanup();
    }
}

/// <summary>A copy of the sample content with one document or name a list page, built without PDFs and served.</summary>
public sealed class PagedSample : IDisposable
{
    private readonly TempDir _dir = new TempDir().WithSample();

    public PagedSample()
    {
        File.AppendAllText(_dir["content/site.yml"], "\nlists:\n  page_size: 1\n");
        Wengao.Pipeline.SiteBuilder.Run(new(_dir["content"], _dir["templates"], _dir["output"], Pdf: false));
        Server = new StaticServer(Site);
    }

    public string Site => _dir["output/internal/site"];
    public StaticServer Server { get; }

    public string Url(string path) => Server.Origin + "/" + path;

    public void Dispose()
    {
        Server.Dispose();
        _dir.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
