using System.Text;
using System.Text.Json;
using Wengao.Render.Search;

namespace Wengao.Tests.Search;

/// <summary>A written search-index.js read back: the JSON after `window.WENGAO_SEARCH = `.</summary>
public sealed record IndexedDocument(string Title, string Url, string Date, string DateText, string Kind, string Text)
{
    private const string Prefix = "window.WENGAO_SEARCH = ";

    public static IReadOnlyList<IndexedDocument> Read(string site)
    {
        var script = File.ReadAllText(Path.Combine(site, SearchIndex.FileName), Encoding.UTF8);
        Assert.StartsWith(Prefix, script, StringComparison.Ordinal);
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script[Prefix.Length..^2]);
        return json.RootElement.GetProperty("documents").EnumerateArray().Select(d => new IndexedDocument(
            d.GetProperty("title").GetString()!, d.GetProperty("url").GetString()!, d.GetProperty("date").GetString()!,
            d.GetProperty("dateText").GetString()!, d.GetProperty("kind").GetString()!, d.GetProperty("text").GetString()!)).ToList();
    }
}
