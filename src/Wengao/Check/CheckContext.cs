using Wengao.Model;

namespace Wengao.Check;

/// <summary>What every file's check shares: the corpus (site settings, outcomes) and the lists the rules read.</summary>
internal sealed record CheckContext(Corpus Corpus, Confusables Confusables, FixedNumerals FixedNumerals)
{
    /// <param name="contentDirectory">the content folder whose checks/ extends the shipped lists; null for those alone</param>
    public static CheckContext Load(Corpus corpus, string? contentDirectory) =>
        new(corpus, Confusables.Load(contentDirectory), FixedNumerals.Load(contentDirectory));
}
