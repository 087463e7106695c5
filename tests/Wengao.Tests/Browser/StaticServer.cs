using System.Net;
using System.Net.Sockets;

namespace Wengao.Tests.Browser;

/// <summary>Serves a folder on a free 127.0.0.1 port, as any static web server would: a missing file gets the site's 404.html.</summary>
public sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8", [".xml"] = "application/xml; charset=utf-8",
        [".svg"] = "image/svg+xml", [".pdf"] = "application/pdf", [".png"] = "image/png",
    };

    private readonly string _root;
    private readonly HttpListener _listener = new();

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        // A port free a moment ago may be taken before HttpListener binds it: try a few.
        for (var attempt = 0; ; attempt++)
        {
            Origin = $"http://127.0.0.1:{FreePort()}";
            _listener.Prefixes.Add(Origin + "/");
            try { _listener.Start(); break; }
            catch (HttpListenerException) when (attempt < 5) { _listener.Prefixes.Clear(); }
        }
        _ = Task.Run(ServeAsync);
    }

    /// <summary>The scheme, host and port, without a trailing slash.</summary>
    public string Origin { get; private set; } = "";

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            // RawUrl keeps the percent-encoding the browser sent: decode it as UTF-8 to find 帮扶.html and the like.
            var path = Uri.UnescapeDataString((context.Request.RawUrl ?? "/").Split('?', '#')[0]);
            var file = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
            if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
            var found = file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file);
            if (!found) file = Path.Combine(_root, "404.html");
            response.StatusCode = found ? 200 : 404;
            response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod != "HEAD") response.OutputStream.Write(bytes);
        }
        catch (Exception e) when (e is IOException or HttpListenerException) { } // the browser went away mid-response
    }

    public void Dispose() => _listener.Close();
}
