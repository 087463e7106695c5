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
        new BrokenParagraph(), new FiguresVsData(), new ConfusableWords(), new SpeakingTime(),
    ];

    public static IEnumerable<string> RuleIds => Rules.Select(r => r.Id);

    /// <summary>Findings ordered by file, line and column.</summary>
    /// <param name="only">the source files to check; all of the corpus when null</param>
    public static IReadOnlyList<Finding> Run(Corpus corpus, IReadOnlySet<string>? only = null)
    {
        var context = new CheckContext(corpus, Confusables.Load(corpus.Site.ContentDirectory));
        // Sorted within each file, then files by path: sorting a million findings as one list costs more than checking them.
        var files = corpus.Speeches.Select(s => (s.SourcePath, Open: (Func<CheckedFile>)(() => new CheckedFile(s, context))))
            .Concat(corpus.Briefings.Select(b => (b.SourcePath, Open: (Func<CheckedFile>)(() => new CheckedFile(b, context)))));
        return files.Where(f => only is null || only.Contains(Path.GetFullPath(f.SourcePath)))
            .AsParallel()
            .Select(f => (f.SourcePath, Findings: Check(f.Open(), corpus.Site)))
            .OrderBy(f => f.SourcePath, StringComparer.Ordinal)
            .SelectMany(f => f.Findings.OrderBy(x => x.Where.Line).ThenBy(x => x.Where.Column))
            .ToList();
    }

    /// <summary>
    /// The checks as a build runs them: every file in parallel, each file's findings reduced to counts as soon as it is
    /// checked, keeping only the errors and a sample of warnings.
    /// </summary>
    public static CheckSummary Summarise(Corpus corpus, int sampleSize)
    {
        var context = new CheckContext(corpus, Confusables.Load(corpus.Site.ContentDirectory));
        var perFile = corpus.Speeches.Select(s => (s.SourcePath, Open: (Func<CheckedFile>)(() => new CheckedFile(s, context))))
            .Concat(corpus.Briefings.Select(b => (b.SourcePath, Open: (Func<CheckedFile>)(() => new CheckedFile(b, context)))))
            .AsParallel().AsOrdered()
            .Select(f =>
            {
                var findings = Check(f.Open(), corpus.Site).OrderBy(x => x.Where.Line).ThenBy(x => x.Where.Column).ToList();
                var warnings = findings.Where(x => x.Severity != Severity.Error).ToList();
                return (Path: f.SourcePath,
                    Errors: findings.Where(x => x.Severity == Severity.Error).ToList(),
                    Counts: warnings.GroupBy(x => x.RuleId).Select(g => (g.Key, g.Count())).ToList(),
                    Sample: warnings.Where(x => x.Fix is null).Take(sampleSize).Concat(warnings.Where(x => x.Fix is not null).Take(sampleSize)).ToList());
            })
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (rule, count) in perFile.SelectMany(f => f.Counts)) counts[rule] = counts.GetValueOrDefault(rule) + count;
        var sample = perFile.SelectMany(f => f.Sample).OrderBy(x => x.Fix is not null).Take(sampleSize).ToList();
        return new CheckSummary([.. perFile.SelectMany(f => f.Errors)], counts, sample);
    }

    /// <summary>Fails a build on error findings, each reported like any other source error.</summary>
    public static void ThrowIfErrors(IEnumerable<Finding> findings)
    {
        var errors = findings.Where(f => f.Severity == Severity.Error).Select(f => f.ToError()).ToList();
        if (errors.Count > 0) throw new BuildFailedException(errors);
    }

    private static List<Finding> Check(CheckedFile file, Site site)
    {
        var findings = new List<Finding>();
        foreach (var rule in Rules)
        {
            var severity = site.Checks is { } set && set.TryGetValue(rule.Id, out var configured) ? configured : rule.DefaultSeverity;
            if (severity != Severity.Off) rule.Check(file, new RuleReport(rule, severity, file, findings));
        }
        return findings;
    }
}
