using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>A speech source: front matter and its Markdown body, not yet expanded.</summary>
/// <param name="Head">the source text before <paramref name="Body"/> (front matter and its `---` lines), for the checks' file offsets</param>
/// <param name="Duration">the minutes allotted to the speech, which `wengao check` compares with its speaking time</param>
/// <param name="Draft">`draft: true`, or a <see cref="Placeholder"/> still in it: built only with --drafts (and shown by serve), marked 草稿</param>
/// <param name="Unfinished">a placeholder left in a source not marked `draft: true`, which a build without --drafts refuses</param>
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
    string Head,
    SourceSpan BodyStart,
    int? Duration = null,
    bool Draft = false,
    SourceError? Unfinished = null)
{
    /// <summary>发文字号, 附件说明, signature block and 附注, when the source has them (a 通知 kept as a speech source has).</summary>
    public Furniture Furniture { get; init; } = Furniture.None;
}
