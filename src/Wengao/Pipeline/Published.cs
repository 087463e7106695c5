using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Pipeline;

/// <summary>What a build renders of the corpus: the full and the incremental build (serve) choose it here alike.</summary>
internal static class Published
{
    /// <summary>
    /// Without --drafts: the drafts left out, and a placeholder (待填) left in a source not marked a draft refused, located,
    /// since the author meant it to be published and it would otherwise go out with 待填 in it.
    /// </summary>
    public static Corpus Of(Corpus corpus, bool drafts)
    {
        if (drafts) return corpus;
        var unfinished = corpus.Documents.Select(d => d.Unfinished).OfType<SourceError>().ToList();
        if (unfinished.Count > 0) throw new BuildFailedException(unfinished);
        return corpus with { Documents = [.. corpus.Documents.Where(d => !d.Draft)] };
    }
}
