using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Markdig.Syntax;
using Wengao.Extensions;
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

    private static readonly byte[] Head = "window.WENGAO_SEARCH = {\"documents\":["u8.ToArray();
    private static readonly byte[] Tail = "]};\n"u8.ToArray();

    // Ideographs written as they are (not \uXXXX): half the size, and the edition's leak scan reads them.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The index as the bytes of search-index.js, documents in the order given (the same sources give the same bytes).</summary>
    public static byte[] Build(IReadOnlyList<ParsedDocument> documents)
    {
        // Each document's entry is written on its own, in parallel: the index of a large archive is tens of megabytes.
        var entries = documents.AsParallel().AsOrdered().Select(Document).ToList();
        var index = new byte[Head.Length + entries.Sum(e => e.Length + 1) - Math.Min(1, entries.Count) + Tail.Length];
        var at = Head.Length;
        Head.CopyTo(index, 0);
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0) index[at++] = (byte)',';
            entries[i].CopyTo(index, at);
            at += entries[i].Length;
        }
        Tail.CopyTo(index, at);
        return index;
    }

    /// <summary>
    /// One entry: the title, the fields printed as prose (a salutation), the body, the printed furniture (发文字号, 署名,
    /// 附件说明, 附注, 版记) and the attachments' titles and contents, as the page shows them.
    /// </summary>
    private static byte[] Document(ParsedDocument parsed)
    {
        var (document, body, furniture, attachments) = (parsed.Document, parsed.Body, parsed.Document.Furniture, parsed.Attachments);
        var (title, date) = (document.Title, document.Date);
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        json.WriteString("title", title);
        json.WriteString("url", SitePaths.Document(document));
        json.WriteString("date", date.ToString("yyyy-MM-dd"));
        json.WriteString("dateText", ChineseText.Date(date));
        json.WriteString("kind", document.Kind.Short);
        var text = new StringBuilder(title);
        // A prose field as the page prints it: its text, or each item of a list (a 公文's 主送机关).
        foreach (var field in document.Kind.Fields.Where(f => f.Prose))
            if (document.Fields.GetValueOrDefault(field.Name) is { } value)
                foreach (var prose in value.List ?? (value.Text is { } one ? [one] : []))
                    text.Append('\n').Append(prose);
        if (furniture.Number is { } number) text.Append('\n').Append(number);
        Append(text, body);
        string?[] printed = [.. furniture.Attachments, .. furniture.Signature, furniture.Note, furniture.CopiesTo, furniture.PrintedBy];
        foreach (var line in printed)
            if (line is not null) text.Append('\n').Append(line);
        foreach (var attachment in attachments)
        {
            text.Append('\n').Append(attachment.Title);
            Append(text, attachment.Content);
        }
        json.WriteString("text", text.ToString());
        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static void Append(StringBuilder text, MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
            if (PlainText.Of(block.Inline) is { Length: > 0 } line)
                text.Append('\n').Append(line);
    }
}
