using System.Globalization;
using Wengao.Redact;
using Wengao.Render.Search;

namespace Wengao.Pipeline.Outputs;

/// <summary>
/// The search index (<see cref="SearchIndex"/>): the entry and the shards depend on every document and are built in one
/// pass; each document's chunks on that document and its number. Data and no template, written after the pages.
/// </summary>
internal sealed class SearchIndexFile : IOutputKind
{
    public ReadBack ReadBack => ReadBack.Script;

    public IEnumerable<PlannedOutput> Plan(PlanContext context)
    {
        var documents = SearchIndex.Order(context.Documents, [.. context.View.Kinds.Select(k => k.Name)]);
        // The entry and the shards: one output of their own files, built together (one pass over the documents), each
        // shard written as it is made rather than all held until the last is (files: the entry, then shard N at N + 1).
        var shards = Enumerable.Range(0, SearchIndex.ShardCount(documents.Count)).Select(s => EditionFolder.Site(SearchIndex.ShardFile(s)));
        yield return new PlannedOutput(this, [EditionFolder.Site(SearchIndex.FileName), .. shards], new Inputs([.. documents]),
            () => Rendered.Streamed(write => SearchIndex.Build(documents, context.View.Site.Listing.NameOrder, write)), Late: true);
        // Each document's chunks depend on it and its number, and are made together; counting them reads its text, made once for the render too.
        var chunks = documents.AsParallel().AsOrdered().Select(SearchIndex.ChunkCount).ToList();
        for (var n = 0; n < documents.Count; n++)
        {
            var (number, document) = (n, documents[n]);
            var files = Enumerable.Range(0, chunks[n]).Select(chunk => EditionFolder.Site(SearchIndex.DocumentFile(number, chunk)));
            yield return new PlannedOutput(this, [.. files], new Inputs(document, number.ToString(CultureInfo.InvariantCulture)),
                () => Rendered.Several(SearchIndex.Documents(document, number)), Late: true);
        }
    }
}
