using Wengao.Check;

namespace Wengao.Pipeline.Incremental;

/// <summary>What one rebuild did, paths relative to the build's folder with '/' (site/index.html, pdf/x.pdf).</summary>
/// <param name="Rendered">the outputs whose inputs changed, so they were rendered again</param>
/// <param name="Written">those whose bytes differed from the file's, so they were written</param>
/// <param name="Deleted">outputs of sources that are gone (or renamed, or now drafts left out)</param>
/// <param name="Warnings">the proofreading findings that do not fail a build, for every document</param>
public sealed record RebuildReport(IReadOnlyList<string> Rendered, IReadOnlyList<string> Written, IReadOnlyList<string> Deleted,
    TimeSpan Elapsed, IReadOnlyList<Finding> Warnings);
