using Wengao.Check.Rules;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Check;

/// <summary>Runs the proofreading rules over a corpus's speeches and briefings: what `wengao check` prints and `wengao build` enforces.</summary>
public static class Checker
{
    internal static readonly IReadOnlyList<Rule> Rules =
    [
        new PunctuationWidth(), new ListCount(), new Outline(), new DateStyle(), new NumeralStyle(),
        new BrokenParagraph(), new Caption(), new FiguresVsData(), new ConfusableWords(), new SpeakingTime(), new DuplicateTag(),
    ];

    public static IEnumerable<string> RuleIds => Rules.Select(r => r.Id);

    /// <summary>The least confidence of the warnings a build shows and counts (docs/checks.md, "Confidence"): medium and up.</summary>
    public static readonly Confidence BuildConfidence = Confidence.Medium;

    /// <summary>Findings ordered by file, line and column.</summary>
    /// <param name="only">the source files to check; all of the corpus when null</param>
    public static IReadOnlyList<Finding> Run(Corpus corpus, IReadOnlySet<string>? only = null)
    {
        // The speaking-time rule expands bodies as the build does, under the same time limit (a build shares its own).
        using var deadline = Expand.ExpressionDeadline.Start(corpus.Site);
        var context = CheckContext.Load(corpus, corpus.Site.ContentDirectory);
        // Sorted within each file, then files by path: sorting a million findings as one list costs more than checking them.
        return Unwrapped(() => Files(corpus, context).Where(f => only is null || only.Contains(Path.GetFullPath(f.SourcePath)))
            .AsParallel()
            .Select(f => (f.SourcePath, Findings: Check(f.Open(), corpus.Site, out _)))
            .OrderBy(f => f.SourcePath, StringComparer.Ordinal)
            .SelectMany(f => InOrder(f.Findings))
            .ToList());
    }

    /// <summary>
    /// A source the rules cannot read (Markdown nested too deep, a body expression that fails) is a located error, as in
    /// the build; PLINQ hands it over wrapped in an AggregateException, unwrapped here into one error list.
    /// </summary>
    private static T Unwrapped<T>(Func<T> run)
    {
        try { return run(); }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(i => i is BuildFailedException))
        {
            throw new BuildFailedException([.. e.Flatten().InnerExceptions.SelectMany(i => ((BuildFailedException)i).Errors)
                .OrderBy(x => x.Where.File, StringComparer.Ordinal).ThenBy(x => x.Where.Line).ThenBy(x => x.Where.Column)]);
        }
    }

    /// <summary>
    /// The checks as a build runs them: every file in parallel with its warnings only counted, the errors in full;
    /// then the first files with warnings, in path order, checked again in full for a sample to show.
    /// A million unfixed marks in a large archive cost a count each, not a finding with its location and message.
    /// </summary>
    /// <param name="least">the confidence a warning needs to be counted and shown; those below are only counted apart</param>
    public static CheckSummary Summarise(Corpus corpus, int sampleSize, Confidence least) => Summarise(corpus, sampleSize, least, null);

    /// <param name="memo">each file's counts from an earlier build where its inputs are those it was checked from (the build cache)</param>
    internal static CheckSummary Summarise(Corpus corpus, int sampleSize, Confidence least, ICheckMemo? memo)
    {
        var context = CheckContext.Load(corpus, corpus.Site.ContentDirectory);
        var perFile = Unwrapped(() => Files(corpus, context).AsParallel().AsOrdered()
            .Select(f =>
            {
                if (memo?.Counts(f.SourcePath) is { } known) return (f.SourcePath, f.Open, Errors: new List<Finding>(), known.Counts, known.Unsure);
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                var errors = InOrder(Check(f.Open(), corpus.Site, out var unsure, counts, least)).ToList();
                // A file with errors fails the build: checked again each time until they are fixed.
                if (errors.Count == 0) memo?.Remember(f.SourcePath, counts, unsure);
                return (f.SourcePath, f.Open, Errors: errors, Counts: counts, Unsure: unsure);
            })
            .OrderBy(f => f.SourcePath, StringComparer.Ordinal).ToList());
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (rule, count) in perFile.SelectMany(f => f.Counts)) total[rule] = total.GetValueOrDefault(rule) + count;
        var sample = new List<Finding>();
        foreach (var file in perFile.Where(f => f.Counts.Count > 0))
        {
            if (sample.Count >= sampleSize) break;
            sample.AddRange(InOrder(Check(file.Open(), corpus.Site, out _, least: least)).Where(x => x.Severity != Severity.Error));
        }
        // Warnings that need a person first, then those `wengao check --fix` can fix.
        return new CheckSummary([.. perFile.SelectMany(f => f.Errors)], total, [.. sample.OrderBy(x => x.Fix is not null).Take(sampleSize)])
            { Unsure = perFile.Sum(f => f.Unsure), Least = least };
    }

    /// <summary>Fails a build on error findings, each reported like any other source error.</summary>
    public static void ThrowIfErrors(IEnumerable<Finding> findings)
    {
        var errors = findings.Where(f => f.Severity == Severity.Error).Select(f => f.ToError()).ToList();
        if (errors.Count > 0) throw new BuildFailedException(errors);
    }

    private static IEnumerable<(string SourcePath, Func<CheckedFile> Open)> Files(Corpus corpus, CheckContext context) =>
        corpus.Documents.Select(d => (d.SourcePath, (Func<CheckedFile>)(() => new CheckedFile(d, context))));

    /// <summary>One file's findings, ordered by line and column.</summary>
    internal static IReadOnlyList<Finding> Run(CheckedFile file) => [.. InOrder(Check(file, file.Context.Corpus.Site, out _))];

    private static IEnumerable<Finding> InOrder(List<Finding> findings) => findings.OrderBy(x => x.Where.Line).ThenBy(x => x.Where.Column);

    /// <param name="warningCounts">when given, warnings are only counted in it by rule; errors are always listed</param>
    /// <param name="least">the confidence a warning needs; those below are only counted, in <paramref name="unsure"/></param>
    private static List<Finding> Check(CheckedFile file, Site site, out int unsure, Dictionary<string, int>? warningCounts = null, Confidence least = default)
    {
        var findings = new List<Finding>();
        unsure = 0;
        foreach (var rule in Rules)
        {
            var severity = site.Checks is { } set && set.TryGetValue(rule.Id, out var configured) ? configured : rule.DefaultSeverity;
            if (severity == Severity.Off) continue;
            var report = new RuleReport(rule, severity, file, severity == Severity.Error || warningCounts is null ? findings : null, least);
            rule.Check(file, report);
            if (report.Counted > 0) warningCounts![rule.Id] = report.Counted;
            unsure += report.Unsure;
        }
        return findings;
    }
}

/// <summary>Each file's warning counts kept from one build to the next: the build cache's (Pipeline/Cache/CheckCache.cs).</summary>
internal interface ICheckMemo
{
    /// <summary>The counts of a file whose inputs are those it was last checked from; null where it must be checked.</summary>
    (Dictionary<string, int> Counts, int Unsure)? Counts(string sourcePath);

    void Remember(string sourcePath, Dictionary<string, int> counts, int unsure);
}
