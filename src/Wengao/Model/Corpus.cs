using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>Everything loaded from content/: the input of a build.</summary>
/// <param name="Kinds">the kinds of document declared, in their order (speech and briefing first)</param>
/// <param name="Documents">every document, newest first, then by slug</param>
public sealed record Corpus(Site Site, ImmutableArray<DocumentKind> Kinds, ImmutableArray<Document> Documents,
    ImmutableDictionary<string, OutcomeSet> Outcomes, Registry Registry)
{
    public IEnumerable<Document> Of(DocumentKind kind) => Documents.Where(d => d.Kind.Name == kind.Name);
}
