using Wengao.Model;

namespace Wengao.Load;

/// <summary>
/// Documents as an earlier build loaded them (the build cache's, docs/cache.md): a source whose bytes and dependencies
/// are those it was loaded from is not read as YAML again. Kept outside the loader, which knows no cache on disk.
/// </summary>
public interface IDocumentMemo
{
    /// <summary>The document an earlier build loaded from this very source, under the same dependencies; null where it is not known.</summary>
    /// <param name="dependencies">what else the document was loaded from (its kind, the outcomes files' ids and charts)</param>
    Document? Known(string path, DocumentKind kind, string dependencies);

    /// <summary>A document this build loaded itself, to be known by the next.</summary>
    void Loaded(string path, string dependencies, Document document);
}
