using Wengao.Model;

namespace Wengao.Check;

/// <summary>What every file's check shares: the corpus (site settings, outcomes) and the confusables dictionary.</summary>
internal sealed record CheckContext(Corpus Corpus, Confusables Confusables);
