using System.Collections.Immutable;
using Markdig.Syntax;
using Wengao.Extensions.Attachments;
using Wengao.Model;

namespace Wengao.Parse;

/// <summary>A briefing after expansion and parsing, with the outcomes it draws on (for its charts).</summary>
public sealed record ParsedBriefing(Briefing Briefing, MarkdownDocument Body, OutcomeSet? Outcomes)
{
    /// <summary>The attachments' contents, taken out of <see cref="Body"/>: set after the body, each on a page of its own.</summary>
    public ImmutableArray<Attachment> Attachments { get; init; } = [];
}
