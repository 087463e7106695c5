using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>
/// A source of any declared kind: its front matter read by the kind's fields, and its Markdown body, not yet expanded.
/// </summary>
/// <param name="Fields">the values of the kind's own fields that the source gives, by name (see <see cref="FieldValue"/>)</param>
/// <param name="Head">the source text before <paramref name="Body"/> (front matter and its `---` lines), for the checks' file offsets</param>
/// <param name="Draft">`draft: true`, or a <see cref="Placeholder"/> still in it: built only with --drafts (and shown by serve), marked 草稿</param>
/// <param name="Unfinished">a placeholder left in a source not marked `draft: true`, which a build without --drafts refuses</param>
public sealed record Document(
    DocumentKind Kind,
    string Slug,
    string SourcePath,
    string Title,
    DateOnly Date,
    ImmutableArray<string> Tags,
    string? OutcomesId,
    ImmutableSortedDictionary<string, FieldValue> Fields,
    string Body,
    string Head,
    SourceSpan BodyStart,
    bool Draft = false,
    SourceError? Unfinished = null)
{
    private readonly string _body = Body, _head = Head;
    // Where the text is read when first asked instead (a document the build cache loaded from its record: an edit build
    // renders few of them, and reading and decoding every source was a seventh of such a build's CPU time).
    private Lazy<(string Head, string Body)>? _text;

    public string Body
    {
        get => _text is { } text ? text.Value.Body : _body;
        init => (_head, _body, _text) = (Head, value, null);
    }

    public string Head
    {
        get => _text is { } text ? text.Value.Head : _head;
        init => (_head, _body, _text) = (value, Body, null);
    }

    /// <summary>Reads <see cref="Head"/> and <see cref="Body"/> when first asked, once, from any thread: set in place of both.</summary>
    public Func<(string Head, string Body)> ReadText { init => _text = new(value, LazyThreadSafetyMode.ExecutionAndPublication); }

    /// <summary>发文字号, 附件说明, signature block, 附注 and 版记, when the source has them.</summary>
    public Furniture Furniture { get; init; } = Furniture.None;

    /// <summary>
    /// Whether `tags` wrote a tag more than once (<see cref="Tags"/> holds it once): the duplicate-tag check reads the
    /// front matter again for where, and only then.
    /// </summary>
    public bool RepeatsTags { get; init; }

    /// <summary>Who its numbered copies are issued to, and whether each names its recipient in a watermark.</summary>
    public Distribution Distribution { get; init; } = Distribution.None;

    /// <summary>Who the document is by: its kind's author field, or a signed document's first issuer.</summary>
    public string? Author => Kind.Author is { } name && Text(name) is { } author ? author : Furniture.Signature.FirstOrDefault();

    /// <summary>Where it was given, for a kind that says.</summary>
    public string? Occasion => Kind.Occasion is { } name ? Text(name) : null;

    public string? Text(string field) => Fields.GetValueOrDefault(field) is { Text: { } text } ? text : null;

    public int? Integer(string field) => Fields.GetValueOrDefault(field)?.Integer;

    /// <summary>The values of the fields of a type, in the kind's order (the charts of every `charts` field).</summary>
    public IEnumerable<FieldValue> OfType(FieldType type) =>
        Kind.Fields.Where(f => f.Type == type && Fields.ContainsKey(f.Name)).Select(f => Fields[f.Name]);

    /// <summary>The same document with every text of its front matter and body passed through <paramref name="mask"/> (an edition's redaction).</summary>
    public Document Map(Func<string, string> mask) => this with
    {
        Title = mask(Title), Tags = [.. Tags.Select(mask)], Body = mask(Body), Furniture = Furniture.Map(mask), Distribution = Distribution.Map(mask),
        Fields = Fields.ToImmutableSortedDictionary(f => f.Key, f => f.Value.Map(mask), StringComparer.Ordinal),
    };
}

/// <summary>One field's value, as its type reads it: exactly one of the members is set.</summary>
/// <param name="Lists">a <see cref="FieldType.Lists"/> field's lists by key, in the declared order</param>
/// <param name="Ids">a <see cref="FieldType.Charts"/> field's chart ids</param>
public sealed record FieldValue(string? Text = null, long? Number = null, DateOnly? Date = null, bool? Flag = null,
    ImmutableArray<string>? List = null, ImmutableArray<(string Key, ImmutableArray<string> Items)>? Lists = null,
    ImmutableArray<string>? Ids = null)
{
    public int? Integer => Number is { } n ? (int)n : null;

    /// <summary>Its texts and chart ids masked (as the outcomes file's masking masks the charts' own ids); numbers and dates as they are.</summary>
    public FieldValue Map(Func<string, string> mask) => this with
    {
        Text = Text is null ? null : mask(Text),
        Ids = Ids is { } ids ? [.. ids.Select(mask)] : null,
        List = List is { } list ? [.. list.Select(mask)] : null,
        Lists = Lists is { } lists ? [.. lists.Select(l => (l.Key, (ImmutableArray<string>)[.. l.Items.Select(mask)]))] : null,
    };
}
