using System.Collections.Immutable;
using Markdig.Syntax;
using Wengao.Extensions.Attachments;
using Wengao.Model;

namespace Wengao.Parse;

/// <summary>A document after expansion and parsing: what every output (page, PDFs, search index) reads.</summary>
/// <param name="Characters">the characters of its text (notes aside), for the speaking time</param>
/// <param name="Outcomes">the outcomes file it draws on (its charts), if any</param>
public sealed record ParsedDocument(Document Document, MarkdownDocument Body, int Characters, int SpeakingMinutes, OutcomeSet? Outcomes)
{
    /// <summary>The attachments' contents, taken out of <see cref="Body"/>: set after the signature, each on a page of its own.</summary>
    public ImmutableArray<Attachment> Attachments { get; init; } = [];
}
