using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wengao.Tests.Search;

/// <summary>
/// A document as the written index holds it: its chunks (search/d/F/N-K.js, each `WENGAO_SEARCH.doc(N,K,{…});`) read
/// back and their texts joined in order.
/// </summary>
public sealed partial record IndexedDocument(int Number, string Title, string Url, string Date, string DateText, string Kind, string? Speaker, string Text)
{
    [GeneratedRegex(@"^WENGAO_SEARCH\.doc\((?<n>\d+),(?<k>\d+),(?<json>\{.*\})\);\n$", RegexOptions.Singleline)]
    private static partial Regex Chunk();

    public static IReadOnlyList<IndexedDocument> Read(string site) =>
        [.. Directory.GetFiles(Path.Combine(site, "search", "d"), "*.js", SearchOption.AllDirectories)
            .Select(file =>
            {
                var match = Chunk().Match(File.ReadAllText(file, Encoding.UTF8));
                Assert.True(match.Success, $"{file} is not a chunk of the search index");
                using var json = JsonDocument.Parse(match.Groups["json"].Value);
                var d = json.RootElement;
                var (n, k) = (int.Parse(match.Groups["n"].Value), int.Parse(match.Groups["k"].Value));
                var chunk = new IndexedDocument(n, d.GetProperty("title").GetString()!, d.GetProperty("url").GetString()!,
                    d.GetProperty("date").GetString()!, d.GetProperty("dateText").GetString()!, d.GetProperty("kind").GetString()!,
                    d.TryGetProperty("speaker", out var speaker) ? speaker.GetString() : null, d.GetProperty("text").GetString()!);
                return (Chunk: k, Of: d.GetProperty("chunks").GetInt32(), Document: chunk);
            })
            .GroupBy(c => c.Document.Number).OrderBy(g => g.Key)
            .Select(g =>
            {
                var chunks = g.OrderBy(c => c.Chunk).ToList();
                Assert.Equal(Enumerable.Range(0, chunks[0].Of), chunks.Select(c => c.Chunk)); // every chunk, once
                return chunks[0].Document with { Text = string.Concat(chunks.Select(c => c.Document.Text)) };
            })];
}
