namespace Wengao.Build;

/// <param name="Templates">the templates root, holding html/ (and its static/ files)</param>
public sealed record BuildOptions(string Content, string Templates, string Output, bool Pdf = true);

/// <summary>What a build wrote, for the CLI to print.</summary>
public sealed record BuildReport(string Output, int HtmlPages, int PdfFiles, int PdfPages, IReadOnlyList<string> Notes, TimeSpan Elapsed);
