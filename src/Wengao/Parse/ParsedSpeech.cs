using System.Collections.Immutable;
using Markdig.Syntax;
using Wengao.Extensions.Attachments;
using Wengao.Model;

namespace Wengao.Parse;

/// <summary>A speech after expansion and parsing: what the HTML and PDF renderers both read.</summary>
public sealed record ParsedSpeech(Speech Speech, MarkdownDocument Body, int Characters, int SpeakingMinutes)
{
    /// <summary>The attachments' contents, taken out of <see cref="Body"/>: set after the signature, each on a page of its own.</summary>
    public ImmutableArray<Attachment> Attachments { get; init; } = [];
}
