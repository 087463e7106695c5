namespace Wengao.Pipeline;

/// <param name="Templates">the templates root, holding html/ (and its static/ files)</param>
/// <param name="Drafts">build the sources marked `draft: true` too, marked 草稿</param>
/// <param name="Edition">build only this edition of those site.yml declares, into output/&lt;edition&gt;/</param>
/// <param name="Copies">the numbered copies (份号) to make of each document whose kind makes them; where null, those its `issued_to` lists</param>
/// <param name="Cache">use the build cache (docs/cache.md); false renders every output, and writes the cache anew</param>
/// <param name="MinConfidence">the confidence a proofreading warning needs to be shown; <see cref="Check.Checker.BuildConfidence"/> when null</param>
public sealed record BuildOptions(string Content, string Templates, string Output, bool Pdf = true, bool Drafts = false,
    IProgress<BuildProgress>? Progress = null, string? Edition = null, Check.Confidence? MinConfidence = null, CopyNumbers? Copies = null, bool Cache = true)
{
    /// <summary>Run after everything is staged and checked, before the swap: tests stop a build there.</summary>
    internal Action? BeforeCommit { get; init; }

    /// <summary>Run after the swap, before the cache's manifests are written: tests stop a build there.</summary>
    internal Action? BeforeCacheSaved { get; init; }
}

/// <summary>What a build wrote, for the CLI to print.</summary>
/// <param name="Checks">the proofreading: warnings by rule and a sample of them (errors fail the build)</param>
/// <param name="Cache">what the build cache saved</param>
public sealed record BuildReport(string Output, int HtmlPages, int PdfFiles, int PdfPages, IReadOnlyList<string> Notes, TimeSpan Elapsed,
    Check.CheckSummary Checks, CacheUse Cache);

/// <summary>What a build took from its cache (docs/cache.md).</summary>
/// <param name="Rendered">the files of the outputs rendered (their inputs changed, or nothing was cached), relative to the output folder</param>
/// <param name="Reused">outputs not rendered: their files were staged from the current output</param>
/// <param name="Linked">files staged from the current output (a hard link; a copy where the file system cannot link)</param>
/// <param name="Written">the files written new (the others were linked), relative to the output folder</param>
/// <param name="Checked">documents proofread (the others' counts were kept)</param>
/// <param name="Loaded">documents whose front matter was read (the others' were as the last build loaded them)</param>
/// <param name="Parsed">documents' bodies parsed (Markdig), each edition's counted, a tree made again counted again: the
/// others' outputs were reused and their trees never made</param>
public sealed record CacheUse(IReadOnlyList<string> Rendered, int Reused, int Linked, IReadOnlyList<string> Written, int Checked, int Loaded, int Parsed = 0);
