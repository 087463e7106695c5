using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Markdig.Syntax;
using Wengao.Parse;
using Wengao.Render.Html;
using Wengao.Text;

namespace Wengao.Render.Search;

/// <summary>
/// An edition's search index: every document's title, link, date, kind and plain text, for search.js to scan.
/// It is a script that sets a global, not a JSON file, because a page opened from file:// may load a script
/// but not fetch(). The text is stored as written (excerpts show it so); the client folds width and case.
/// </summary>
public static class SearchIndex
{
    public const string FileName = "search-index.js";
    public const string Page = "search.html";

    private static readonly byte[] Prefix = "window.WENGAO_SEARCH = "u8.ToArray();
    private static readonly byte[] Suffix = ";\n"u8.ToArray();

    // Ideographs written as they are (not \uXXXX): half the size, and the edition's leak scan reads them.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The index as the bytes of search-index.js, documents in the order given (the same sources give the same bytes).</summary>
    public static byte[] Build(IReadOnlyList<ParsedSpeech> speeches, IReadOnlyList<ParsedBriefing> briefings)
    {
        using var stream = new MemoryStream();
        stream.Write(Prefix);
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            var text = new StringBuilder();
            foreach (var parsed in speeches)
            {
                var s = parsed.Speech;
                Document(json, text, "讲话", s.Title, SitePaths.Speech(s.Slug), s.Date, parsed.Body, s.Salutation);
            }
            foreach (var parsed in briefings)
            {
                var b = parsed.Briefing;
                Document(json, text, "简报", b.Title, SitePaths.Briefing(b.Slug), b.Date, parsed.Body, null);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.Write(Suffix);
        return stream.ToArray();
    }

    /// <param name="text">a buffer reused from document to document</param>
    private static void Document(Utf8JsonWriter json, StringBuilder text, string kind, string title, string url, DateOnly date,
        MarkdownDocument body, string? salutation)
    {
        json.WriteStartObject();
        json.WriteString("title", title);
        json.WriteString("url", url);
        json.WriteString("date", date.ToString("yyyy-MM-dd"));
        json.WriteString("dateText", ChineseText.Date(date));
        json.WriteString("kind", kind);
        text.Clear().Append(title);
        if (salutation is not null) text.Append('\n').Append(salutation);
        foreach (var block in body.Descendants<LeafBlock>())
            if (SpeechMarkdown.PlainText(block.Inline) is { Length: > 0 } line)
                text.Append('\n').Append(line);
        json.WriteString("text", text.ToString());
        json.WriteEndObject();
    }
}
