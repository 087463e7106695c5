using Wengao.Redact;
using Wengao.Render.Search;

namespace Wengao.Pipeline.Outputs;

/// <summary>
/// search-index.js: every document's text, so it depends on every document (of every kind, in the kinds' order); data
/// and no template, written after the pages.
/// </summary>
internal sealed class SearchIndexFile : IOutputKind
{
    public ReadBack ReadBack => ReadBack.Script;

    public IEnumerable<PlannedOutput> Plan(PlanContext context)
    {
        var kinds = context.View.Kinds.Select(k => k.Name).ToList();
        var documents = context.Documents.OrderBy(d => kinds.IndexOf(d.Document.Kind.Name)).ToList(); // stable: newest first within a kind
        yield return new PlannedOutput(this, [EditionFolder.Site(SearchIndex.FileName)], new Inputs([.. documents]),
            () => new Rendered(SearchIndex.Build(documents)), Late: true);
    }
}
