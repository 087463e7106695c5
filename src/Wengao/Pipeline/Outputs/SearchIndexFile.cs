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
        var count = SearchIndex.ShardCount(documents.Count);
        var shards = Enumerable.Range(0, count).Select(s => EditionFolder.Site(SearchIndex.ShardFile(s)));
        yield return new PlannedOutput(this, [EditionFolder.Site(SearchIndex.FileName), .. shards], new Inputs([.. documents]),
            () => Rendered.Streamed(write => Build(context, documents, count, write)), Late: true);
        // Each document's chunks depend on it and its number, and are made together. How many there are its text decides:
        // where the build cache recorded them for the same inputs, that many; for a document the plan parsed (one the
        // cache knew nothing of), counted here, in parallel; else counted when first asked (the cache compares them, in
        // the search index's stage), which parses it if its page did not, where its parse errors are collected, located.
        var counted = Enumerable.Range(0, documents.Count).AsParallel().AsOrdered().Select(number =>
        {
            var inputs = new Inputs(documents[number], number.ToString(CultureInfo.InvariantCulture));
            var chunks = context.Recorded?.Invoke(EditionFolder.Site(SearchIndex.DocumentFile(number, 0)), inputs)
                ?? (documents[number].IsParsed ? SearchIndex.ChunkCount(documents[number]) : null);
            return (inputs, chunks);
        }).ToList();
        for (var n = 0; n < documents.Count; n++)
        {
            var (number, document, (inputs, chunks)) = (n, documents[n], counted[n]);
            IReadOnlyList<string> Files(int chunks) => [.. Enumerable.Range(0, chunks).Select(chunk => EditionFolder.Site(SearchIndex.DocumentFile(number, chunk)))];
            var files = chunks is { } known ? Files(known) : new FilesWhenRead(() => Files(SearchIndex.ChunkCount(document)));
            yield return new PlannedOutput(this, files, inputs, () => Rendered.Several(SearchIndex.Documents(document, number)), Late: true);
        }
    }

    /// <summary>The entry and the shards; with the build cache, from the last build's shards where they serve, and kept for the next.</summary>
    private static void Build(PlanContext context, IReadOnlyList<Parse.ParsedDocument> documents, int shards, Action<int, byte[]?> write)
    {
        var names = context.View.Site.Listing.NameOrder;
        if (context.SearchCache is not { } cache)
        {
            SearchIndex.Build(documents, names, write);
            return;
        }
        var prints = documents.AsParallel().AsOrdered().Select(d => cache.Fingerprint(d.Document)).ToList();
        var last = cache.Last();
        var digests = new ulong[documents.Count];
        using var save = cache.Save(prints, shards);
        var read = SearchIndex.Build(documents, names, (file, bytes) =>
        {
            write(file, bytes);
            if (file > 0) save.Add(file - 1, bytes);
        }, prints, last, digests);
        save.Commit(digests);
        cache.Used(read, documents.Count);
    }
}

/// <summary>The build cache's part for the search index (Pipeline/Cache/SearchIndexCache.cs): the last build's shards, and this build's kept for the next.</summary>
internal interface ISearchIndexCache
{
    /// <summary>What a document's keys are made from (its source, its outcomes file): the same fingerprint finds its keys in the last shards.</summary>
    string Fingerprint(Model.Document document);

    /// <summary>What the last build's shards were made from, and a way to them; null where there are none or they cannot be trusted (said in the build's notes).</summary>
    LastIndex? Last();

    /// <summary>Keeps the shards as they are made, for the next build, once <see cref="ISearchIndexSave.Commit"/> says all are in.</summary>
    ISearchIndexSave Save(IReadOnlyList<string> documents, int shards);

    /// <summary>Says how many documents the shards read (where the last build's kept the others).</summary>
    void Used(int read, int documents);
}

/// <summary>What the shards are made from, kept as each is made (from several threads); dropped where it is disposed before <see cref="Commit"/>.</summary>
internal interface ISearchIndexSave : IDisposable
{
    /// <param name="bytes">null for a shard kept as the last build made it</param>
    void Add(int shard, byte[]? bytes);

    /// <param name="digests">each document's key digest, by its number</param>
    void Commit(IReadOnlyList<ulong> digests);
}
