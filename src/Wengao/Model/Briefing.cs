using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>
/// A work briefing (工作简报): one issue of a named briefing series, with its headline item and where it is sent.
/// </summary>
/// <param name="Name">the series' name in the masthead (报头), e.g. 对口帮扶工作简报</param>
/// <param name="Issue">期号</param>
/// <param name="Issuer">编印单位</param>
/// <param name="Distribution">报/送/发 lines of the foot (报尾), in that order</param>
/// <param name="Copies">共印N份, when stated</param>
/// <param name="Charts">ids of charts of the outcomes file, shown after the body</param>
/// <param name="Head">the source text before <paramref name="Body"/> (front matter and its `---` lines), for the checks' file offsets</param>
/// <param name="Draft">`draft: true`, or a <see cref="Placeholder"/> still in it: built only with --drafts, marked 草稿</param>
/// <param name="Unfinished">a placeholder left in a source not marked `draft: true`, which a build without --drafts refuses</param>
public sealed record Briefing(
    string Slug,
    string SourcePath,
    string Title,
    string Name,
    int Issue,
    string Issuer,
    DateOnly Date,
    ImmutableArray<(string Verb, ImmutableArray<string> To)> Distribution,
    int? Copies,
    string? OutcomesId,
    ImmutableArray<string> Charts,
    string Body,
    string Head,
    SourceSpan BodyStart,
    bool Draft = false,
    SourceError? Unfinished = null)
{
    /// <summary>附件说明, attachments, and where a briefing has them, signature block and 附注.</summary>
    public Furniture Furniture { get; init; } = Furniture.None;
}
