using MemoryPack;
using System.Globalization;
using Wengao.Check;
using Wengao.Model;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// The fast path of a build that has nothing to do: the last build's report, with the size and time of every file it
/// read (content/, templates/, the installed fonts where it made PDFs) and of every file it left in the output. When
/// each is as recorded — under the same Wengao, options and working folder — the output is what a build would make
/// again (the build is deterministic), so the build prints the last report and stops without loading anything.
/// </summary>
internal static class LastBuild
{
    private static string Manifest(BuildOptions options) => Path.Combine(BuildCache.Folder(options.Output), "build.manifest");

    /// <summary>
    /// What this build would read, listed before it reads it: a file edited meanwhile differs from its listing next time.
    /// Kept as one hash of the listing (the fast path asks only whether it is the same) and the files listed, with when
    /// the listing began: a file racily clean then (<see cref="RacilyClean"/>) is known by its bytes, not its time.
    /// </summary>
    public static InputListing Inputs(BuildOptions options)
    {
        var listed = RacilyClean.Now();
        (string Folder, string Prefix, bool LinkedFolders)[] folders =
        [
            (options.Content, "content/", false), (options.Templates, "templates/", false),
            // A font folder may link others (Debian's cmap/ does): each is known by its time, which a file added or removed changes.
            .. options.Pdf ? FontDirectories.ForCurrentOs().Select(d => (d, d + "/", true)) : [],
        ];
        var entries = folders.Select(f => (f.Folder, f.Prefix, f.LinkedFolders, Entries: InputFiles.Under(f.Folder))).ToList();
        var lines = entries.SelectMany(f => Listing(f.Entries, f.Prefix, f.LinkedFolders));
        // Each file under the path the input files' hashes know it by (SourceHashes).
        var files = entries.SelectMany(f => f.Entries.Where(e => e.File is not null).Select(e => new ListedFile(Path.Combine(Path.GetFullPath(f.Folder), e.Relative), e.File!)));
        return new(SourceHashes.Hash(string.Join("\n", lines)), listed, [.. files]);
    }

    private static string Outputs(string target) => SourceHashes.Hash(string.Join("\n", Listing(InputFiles.Under(target), "")));

    /// <summary>The last build's report where nothing it read or wrote changed since; null otherwise (the build runs).</summary>
    /// <param name="inputs">this build's <see cref="Inputs"/></param>
    public static BuildReport? Unchanged(BuildOptions options, InputListing inputs, string target, TimeSpan elapsed)
    {
        if (!options.Cache || ManifestFile.Read<BuildManifest>(Manifest(options), [], "") is not { } last) return null;
        if (last.Version != Version(options) || last.Inputs != inputs.Hash || last.Outputs != Outputs(target)) return null;
        if (!RacyFilesUnchanged(options, inputs, last)) return null;
        var report = last.Report;
        var checks = new CheckSummary([], report.Warnings, [.. report.Sample.Select(Finding)])
        {
            Unsure = report.Unsure, Least = Confidence.Parse(report.Least.ToString("R", CultureInfo.InvariantCulture)) ?? Checker.BuildConfidence,
        };
        return new BuildReport(target, report.HtmlPages, report.PdfFiles, report.PdfPages,
            [.. report.Notes, $"nothing changed since the last build ({Manifest(options)}): {Path.GetFileName(target)} left as it was"], elapsed, checks,
            new CacheUse([], report.Outputs, 0, [], 0, 0));
    }

    /// <summary>
    /// Whether each file listed racily clean by the last build (<see cref="RacilyClean"/>) has the bytes that build hashed
    /// (hashes.manifest); where so, the last build is recorded as listed now, so that the next fast path trusts their times.
    /// A racy file the hashes do not know (a font, a file of another build) is taken to have changed.
    /// </summary>
    private static bool RacyFilesUnchanged(BuildOptions options, InputListing inputs, BuildManifest last)
    {
        var racy = inputs.Files.Where(f => !RacilyClean.Trusted(f.File.Ticks, last.Listed)).ToList();
        if (racy.Count == 0) return true;
        if (ManifestFile.Read<HashManifest>(BuildCache.HashesOf(options.Output), [], "") is not { } hashes
            || !racy.AsParallel().All(f => hashes.Files.GetValueOrDefault(f.Path) is { } known && known.Describes(f.File)
                && known.Hash == SourceHashes.Hash(f.File)))
            return false;
        // Read after this listing began: a file written again since has a later time than the one listed.
        ManifestFile.Write(Manifest(options), last with { Listed = inputs.Listed });
        return true;
    }

    /// <summary>Records a build that succeeded, once its output is swapped in and the cache's other manifests are written.</summary>
    public static void Save(BuildOptions options, InputListing inputs, BuildReport report, int outputs) =>
        ManifestFile.Write(Manifest(options), new BuildManifest(Version(options), inputs.Hash, inputs.Listed, Outputs(report.Output), new SavedReport(
            report.HtmlPages, report.PdfFiles, report.PdfPages, [.. report.Notes.Where(n => !n.StartsWith($"cache {BuildCache.Folder(options.Output)}", StringComparison.Ordinal))],
            new(report.Checks.WarningsByRule, StringComparer.Ordinal), report.Checks.Unsure, report.Checks.Least.Value,
            [.. report.Checks.Sample.Select(Saved)], outputs)));

    // The printed report names the folders as given, relative to the working folder: the same only from the same one.
    private static string Version(BuildOptions options) => string.Join("\n", BuildCache.Code, Directory.GetCurrentDirectory(), options.Content,
        options.Templates, options.Output, options.Pdf, options.Drafts, options.Edition, options.MinConfidence?.Value.ToString("R", CultureInfo.InvariantCulture),
        options.Copies is { } copies ? string.Join(",", copies.Numbers) : "");

    /// <summary>
    /// Every file of <paramref name="entries"/> (those under a folder): its path (after <paramref name="prefix"/>), size and time, in path order;
    /// a link, with the file it leads to and that file's size and time (<see cref="InputFiles"/>); a link to a folder
    /// never matches, unless <paramref name="linkedFolders"/>: then it is that folder and its time.
    /// </summary>
    private static List<string> Listing(IReadOnlyList<InputFiles.Entry> entries, string prefix, bool linkedFolders = false) =>
    [
        .. entries.Select(e => e switch
            {
                { File: { } file } => $"{prefix}{e.Relative}\t{file.Length}\t{file.Ticks}" + (e.Linked ? $"\t{file.FullName}" : ""),
                { Folder: { } linked } when linkedFolders => $"{prefix}{e.Relative}\t{linked.FullName}\t{linked.LastWriteTimeUtc.Ticks}",
                _ => $"{prefix}{e.Relative}\t{SourceHashes.Never()}",
            })
            .Order(StringComparer.Ordinal),
    ];

    private static SavedFinding Saved(Finding f) => new(f.RuleId, f.Severity, f.Confidence.Value, f.Where.File, f.Where.Line, f.Where.Column,
        f.Message, f.Hint, f.Fix?.Offset, f.Fix?.Old, f.Fix?.New, f.Line, f.Unit);

    private static Finding Finding(SavedFinding f) => new(f.RuleId, f.Severity,
        Confidence.Parse(f.Confidence.ToString("R", CultureInfo.InvariantCulture)) ?? Confidence.Any, new SourceSpan(f.File, f.Line, f.Column),
        f.Message, f.Hint, f.FixOffset is { } offset ? new TextEdit(offset, f.FixOld!, f.FixNew!) : null, f.Text, f.Unit);
}

/// <param name="Version">Wengao's build, the working folder and the options</param>
/// <param name="Inputs">the hash of the listing of every file read, "path\tsize\ttime" a line</param>
/// <param name="Listed">when that listing began (UTC ticks; <see cref="RacilyClean"/>)</param>
/// <param name="Outputs">the hash of the listing of every file of the output</param>
[MemoryPackable]
internal sealed partial record BuildManifest(string Version, string Inputs, long Listed, string Outputs, SavedReport Report);

/// <summary>What a build reads, as listed before it reads it (<see cref="LastBuild.Inputs"/>).</summary>
/// <param name="Hash">one hash of the listing: every file's path, size and time</param>
/// <param name="Listed">when the listing began (UTC ticks)</param>
/// <param name="Files">each file listed, under its full path</param>
internal sealed record InputListing(string Hash, long Listed, IReadOnlyList<ListedFile> Files);

internal sealed record ListedFile(string Path, InputFiles.FileStat File);

/// <param name="Outputs">the outputs the build planned, reported as reused</param>
[MemoryPackable]
internal sealed partial record SavedReport(int HtmlPages, int PdfFiles, int PdfPages, List<string> Notes, Dictionary<string, int> Warnings, int Unsure,
    double Least, List<SavedFinding> Sample, int Outputs);

[MemoryPackable]
internal sealed partial record SavedFinding(string RuleId, Severity Severity, double Confidence, string File, int Line, int Column, string Message,
    string? Hint, int? FixOffset, string? FixOld, string? FixNew, string Text, LocationUnit Unit);
