namespace Wengao.Tests.Serve;

/// <summary>The server-sent events stream, read event by event.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, Stream body) => (_response, _reader) = (response, new StreamReader(body));

    /// <summary>Opens the stream and waits for the server's first line, so the edits that follow are seen.</summary>
    public static async Task<EventStream> OpenAsync(HttpClient http, TimeSpan timeout)
    {
        var response = await http.GetAsync("/__wengao/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = new EventStream(response, await response.Content.ReadAsStreamAsync());
        using var deadline = new CancellationTokenSource(timeout);
        Assert.Equal(": connected", await stream._reader.ReadLineAsync(deadline.Token));
        return stream;
    }

    /// <summary>The data of the next event of this name.</summary>
    public async Task<string> Next(string name, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        var current = "";
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) current = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name) return line["data: ".Length..];
        }
        throw new EndOfStreamException($"the event stream ended before a `{name}` event");
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
