using System.Diagnostics;

namespace Wengao.Pipeline;

/// <summary>Where a build is: its stage (load, parse, render, write) and how many of the stage's documents are done.</summary>
public sealed record BuildProgress(string Stage, int Done, int Total);

/// <summary>
/// Counts documents finished by parallel workers and passes the count on at each stage's start and at most every
/// 100 ms between: a build of thousands of documents pays an increment per document, never a console write.
/// </summary>
internal sealed class ProgressMeter(IProgress<BuildProgress>? sink)
{
    private static readonly long Interval = Stopwatch.Frequency / 10;
    private string _stage = "";
    private int _total;
    private int _done;
    private long _last;

    public void Stage(string stage, int total = 0)
    {
        (_stage, _total, _done, _last) = (stage, total, 0, Stopwatch.GetTimestamp());
        sink?.Report(new BuildProgress(stage, 0, total));
    }

    public void Advance()
    {
        if (sink is null) return;
        var done = Interlocked.Increment(ref _done);
        var now = Stopwatch.GetTimestamp();
        var last = Interlocked.Read(ref _last);
        // One worker wins each interval; the others go on without waiting.
        if (now - last >= Interval && Interlocked.CompareExchange(ref _last, now, last) == last)
            sink.Report(new BuildProgress(_stage, done, _total));
    }
}
