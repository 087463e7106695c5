using System.Diagnostics;
using Wengao.Check;
using Wengao.Load;
using Wengao.Model;

namespace Wengao.Benchmarks;

/// <summary>
/// The proofreading checks' cost, part by part, on one thread: the lists' loading, reading each file (CheckedFile), then
/// each rule over every file with its warnings only counted, as a build runs them. CPU time of the process, best of the
/// runs (the machine is shared: the least is the one least disturbed); then the whole build's Summarise, on all cores.
/// </summary>
public static class CheckProfile
{
    /// <summary>
    /// Once, cold, as a build meets the checks: after the load and the parse (whose documents stay live), Summarise
    /// alone. Its window is printed in CLOCK_MONOTONIC seconds, the clock of `perf record -k mono`, to cut a profile to it.
    /// </summary>
    public static int Cold(string content)
    {
        var corpus = CorpusLoader.Load(content);
        var parsed = corpus.Documents.AsParallel().AsOrdered().Select(s => Parse.DocumentParser.Parse(s, corpus)).ToList();
        var (cpu, pause, start) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration(), Stopwatch.GetTimestamp());
        MarkerStart();
        var summary = Checker.Summarise(corpus, sampleSize: 10, Checker.BuildConfidence);
        var end = Stopwatch.GetTimestamp();
        MarkerEnd();
        Console.WriteLine($"proofreading checks, cold: {Stopwatch.GetElapsedTime(start, end).TotalMilliseconds:0} ms wall, "
            + $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms, "
            + $"{summary.Warnings} warnings ({parsed.Count} documents parsed before)");
        Console.WriteLine($"window (CLOCK_MONOTONIC s): {(double)start / Stopwatch.Frequency:F6} {(double)end / Stopwatch.Frequency:F6}");
        return 0;
    }

    // Called around Summarise so that the JIT's log (DOTNET_JitDisasmSummary=1, DOTNET_JitStdOutFile) shows what it compiled for the checks.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] static void MarkerStart() { }
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] static void MarkerEnd() { }

    public static int Run(string content, int runs)
    {
        var corpus = CorpusLoader.Load(content);
        Console.WriteLine($"{corpus.Documents.Length} documents, {runs} runs: CPU ms, best and first, GC pause ms of the first");
        CheckContext context = null!;
        Time("CheckContext.Load", runs, () => context = CheckContext.Load(corpus, corpus.Site.ContentDirectory));
        // The Markdown parse alone, which CheckedFile does for every body (with each inline's offset kept).
        Time("  of which the Markdown parse", runs, () =>
        {
            foreach (var d in corpus.Documents) Parse.SpeechMarkdown.ParseLocated(d.Body, d.BodyStart);
        });
        List<CheckedFile> files = null!;
        Time("new CheckedFile (all files)", runs, () => files = [.. corpus.Documents.Select(d => new CheckedFile(d, context))]);
        using var deadline = Expand.ExpressionDeadline.Start(corpus.Site);
        var total = 0.0;
        foreach (var rule in Checker.Rules)
        {
            var counted = 0;
            total += Time(rule.Id, runs, () =>
            {
                counted = 0;
                foreach (var file in files)
                {
                    var report = new RuleReport(rule, rule.DefaultSeverity, file, rule.DefaultSeverity == Severity.Error ? [] : null, Checker.BuildConfidence);
                    rule.Check(file, report);
                    counted += report.Counted;
                }
            }, () => $"{counted} counted");
        }
        Console.WriteLine($"{"rules, summed (best)",-32} {total,8:0}");
        CheckSummary summary = null!;
        Time("Checker.Summarise (parallel)", runs, () => summary = Checker.Summarise(corpus, sampleSize: 10, Checker.BuildConfidence), () => $"{summary.Warnings} warnings");
        return 0;
    }

    private static double Time(string name, int runs, Action run, Func<string>? detail = null)
    {
        var (best, first, firstPause) = (double.MaxValue, 0.0, 0.0);
        for (var i = 0; i < runs; i++)
        {
            var (cpu, pause) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration());
            run();
            var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            if (i == 0) (first, firstPause) = (used, (GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
            best = Math.Min(best, used);
        }
        // The first run JITs what it runs (as a build does, once): its time beside the best.
        Console.WriteLine($"{name,-32} {best,8:0} {first,8:0} {firstPause,8:0}  {detail?.Invoke()}");
        return best;
    }
}
