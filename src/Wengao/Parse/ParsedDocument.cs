using System.Collections.Immutable;
using Markdig.Syntax;
using Wengao.Extensions.Attachments;
using Wengao.Model;

namespace Wengao.Parse;

/// <summary>
/// A document after expansion and parsing: what every output (page, PDFs, search index) reads. Its Markdown tree is
/// made when an output first reads it where its length is known (<see cref="DocumentParser.Parse"/>), once, so that a build whose outputs of
/// this document are all reused from the build cache never parses it.
/// </summary>
/// <remarks>
/// Its identity is what `wengao serve` and the build plan compare (by reference); its value is its <see cref="Document"/>.
/// The tree is held as long as the document is: letting each go once its outputs were done, to parse it again for the
/// search index's shards, made the 50,000-speech build's peak larger, not smaller (docs/performance.md, session 13).
/// </remarks>
public sealed class ParsedDocument
{
    private readonly Lazy<ParsedBody> _body;
    private readonly BodyLength? _length;

    /// <summary>A document whose body is already parsed (serve, the tests).</summary>
    public ParsedDocument(Document document, MarkdownDocument body, int characters, int speakingMinutes, OutcomeSet? outcomes,
        ImmutableArray<Attachment> attachments = default)
    {
        (Document, Outcomes) = (document, outcomes);
        _body = new(new ParsedBody(body, attachments.IsDefault ? [] : attachments, new(characters, speakingMinutes)));
    }

    /// <param name="parse">makes the body, when it is first read (by one thread; the others wait for it)</param>
    /// <param name="length">its length where it is known without parsing it (the build cache's, for the same source, outcomes and site.yml)</param>
    internal ParsedDocument(Document document, OutcomeSet? outcomes, Func<ParsedBody> parse, BodyLength? length) =>
        (Document, Outcomes, _body, _length) = (document, outcomes, new(parse, LazyThreadSafetyMode.ExecutionAndPublication), length);

    public Document Document { get; }

    /// <summary>The outcomes file it draws on (its charts), if any.</summary>
    public OutcomeSet? Outcomes { get; }

    public MarkdownDocument Body => _body.Value.Body;

    /// <summary>Whether its tree is made: reading what is made from it costs no parse (and throws none of its errors).</summary>
    public bool IsParsed => _body.IsValueCreated;

    /// <summary>The attachments' contents, taken out of <see cref="Body"/>: set after the signature, each on a page of its own.</summary>
    public ImmutableArray<Attachment> Attachments => _body.Value.Attachments;

    /// <summary>The characters of its text (notes aside), for the speaking time.</summary>
    public int Characters => _length?.Characters ?? _body.Value.Length.Characters;

    public int SpeakingMinutes => _length?.SpeakingMinutes ?? _body.Value.Length.SpeakingMinutes;

    public override string ToString() => $"ParsedDocument {{ Document = {Document.SourcePath} }}";
}

/// <summary>What parsing a body makes: its tree, its attachments taken out of it, its length (<see cref="DocumentParser"/>).</summary>
internal sealed record ParsedBody(MarkdownDocument Body, ImmutableArray<Attachment> Attachments, BodyLength Length);

/// <summary>A body's length as the lists and its page show it: its characters (notes aside) and its speaking time at site.yml's rate.</summary>
public sealed record BodyLength(int Characters, int SpeakingMinutes);
