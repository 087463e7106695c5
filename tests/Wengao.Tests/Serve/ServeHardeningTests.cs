using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Wengao.Serve;
using Wengao.Tests.Support;

namespace Wengao.Tests.Serve;

/// <summary>
/// `wengao serve` under attack and mishap: requests while files are rewritten, a foreign Host header, a rebuild that
/// throws, a rebuild whose leak scan fails, Ctrl+C of a real `wengao serve` process.
/// </summary>
public sealed class ServeHardeningTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private const string SpeechPage = "speeches/bangfu-gongzuodui-zuotanhui.html";
    private readonly TempDir _dir = new TempDir().WithSample();
    private readonly StringWriter _log = new();
    private PreviewServer? _server;
    private HttpClient? _http;

    private string Speech => Directory.GetFiles(_dir["content/speeches"], "*.md").Single();

    private async Task<(PreviewServer Server, HttpClient Http)> Start(string? edition = null)
    {
        _server = await PreviewServer.StartAsync(new ServeOptions(_dir["content"], _dir["templates"], Edition: edition), _log);
        _http = new HttpClient { BaseAddress = _server.Url, Timeout = Timeout };
        return (_server, _http);
    }

    /// <summary>Replaces a source in one rename, so the watcher never sees it half-written.</summary>
    private static void Replace(string path, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, ".edit.tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    [Fact]
    public async Task No_response_is_empty_or_cut_off_while_the_files_are_rewritten()
    {
        var (server, http) = await Start();
        // A PDF and the search index's shard are rewritten on every edit, the page too: served raw, or with the reload script.
        string[] paths = ["pdf/bangfu-gongzuodui-zuotanhui.pdf", "search/s/0.js", SpeechPage];
        var generations = paths.ToDictionary(p => p, _ => new HashSet<string>(StringComparer.Ordinal));
        void Record()
        {
            foreach (var path in paths) generations[path].Add(Convert.ToBase64String(File.ReadAllBytes(Path.Combine(server.SiteDirectory, path))));
        }
        Record();
        var responses = new ConcurrentBag<(string Path, HttpStatusCode Status, byte[] Body)>();
        using var stop = new CancellationTokenSource();
        var hammers = Enumerable.Range(0, 2).Select(n => Task.Run(async () =>
        {
            for (var i = n; !stop.IsCancellationRequested; i++)
            {
                var path = paths[i % paths.Length];
                using var response = await http.GetAsync(path);
                responses.Add((path, response.StatusCode, await response.Content.ReadAsByteArrayAsync()));
            }
        })).ToList();

        await using (var events = await EventStream.OpenAsync(http, Timeout))
        {
            var original = File.ReadAllText(Speech);
            for (var edit = 1; edit <= 8; edit++)
            {
                Replace(Speech, original + $"\n第{edit}次修改补充的一段内容，说明后续工作安排和第{edit}项措施。\n");
                while (!(await events.Next("reload", Timeout)).Contains(SpeechPage, StringComparison.Ordinal)) { }
                Record(); // the files of this generation, whole on disk until the next edit
            }
        }
        await stop.CancelAsync();
        await Task.WhenAll(hammers);

        Assert.True(responses.Count >= 100, $"only {responses.Count} requests were made");
        foreach (var (path, status, body) in responses)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            var file = path.EndsWith(".html", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace(LiveReload.Script, "", StringComparison.Ordinal))
                : body;
            Assert.True(generations[path].Contains(Convert.ToBase64String(file)),
                $"{path}: {body.Length} bytes served, which no generation wrote ({string.Join(", ", generations[path].Select(g => Convert.FromBase64String(g).Length))} bytes)");
        }
        foreach (var path in paths)
            Assert.True(responses.Where(r => r.Path == path).Select(r => Convert.ToBase64String(r.Body)).Distinct().Count() > 1,
                $"{path}: every response was the same: the edits were not served while requests were made");
    }

    [Theory]
    [InlineData("evil.example:{0}")]
    [InlineData("127.0.0.1.nip.io:{0}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost")]
    public async Task A_request_for_another_host_is_refused(string host)
    {
        var (server, http) = await Start();
        foreach (var path in new[] { SpeechPage, "pdf/bangfu-gongzuodui-zuotanhui.pdf", "__wengao/events" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = string.Format(System.Globalization.CultureInfo.InvariantCulture, host, server.Url.Port);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(server.Url.ToString(), body);
        }
    }

    [Theory]
    [InlineData("127.0.0.1:{0}")]
    [InlineData("localhost:{0}")]
    [InlineData("LOCALHOST:{0}")]
    public async Task A_request_for_the_printed_address_is_answered(string host)
    {
        var (server, http) = await Start();
        using var request = new HttpRequestMessage(HttpMethod.Get, SpeechPage);
        request.Headers.Host = string.Format(System.Globalization.CultureInfo.InvariantCulture, host, server.Url.Port);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_rebuild_that_throws_is_reported_and_the_next_change_is_rebuilt()
    {
        var (server, http) = await Start();
        var trigger = _dir["content/trigger.txt"];
        server.BeforeRebuild = changed =>
        {
            if (changed.Contains(trigger)) throw new InvalidOperationException("a fault planted by the test");
        };
        await using var events = await EventStream.OpenAsync(http, Timeout);

        File.WriteAllText(trigger, "x");
        await events.Next("failed", Timeout);
        using (var broken = await http.GetAsync(SpeechPage))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
            var page = WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync());
            Assert.Contains("unexpected InvalidOperationException: a fault planted by the test", page);
            Assert.Contains($"{trigger}:1:1: error", page);
            Assert.DoesNotContain("   at ", page); // no stack trace
        }
        Assert.Contains("unexpected InvalidOperationException: a fault planted by the test", _log.ToString());
        Assert.Contains("rebuild failed", _log.ToString());
        Assert.DoesNotContain("   at ", _log.ToString());

        Replace(Speech, File.ReadAllText(Speech).Replace("title: 在", "title: 修复后在", StringComparison.Ordinal));
        await events.Next("reload", Timeout);
        using var fixedPage = await http.GetAsync(SpeechPage);
        Assert.Equal(HttpStatusCode.OK, fixedPage.StatusCode);
        Assert.Contains("修复后在", await fixedPage.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_rebuild_whose_leak_scan_fails_leaves_the_last_good_files_served()
    {
        var (server, http) = await Start("public");
        var css = _dir["templates/html/static/style.css"];
        var good = await http.GetByteArrayAsync("style.css");
        await using var events = await EventStream.OpenAsync(http, Timeout);

        // Static files are copied as they are: a hidden name in them is found only when they are read back.
        Replace(css, File.ReadAllText(css) + "\n/* 雷文勇 */\n");
        await events.Next("failed", Timeout);

        Assert.Equal(good, await http.GetByteArrayAsync("style.css"));
        Assert.Equal(good, File.ReadAllBytes(Path.Combine(server.SiteDirectory, "style.css")));
        using (var page = await http.GetAsync(SpeechPage))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
            var text = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
            Assert.Contains($"{Path.Combine(server.SiteDirectory, "style.css")}:", text); // the file served, not a staging copy
            Assert.DoesNotContain(".wengao", text);
        }

        Replace(css, Encoding.UTF8.GetString(good));
        await events.Next("reload", Timeout);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(SpeechPage)).StatusCode);
        Assert.Equal(good, await http.GetByteArrayAsync("style.css"));
    }

    [Fact]
    public async Task Ctrl_c_stops_the_server_within_a_second_and_removes_its_folder()
    {
        Directory.CreateDirectory(_dir["tmp"]);
        using var serve = ChildCli.Start(["serve", "--content", _dir["content"], "--templates", _dir["templates"]],
            new Dictionary<string, string> { ["TMPDIR"] = _dir["tmp"] });
        var line = serve.WaitForLine("serving", Timeout);
        var url = new Uri(line[(line.IndexOf("http://", StringComparison.Ordinal))..].Split(' ')[0]);
        Assert.Single(Directory.GetDirectories(_dir["tmp"], "wengao-serve-*"));

        // An open page keeps its event stream open: the server must not wait for it to end.
        using var http = new HttpClient { BaseAddress = url, Timeout = Timeout };
        var events = await EventStream.OpenAsync(http, Timeout);
        serve.Signal(ChildCli.SigInt);
        Assert.True(serve.WaitForExit(TimeSpan.FromSeconds(1)), $"still running 1 s after SIGINT:\n{serve.Output}");
        await events.DisposeAsync();

        Assert.True(serve.ExitCode == 0, serve.Output);
        Assert.Empty(Directory.GetDirectories(_dir["tmp"], "wengao-serve-*"));
        Assert.DoesNotContain("Unhandled exception", serve.Output);
    }

    [Fact]
    public void Ctrl_c_during_the_first_build_stops_it_within_a_second_and_removes_its_folder()
    {
        Directory.CreateDirectory(_dir["tmp"]);
        using var serve = ChildCli.Start(["serve", "--content", _dir["content"], "--templates", _dir["templates"]],
            new Dictionary<string, string> { ["TMPDIR"] = _dir["tmp"] });
        // Its PDFs being written: the build is under way, nothing served yet.
        Assert.True(ChildCli.Until(() => StagedPdf(_dir["tmp"]) || serve.HasExited, Timeout), "the first build wrote no PDF in time");
        Assert.False(serve.HasExited, serve.Output);
        serve.Signal(ChildCli.SigInt);
        Assert.True(serve.WaitForExit(TimeSpan.FromSeconds(1)), $"still running 1 s after SIGINT:\n{serve.Output}");

        Assert.True(serve.ExitCode == 0, serve.Output);
        Assert.Empty(Directory.GetDirectories(_dir["tmp"], "wengao-serve-*"));
        Assert.DoesNotContain("serving", serve.Output);
    }

    private static bool StagedPdf(string tmp)
    {
        try { return Directory.EnumerateFiles(tmp, "*.pdf", SearchOption.AllDirectories).Any(); }
        catch (DirectoryNotFoundException) { return false; } // a folder went while it was listed
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _http?.Dispose();
        _dir.Dispose();
    }
}
