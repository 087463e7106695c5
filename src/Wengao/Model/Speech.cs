using System.Collections.Immutable;
using Wengao.Diagnostics;

namespace Wengao.Model;

/// <summary>A speech source: front matter and its Markdown body, not yet expanded.</summary>
public sealed record Speech(
    string Slug,
    string SourcePath,
    string Title,
    string Speaker,
    string? Occasion,
    DateOnly Date,
    string? Salutation,
    ImmutableArray<string> Tags,
    string? OutcomesId,
    string Body,
    SourceSpan BodyStart);
