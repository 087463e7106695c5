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
/// An edition's search index, in three parts so that a query downloads little (docs/search.md):
/// - search-index.js, the entry: how many documents and shards, and the filters' values (kind, year, speaker, tag);
/// - search/s/N.js, the shards: each key (<see cref="SearchKeys"/>, by its <see cref="SearchKeys.Id"/>) with the documents that hold it, by the key's hash;
/// - search/d/F/N-K.js, each document's text in chunks, by its number (newest first) and the chunk's, each with its title,
///   link and fields: a result loads the chunk of its first hit (the shards say which), not the whole text.
/// Each is a script that registers its data, not JSON, because a page opened from file:// may load a script but not fetch().
/// </summary>
public static class SearchIndex
{
    public const string FileName = "search-index.js";
    public const string Page = "search.html";

    /// <summary>
    /// Documents per shard: at 8 a shard of the 5,000-speech corpus is about 50 KB, so a cold query's shard and the chunks
    /// of its first 20 results stay within 300 KB (docs/performance.md); and only a common key's list grows with the archive.
    /// </summary>
    private const int DocumentsPerShard = 8;

    public static int ShardCount(int documents) => Math.Max(1, (documents + DocumentsPerShard - 1) / DocumentsPerShard);

    public static string ShardFile(int shard) => $"search/s/{shard}.js";

    /// <summary>search/d/F/N-K.js: a folder per <see cref="DocumentsPerFolder"/> documents, so parallel writers rarely wait on one folder's lock.</summary>
    public static string DocumentFile(int number, int chunk) => $"search/d/{number / DocumentsPerFolder}/{number}-{chunk}.js";

    private const int DocumentsPerFolder = 100;

    /// <summary>
    /// Characters of text per chunk: a speech of the shared corpus (about 3,900) is two, so a page of 20 results costs
    /// about 120 KB and the build one file per 2,000 characters — on a busy disk each file costs as much as a page does.
    /// </summary>
    private const int ChunkLength = 2000;

    /// <summary>How many files (search/d/F/N-K.js) the document's text takes.</summary>
    public static int ChunkCount(ParsedDocument parsed) => ChunkStarts(TextOf(parsed)).Length;

    /// <summary>Where each chunk starts: every <see cref="ChunkLength"/> characters, never between the halves of a surrogate pair.</summary>
    private static int[] ChunkStarts(string text)
    {
        List<int> starts = [0];
        for (var at = ChunkLength; at < text.Length; at += ChunkLength)
        {
            if (char.IsLowSurrogate(text[at])) at++;
            if (at < text.Length) starts.Add(at);
        }
        return [.. starts];
    }

    // Ideographs written as they are (not \uXXXX): half the size, and the edition's leak scan reads them.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The documents in the index's order, which numbers them: newest first (so by date is by number), then by kind.</summary>
    public static IReadOnlyList<ParsedDocument> Order(IEnumerable<ParsedDocument> documents, List<string> kinds) =>
        [.. documents.OrderByDescending(d => d.Document.Date).ThenBy(d => kinds.IndexOf(d.Document.Kind.Name))];

    /// <summary>
    /// search/d/F/N-K.js for each chunk K of the document: what a result shows of it, and one chunk of the text its hits are
    /// found and marked in. The fields are written once and put before each chunk's text.
    /// </summary>
    public static IReadOnlyList<byte[]> Documents(ParsedDocument parsed, int number)
    {
        var document = parsed.Document;
        var text = TextOf(parsed);
        var starts = ChunkStarts(text);
        var fields = Script("", json =>
        {
            json.WriteStartObject();
            json.WriteString("title", document.Title);
            json.WriteString("url", SitePaths.Document(document));
            json.WriteString("date", document.Date.ToString("yyyy-MM-dd"));
            json.WriteString("dateText", ChineseText.Date(document.Date));
            json.WriteString("kind", document.Kind.Short);
            if (document.Author is { } speaker) json.WriteString("speaker", speaker);
            if (document.Occasion is { } occasion) json.WriteString("occasion", occasion);
            json.WriteStartArray("tags");
            foreach (var tag in document.Tags) json.WriteStringValue(tag);
            json.WriteEndArray();
            json.WriteNumber("chunks", starts.Length);
            json.WriteEndObject();
        }, end: "");
        var files = new byte[starts.Length][];
        for (var chunk = 0; chunk < starts.Length; chunk++)
        {
            var head = Encoding.ASCII.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"WENGAO_SEARCH.doc({number},{chunk},"));
            var end = chunk + 1 < starts.Length ? starts[chunk + 1] : text.Length;
            files[chunk] = ScriptString.Append(head, fields.AsSpan(0, fields.Length - 1), ",\"text\":"u8, text.AsSpan(starts[chunk], end - starts[chunk]), "});\n"u8);
        }
        return files;
    }

    /// <summary>The entry and the shards, from the documents in <see cref="Order"/>, held together.</summary>
    /// <param name="names">the order of the speakers and tags the filters offer: the lists' (site.yml's `lists: name_order:`)</param>
    public static (byte[] Entry, IReadOnlyList<byte[]> Shards) Build(IReadOnlyList<ParsedDocument> documents, Model.NameOrdering names = Model.NameOrdering.Pinyin)
    {
        var files = new byte[1 + ShardCount(documents.Count)][];
        Build(documents, names, (n, bytes) => files[n] = bytes!); // null only for a shard kept from a last build: none here
        return (files[0], files[1..]);
    }

    /// <summary>
    /// The entry and the shards, each handed to <paramref name="file"/> as it is made, from several threads: the entry as
    /// file 0, shard N as file N + 1. The bytes are those of <see cref="Build(IReadOnlyList{ParsedDocument}, Model.NameOrdering)"/>.
    /// Given the last build's shards and each document's fingerprint, only the documents not found there are read
    /// (<see cref="ShardFiles.Update"/>); the bytes are the same, and a shard whose bytes are the last build's is handed
    /// over as null (the current output's file of it serves).
    /// </summary>
    /// <param name="prints">each document's fingerprint, by its number, where <paramref name="last"/> is given</param>
    /// <param name="digests">filled with each document's <see cref="DocumentKeys.Digest"/>, by its number, for the next build's <paramref name="last"/></param>
    /// <returns>how many documents' keys were read</returns>
    public static int Build(IReadOnlyList<ParsedDocument> documents, Model.NameOrdering names, Action<int, byte[]?> file,
        IReadOnlyList<string>? prints = null, LastIndex? last = null, ulong[]? digests = null)
    {
        var shards = ShardCount(documents.Count);
        digests ??= new ulong[documents.Count];
        file(0, Entry(documents, shards, names));
        ParsedSource Source(int n) => SourceOf(documents[n]);
        void Shard(int shard, byte[]? bytes) => file(shard + 1, bytes);
        if (prints is not null && last is not null && ShardFiles.Update(prints, last, Source, shards, Shard, digests, out var read)) return read;
        ShardFiles.Build(documents.Count, Source, shards, Shard, digests);
        return documents.Count;
    }

    private static ParsedSource SourceOf(ParsedDocument parsed)
    {
        var text = TextOf(parsed); // folded as its keys are read: one unit for one, so its chunks start where the folded text's do
        var document = parsed.Document;
        return Source(text, ChunkStarts(text), document.Title.Length, document.Kind.Short, document.Date.Year, document.Author, document.Occasion, document.Tags);
    }

    private static ParsedSource Source(string text, int[] starts, int titleLength, string kind, int year, string? speaker, string? occasion, IReadOnlyList<string> tags) =>
        new(text, starts, titleLength, [.. Fields(speaker, occasion, tags)], [.. Filters(kind, year, speaker, tags).Select(f => f.Key + f.Value)]);

    /// <summary>
    /// What a document's keys were read from, as its chunk files (<see cref="Documents"/>, chunk K given by <paramref name="chunk"/>)
    /// hold it: the text whole, the title, the fields and filters; null where a file is missing or is not a chunk. An edit
    /// build reads the keys an edited document held in the last shards from its last chunks (the build cache's digest says
    /// whether they are those keys).
    /// </summary>
    internal static ParsedSource? SourceOfChunks(Func<int, byte[]?> chunk)
    {
        try
        {
            var (text, starts, count) = (new StringBuilder(), new List<int>(), 1);
            (string Title, string Kind, int Year, string? Speaker, string? Occasion, List<string> Tags)? fields = null;
            for (var k = 0; k < count; k++)
            {
                if (chunk(k) is not { } file) return null;
                var (open, close) = (file.AsSpan().IndexOf((byte)'{'), file.AsSpan().LastIndexOf((byte)'}'));
                if (open < 0 || close < open) return null;
                using var json = JsonDocument.Parse(file.AsMemory(open, close - open + 1));
                var root = json.RootElement;
                if (k == 0)
                {
                    string? Optional(string name) => root.TryGetProperty(name, out var value) ? value.GetString() : null;
                    fields = (root.GetProperty("title").GetString()!, root.GetProperty("kind").GetString()!,
                        DateOnly.ParseExact(root.GetProperty("date").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Year,
                        Optional("speaker"), Optional("occasion"), [.. root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)]);
                    count = root.GetProperty("chunks").GetInt32();
                }
                starts.Add(text.Length);
                text.Append(root.GetProperty("text").GetString());
            }
            var (title, kind, year, speaker, occasion, tags) = fields!.Value;
            return Source(text.ToString(), [.. starts], title.Length, kind, year, speaker, occasion, tags);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The fields a query finds a document by besides its text: who gave it, where, its tags.</summary>
    private static IEnumerable<string> Fields(string? speaker, string? occasion, IReadOnlyList<string> tags) =>
        [.. new[] { speaker, occasion }.OfType<string>(), .. tags];

    /// <summary>
    /// The filters a document is under, as a prefix and a value: the prefix starts with a tab, which no text key holds
    /// (<see cref="SearchKeys.IsSpace"/>), so "\tk讲话" is the filter and never the text 讲话.
    /// </summary>
    private static IEnumerable<(string Key, string Value)> Filters(Model.Document document) =>
        Filters(document.Kind.Short, document.Date.Year, document.Author, document.Tags);

    private static IEnumerable<(string Key, string Value)> Filters(string kind, int year, string? speaker, IReadOnlyList<string> tags)
    {
        yield return (Filter.Kind, kind);
        yield return (Filter.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (speaker is not null) yield return (Filter.Speaker, speaker);
        foreach (var tag in tags.Distinct(StringComparer.Ordinal)) yield return (Filter.Tag, tag);
    }

    private static class Filter
    {
        public const string Kind = "\tk", Year = "\ty", Speaker = "\ts", Tag = "\tt";
    }

    /// <summary>search-index.js: the counts and each filter's values with how many documents each has, in the order the form lists them.</summary>
    private static byte[] Entry(IReadOnlyList<ParsedDocument> documents, int shards, Model.NameOrdering names)
    {
        var filters = documents.SelectMany(d => Filters(d.Document)).GroupBy(f => f.Key)
            .ToDictionary(g => g.Key, g => g.GroupBy(f => f.Value).Select(v => (Value: v.Key, Count: v.Count())).ToList());
        return Script("window.WENGAO_SEARCH_INDEX = (", json =>
        {
            json.WriteStartObject();
            json.WriteNumber("documents", documents.Count);
            json.WriteNumber("shards", shards);
            json.WriteStartObject("filters");
            // Kinds in the kinds' order and years newest first, as the documents are; names as the lists order them, from the table the build carries.
            WriteFilter(json, "kind", Filter.Kind, filters.GetValueOrDefault(Filter.Kind, []));
            WriteFilter(json, "year", Filter.Year, [.. filters.GetValueOrDefault(Filter.Year, []).OrderByDescending(v => v.Value, StringComparer.Ordinal)]);
            WriteFilter(json, "speaker", Filter.Speaker, [.. filters.GetValueOrDefault(Filter.Speaker, []).OrderBy(v => v.Value, Navigation.Names(names, people: true))]);
            WriteFilter(json, "tag", Filter.Tag, [.. filters.GetValueOrDefault(Filter.Tag, []).OrderBy(v => v.Value, Navigation.Names(names, people: false))]);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteFilter(Utf8JsonWriter json, string name, string prefix, IReadOnlyList<(string Value, int Count)> values)
    {
        json.WriteStartObject(name);
        json.WriteString("key", prefix);
        json.WriteStartArray("values");
        foreach (var (value, count) in values)
        {
            json.WriteStartArray();
            json.WriteStringValue(value);
            json.WriteNumberValue(count);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>`head` + the JSON <paramref name="write"/> writes + <paramref name="end"/>.</summary>
    private static byte[] Script(string head, Action<Utf8JsonWriter> write, string end = ");\n")
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write(Encoding.UTF8.GetBytes(head));
        using (var json = new Utf8JsonWriter(buffer, Options)) { write(json); }
        buffer.Write(Encoding.UTF8.GetBytes(end));
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The text: the title, the fields printed as prose (a salutation), the body, the printed furniture (发文字号, 署名,
    /// 附件说明, 附注, 版记) and the attachments' titles and contents, as the page shows them.
    /// </summary>
    /// <remarks>
    /// Made again at each of its three reads (the chunks' count when the outputs are planned, the chunks, the shards), not
    /// kept: kept from the plan to the index, every document's text was a quarter of the live heap at 50,000 speeches
    /// (345 of 1,455 MB), for some 20 ms of CPU per 1,000 documents a read (docs/performance.md, issue 21).
    /// </remarks>
    private static string TextOf(ParsedDocument parsed)
    {
        var (document, body, furniture, attachments) = (parsed.Document, parsed.Body, parsed.Document.Furniture, parsed.Attachments);
        var text = new StringBuilder(document.Title);
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
        return text.ToString();
    }

    private static void Append(StringBuilder text, MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
            if (PlainText.Of(block.Inline) is { Length: > 0 } line)
                text.Append('\n').Append(line);
    }

}

/// <summary>What the last build's shards were made from, for a build that reads only the documents that changed.</summary>
/// <param name="Documents">each document's fingerprint (its source and what else it is made of), by its number then</param>
/// <param name="Digests">each document's <see cref="DocumentKeys.Digest"/>, by its number then</param>
/// <param name="Shard">the file of shard N as that build wrote it; null where it cannot be had as written</param>
/// <param name="Chunk">chunk K of document N's search text as that build wrote it (search/d/F/N-K.js); null where it cannot be had</param>
public sealed record LastIndex(IReadOnlyList<string> Documents, IReadOnlyList<ulong> Digests, int Shards, Func<int, byte[]?> Shard, Func<int, int, byte[]?> Chunk);
