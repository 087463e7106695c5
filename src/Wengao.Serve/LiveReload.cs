using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Wengao.Serve;

/// <summary>
/// The server-sent events that reload open pages: `reload` after a rebuild that changed files (its data the changed
/// paths), `failed` when a rebuild failed (the page then reloads into the error page).
/// </summary>
internal sealed class LiveReload
{
    public const string EventsPath = "/__wengao/events";

    /// <summary>Added to every HTML response of the server, never to the files on disk.</summary>
    public const string Script =
        "<script>/* wengao serve */(function(){var e=new EventSource(\"" + EventsPath + "\");"
        + "e.addEventListener(\"reload\",function(){location.reload()});e.addEventListener(\"failed\",function(){location.reload()})})();</script>";

    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();

    public static string Inject(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Script : html.Insert(end, Script);
    }

    /// <param name="data">one line (JSON)</param>
    public void Send(string name, string data)
    {
        var message = $"event: {name}\ndata: {data}\n\n";
        foreach (var client in _clients.Keys) client.Writer.TryWrite(message);
    }

    /// <summary>Holds a request open and writes it every event until the browser leaves or the server stops.</summary>
    public async Task Stream(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var client = Channel.CreateUnbounded<string>();
        _clients[client] = 0;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // A first comment at once: the browser (or a test) knows it is listening from here on.
            await context.Response.WriteAsync(": connected\n\n", Encoding.UTF8, done.Token);
            await context.Response.Body.FlushAsync(done.Token);
            await foreach (var message in client.Reader.ReadAllAsync(done.Token))
            {
                await context.Response.WriteAsync(message, Encoding.UTF8, done.Token);
                await context.Response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException) { }
        finally { _clients.TryRemove(client, out _); }
    }
}
