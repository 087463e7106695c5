using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wengao.Build;
using Wengao.Build.Incremental;
using Wengao.Diagnostics;

namespace Wengao.Serve;

/// <param name="Port">0 for a free port</param>
/// <param name="Edition">the edition to show; the first site.yml declares when null</param>
public sealed record ServeOptions(string Content, string Templates, int Port = 0, string? Edition = null);

/// <summary>
/// `wengao serve`: builds one edition (drafts included) into a temporary folder, serves its site on 127.0.0.1,
/// rebuilds what a change of content/ or templates/ affects and reloads the open pages. While the sources do not
/// build, every HTML request gets the errors, and the folder keeps the last pages that built.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    // How long the sources must be quiet before a rebuild: one file saved in place, or several paths (see SourceWatcher).
    private static readonly TimeSpan OneFileQuiet = TimeSpan.FromMilliseconds(10), Quiet = TimeSpan.FromMilliseconds(50);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly IncrementalBuild _build;
    private readonly SourceWatcher _watcher;
    private readonly LiveReload _reload = new();
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly string _folder;
    private WebApplication? _app;
    private Task _watching = Task.CompletedTask;
    private volatile IReadOnlyList<SourceError>? _errors;

    private PreviewServer(ServeOptions options, TextWriter log)
    {
        _log = TextWriter.Synchronized(log);
        _folder = Directory.CreateTempSubdirectory("wengao-serve-").FullName;
        _build = new IncrementalBuild(new BuildOptions(options.Content, options.Templates, _folder, Drafts: true, Edition: options.Edition));
        _watcher = new SourceWatcher([options.Content, options.Templates]);
    }

    /// <summary>The site's address, http://127.0.0.1:PORT/.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The built site being served (in a temporary folder, removed when the server stops).</summary>
    public string SiteDirectory => Path.Combine(_build.Root, "site");

    /// <summary>The engine, whose last report says what each rebuild wrote.</summary>
    public IncrementalBuild Build => _build;

    /// <param name="log">where each rebuild and each error is printed</param>
    public static async Task<PreviewServer> StartAsync(ServeOptions options, TextWriter log)
    {
        // A rebuild holds a pool thread and one per core for its parallel work: one more at once, so a request is
        // answered while pages or PDFs are being made, not after.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 2), completions);
        var server = new PreviewServer(options, log);
        server.Rebuild(null);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        app.Run(context => context.Request.Path == LiveReload.EventsPath ? server._reload.Stream(context, server._stop.Token) : server.Respond(context));
        await app.StartAsync();
        server._app = app;
        server.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        server._watching = Task.Run(() => server.Watch(server._stop.Token));
        return server;
    }

    private async Task Watch(CancellationToken stop)
    {
        try
        {
            await foreach (var changed in _watcher.Batches(OneFileQuiet, Quiet, stop)) Rebuild(changed);
        }
        catch (OperationCanceledException) { }
    }

    private void Rebuild(IReadOnlyCollection<string>? changed)
    {
        try
        {
            var report = _build.Rebuild(changed);
            var recovered = _errors is not null;
            _errors = null;
            var files = report.Written.Concat(report.Deleted).ToList();
            if (files.Count == 0 && !recovered && changed is not null) return;
            _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(changed is null ? "built" : "rebuilt")} {files.Count} file(s) in {report.Elapsed.TotalMilliseconds:0} ms"));
            var pages = files.Where(f => f.StartsWith("site/", StringComparison.Ordinal)).Select(f => f["site/".Length..]).ToList();
            _reload.Send("reload", JsonSerializer.Serialize(new { paths = pages }));
        }
        catch (Exception e) when (e is BuildFailedException or IOException or UnauthorizedAccessException)
        {
            var errors = e is BuildFailedException failed ? failed.Errors : [new SourceError(new(e.Message, 0, 0), "the rebuild could not read or write a file")];
            _errors = errors;
            foreach (var error in errors) _log.WriteLine(error);
            _log.WriteLine($"rebuild failed: {errors.Count} error(s); serving the last pages that built");
            _reload.Send("failed", JsonSerializer.Serialize(new { errors = errors.Select(x => x.ToString()) }));
        }
    }

    /// <summary>A file of the site; an HTML page with the reload script, or the error page while the sources do not build.</summary>
    private async Task Respond(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var path = context.Request.Path.Value ?? "/";
        if (path.EndsWith('/')) path += "index.html";
        var root = Path.GetFullPath(SiteDirectory) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        var html = file.EndsWith(".html", StringComparison.Ordinal);
        if (html && _errors is { } errors)
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            await Html(response, ErrorPage.Render(errors));
        }
        else if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
        {
            if (Directory.Exists(file) && file.StartsWith(root, StringComparison.Ordinal)) { response.Redirect(context.Request.Path + "/"); return; }
            response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(root, "404.html");
            if (File.Exists(notFound)) await Html(response, await File.ReadAllTextAsync(notFound));
        }
        else if (html) await Html(response, await File.ReadAllTextAsync(file));
        else
        {
            response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            await response.SendFileAsync(file);
        }
    }

    private static Task Html(HttpResponse response, string page)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(LiveReload.Inject(page));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _watcher.Dispose();
        await _watching;
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _stop.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
