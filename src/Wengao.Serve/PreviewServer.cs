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
using Wengao.Pipeline;
using Wengao.Pipeline.Incremental;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Serve;

/// <param name="Port">0 for a free port</param>
/// <param name="Edition">the edition to show; the first site.yml declares when null</param>
public sealed record ServeOptions(string Content, string Templates, int Port = 0, string? Edition = null);

/// <summary>
/// `wengao serve`: builds one edition (drafts included) into a temporary folder, serves its site on 127.0.0.1 to
/// requests for the address it printed, rebuilds what a change of content/ or templates/ affects and reloads the open
/// pages. A rebuild switches its files in whole (see <see cref="IncrementalBuild.Read{T}"/>); while the sources do not
/// build — whatever the error — every HTML request gets the errors, and the last files that built are served.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    // How long the sources must be quiet before a rebuild: one file saved in place, or several paths (see SourceWatcher).
    private static readonly TimeSpan OneFileQuiet = TimeSpan.FromMilliseconds(10), Quiet = TimeSpan.FromMilliseconds(50);
    // Ctrl+C must end the server within a second: how long it waits for a rebuild under way to stop at its next
    // document, and then for open connections to close, before it removes its folder.
    private static readonly TimeSpan RebuildStop = TimeSpan.FromMilliseconds(400), ConnectionsStop = TimeSpan.FromMilliseconds(300);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly IncrementalBuild _build;
    private readonly SourceWatcher _watcher;
    private readonly LiveReload _reload = new();
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly string _folder;
    private readonly string _content;
    private WebApplication? _app;
    private Task _watching = Task.CompletedTask;
    private volatile IReadOnlyList<SourceError>? _errors;
    private string[] _hosts = [];
    private int _disposed;

    private PreviewServer(ServeOptions options, TextWriter log)
    {
        _log = TextWriter.Synchronized(log);
        _folder = Directory.CreateTempSubdirectory("wengao-serve-").FullName;
        _content = Path.GetFullPath(options.Content);
        // The built edition in a folder of its own, so the staging folder beside it is inside the temporary folder too.
        _build = new IncrementalBuild(new BuildOptions(options.Content, options.Templates, Path.Combine(_folder, "preview"), Drafts: true, Edition: options.Edition));
        _watcher = new SourceWatcher([options.Content, options.Templates]);
    }

    /// <summary>The site's address, http://127.0.0.1:PORT/.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The built site being served (in a temporary folder, removed when the server stops).</summary>
    public string SiteDirectory => Path.Combine(_build.Root, "site");

    /// <summary>The temporary folder the server builds in, removed when it stops.</summary>
    public string Folder => _folder;

    /// <summary>The engine, whose last report says what each rebuild wrote.</summary>
    public IncrementalBuild Build => _build;

    /// <summary>Run at the start of each rebuild after the first (tests make a rebuild fail unexpectedly with it).</summary>
    internal Action<IReadOnlyCollection<string>>? BeforeRebuild { get; set; }

    /// <param name="log">where each rebuild and each error is printed</param>
    /// <param name="cancel">stops the first build (Ctrl+C while it runs): the folder is removed and this throws</param>
    public static async Task<PreviewServer> StartAsync(ServeOptions options, TextWriter log, CancellationToken cancel = default)
    {
        // A rebuild holds a pool thread and one per core for its parallel work: one more at once, so a request is
        // answered while pages or PDFs are being made, not after.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 2), completions);
        var server = new PreviewServer(options, log);
        try
        {
            using (cancel.Register(server._stop.Cancel)) server.Rebuild(null);
            cancel.ThrowIfCancellationRequested();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
            var app = builder.Build();
            app.Run(server.Handle);
            await app.StartAsync(cancel);
            server._app = app;
            server.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
            server._hosts = Hosts(server.Url.Port);
            server._watching = Task.Run(() => server.Watch(server._stop.Token));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The Host headers of the address printed. Any other is refused: a page of another site whose name is made to
    /// resolve to 127.0.0.1 (DNS rebinding) would otherwise read the preview, internal edition included.
    /// </summary>
    private static string[] Hosts(int port) =>
        port == 80 ? ["127.0.0.1:80", "localhost:80", "127.0.0.1", "localhost"] : [$"127.0.0.1:{port}", $"localhost:{port}"];

    private Task Handle(HttpContext context)
    {
        if (!_hosts.Contains(context.Request.Host.Value ?? "", StringComparer.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync($"wengao serve answers requests for {Url} only, not for the host `{context.Request.Host.Value}`.\n");
        }
        return context.Request.Path == LiveReload.EventsPath ? _reload.Stream(context, _stop.Token) : Respond(context);
    }

    private async Task Watch(CancellationToken stop)
    {
        try
        {
            await foreach (var changed in _watcher.Batches(OneFileQuiet, Quiet, stop)) Rebuild(changed);
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>Rebuilds and reports it; any failure is reported in the terminal and the browser, and the next change is rebuilt as usual.</summary>
    private void Rebuild(IReadOnlyCollection<string>? changed)
    {
        try
        {
            if (changed is not null) BeforeRebuild?.Invoke(changed);
            var report = _build.Rebuild(changed, _stop.Token);
            var recovered = _errors is not null;
            _errors = null;
            var files = report.Written.Concat(report.Deleted).ToList();
            if (files.Count == 0 && !recovered && changed is not null) return;
            _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(changed is null ? "built" : "rebuilt")} {files.Count} file(s) in {report.Elapsed.TotalMilliseconds:0} ms"));
            var pages = files.Where(f => f.StartsWith("site/", StringComparison.Ordinal)).Select(f => f["site/".Length..]).ToList();
            _reload.Send("reload", JsonList("paths", pages));
        }
        catch (Exception) when (_stop.IsCancellationRequested) { } // stopping: the folder is removed anyway
        catch (Exception e)
        {
            var errors = Errors(e, changed);
            _errors = errors;
            foreach (var error in errors) _log.WriteLine(error);
            _log.WriteLine($"rebuild failed: {errors.Count} error(s); serving the last pages that built");
            _reload.Send("failed", JsonList("errors", errors.Select(x => x.ToString())));
        }
    }

    // {"name":["…",…]} written out: a Native AOT build (the installed tool) has no reflection-based JsonSerializer.
    private static string JsonList(string name, IEnumerable<string> items)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray(name);
            foreach (var item in items) json.WriteStringValue(item);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private IReadOnlyList<SourceError> Errors(Exception e, IReadOnlyCollection<string>? changed) => e switch
    {
        BuildFailedException failed => failed.Errors,
        AggregateException all => [.. all.Flatten().InnerExceptions.SelectMany(inner => Errors(inner, changed))],
        IOException or UnauthorizedAccessException => [new SourceError(new(e.Message, 0, 0), "the rebuild could not read or write a file")],
        // Not the sources' fault but Wengao's: said so, at the change that set it off, without a stack trace.
        _ => [new SourceError(new(changed?.Order(StringComparer.Ordinal).FirstOrDefault() ?? _content, 1, 1),
            $"the rebuild stopped on an unexpected {e.GetType().Name}: {e.Message}",
            "this is a fault in wengao rather than in the sources: please report it with the change that caused it; the last pages that built are served and the next change is rebuilt as usual")],
    };

    /// <summary>A file of the site; an HTML page with the reload script, or the error page while the sources do not build.</summary>
    private async Task Respond(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var path = context.Request.Path.Value ?? "/";
        if (path.EndsWith('/')) path += "index.html";
        var html = path.EndsWith(".html", StringComparison.Ordinal);
        if (html && _errors is { } errors)
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            await Html(response, ErrorPage.Render(errors));
            return;
        }
        // Opened while no rebuild switches files: the page and the 404 page are one rebuild's, each read whole.
        var (file, folder, notFound) = _build.Read(root => Open(Path.Combine(root, "site"), path));
        if (folder) { response.Redirect(context.Request.Path + "/"); return; }
        if (file is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            if (notFound is not null) await using (notFound) await Html(response, await new StreamReader(notFound).ReadToEndAsync());
            return;
        }
        await using (file)
        {
            if (html) await Html(response, await new StreamReader(file).ReadToEndAsync());
            else
            {
                response.ContentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
                response.ContentLength = file.Length;
                await file.CopyToAsync(response.Body);
            }
        }
    }

    /// <summary>The file a request path names in the site, or whether it names a folder, or else the site's 404 page.</summary>
    private static (FileStream? File, bool Folder, FileStream? NotFound) Open(string site, string path)
    {
        var root = Path.GetFullPath(site) + Path.DirectorySeparatorChar;
        try
        {
            var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
            if (file.StartsWith(root, StringComparison.Ordinal))
            {
                if (File.Exists(file)) return (OpenRead(file), false, null);
                if (Directory.Exists(file)) return (null, true, null);
            }
        }
        catch (ArgumentException) { } // a character no file name may hold
        var notFound = Path.Combine(root, "404.html");
        return (null, false, File.Exists(notFound) ? OpenRead(notFound) : null);
    }

    // Others may replace or delete the file meanwhile (a rebuild renames over it): this handle keeps reading the one opened.
    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, useAsync: true);

    private static Task Html(HttpResponse response, string page)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(LiveReload.Inject(page));
    }

    /// <summary>Stops within a second — a rebuild under way stops at its next document — and removes the temporary folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stop.CancelAsync();
        _watcher.Dispose();
        await Task.WhenAny(_watching, Task.Delay(RebuildStop));
        if (_app is not null)
        {
            using var hurry = new CancellationTokenSource(ConnectionsStop);
            try { await _app.StopAsync(hurry.Token); }
            catch (OperationCanceledException) { }
            await _app.DisposeAsync();
        }
        // A rebuild that had not stopped yet may still be writing a file into the folder: removed again once it has.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
                break;
            }
            catch (DirectoryNotFoundException) { break; }
            catch (IOException) when (attempt < 3) { await Task.WhenAny(_watching, Task.Delay(RebuildStop / 4)); }
            catch (IOException) { break; }
        }
        _stop.Dispose();
    }
}
