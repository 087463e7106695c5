using System.Globalization;
using System.Runtime.CompilerServices;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Html;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// A persistent fingerprint of a planned output's <see cref="Inputs"/> — the same dependency entries `wengao serve`
/// compares by reference — made of what each part was loaded from: a document of its source's and its outcomes file's
/// hashes, the documents' links of their fields, the setter of its font files. What site.yml, the registry, the kinds
/// and Wengao's own build decide is in the cache's version (<see cref="BuildCache"/>), so a part that is site.yml adds
/// nothing here. A part of a type it does not know gets a value that never matches: such an output is always rendered.
/// </summary>
internal sealed class Fingerprints(SourceHashes files, string content, string templates)
{
    private readonly ConditionalWeakTable<object, string> _lists = new();
    private readonly string _content = Path.GetFullPath(content);
    private readonly string _html = Path.Combine(Path.GetFullPath(templates), "html");

    private readonly ConditionalWeakTable<Inputs, string> _inputs = new();

    /// <summary>The fingerprint, made once for an <see cref="Inputs"/> that several outputs share (the home list's pages, of every document).</summary>
    public string Of(Inputs inputs) => _inputs.GetValue(inputs, i => SourceHashes.Hash(string.Join("\n", i.Parts.Select(Part))));

    /// <summary>The hash of an HTML template as <see cref="Render.Templates.TemplateSet.Reading"/> names it; one that never matches where there is none.</summary>
    public string Template(string name) => files.Of(Path.Combine(_html, name));

    // Each document's part, made once: a document is a part of its page, its PDFs, its search chunks and the index.
    private readonly ConditionalWeakTable<Document, string> _documents = new();

    /// <summary>What a document's outputs are made from: its source, and the outcomes file it shows.</summary>
    public string Document(Document document) => _documents.GetValue(document, d =>
        $"{Path.GetRelativePath(_content, Path.GetFullPath(d.SourcePath))}={files.Of(d.SourcePath)};" + (d.OutcomesId is { } id ? Outcomes(id) : ""));

    private string Outcomes(string id) => $"outcomes/{id}={files.Of(Path.Combine(_content, "outcomes", id + ".yml"))}";

    private string Part(object? part) => part switch
    {
        null => "null",
        string text => "text:" + text,
        ParsedDocument parsed => "document:" + Document(parsed.Document),
        Document document => "document:" + Document(document),
        OutcomeSet outcomes => "outcomes:" + Outcomes(outcomes.Id),
        Site => "site", // site.yml is in the cache's version
        DocumentSetter setter => "fonts:" + _lists.GetValue(setter, _ => Fonts(setter.Fonts)),
        IReadOnlyList<DocumentLink> links => "links:" + _lists.GetValue(links, _ => Links(links)),
        _ => "unknown:" + Guid.NewGuid(),
    };

    /// <summary>
    /// The font files the roles resolved to, by path, size and time: hashing 10 MB CJK fonts on every build would cost
    /// more than the pages it saves. A font installed or removed that changes a role changes a path here.
    /// </summary>
    public static string Fonts(FontBook fonts) => SourceHashes.Hash(string.Join("\n", Enum.GetValues<FontRole>().Select(role =>
    {
        var face = fonts[role].Face;
        var file = new FileInfo(face.SourcePath);
        return file.Exists ? $"{role}={face.Location}:{file.Length}:{file.LastWriteTimeUtc.Ticks}" : $"{role}={face.Location}:missing";
    })));

    /// <summary>Every field of every link, in order: what the lists and each page's neighbours and related documents show of the documents.</summary>
    private static string Links(IReadOnlyList<DocumentLink> links) => SourceHashes.Hash(string.Join("\n", links.Select(l => string.Join("\u001f",
        l.Title, l.Url, l.Date, l.DateText, l.Kind, l.Day.ToString("O", CultureInfo.InvariantCulture), string.Join("\u001e", l.Tags),
        l.Speaker ?? "\u0000", l.Occasion ?? "\u0000", l.Outcomes ?? "\u0000"))));
}
