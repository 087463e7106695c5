namespace Wengao.Pipeline;

/// <param name="Templates">the templates root, holding html/ (and its static/ files)</param>
/// <param name="Drafts">build the sources marked `draft: true` too, marked 草稿</param>
/// <param name="Edition">build only this edition of those site.yml declares, into output/&lt;edition&gt;/</param>
/// <param name="Copies">the numbered copies (份号) to make of each document whose kind makes them; where null, those its `issued_to` lists</param>
/// <param name="MinConfidence">the confidence a proofreading warning needs to be shown; <see cref="Check.Checker.BuildConfidence"/> when null</param>
public sealed record BuildOptions(string Content, string Templates, string Output, bool Pdf = true, bool Drafts = false,
    IProgress<BuildProgress>? Progress = null, string? Edition = null, Check.Confidence? MinConfidence = null, CopyNumbers? Copies = null);

/// <summary>What a build wrote, for the CLI to print.</summary>
/// <param name="Checks">the proofreading: warnings by rule and a sample of them (errors fail the build)</param>
public sealed record BuildReport(string Output, int HtmlPages, int PdfFiles, int PdfPages, IReadOnlyList<string> Notes, TimeSpan Elapsed,
    Check.CheckSummary Checks);
