namespace Wengao.Expand;

/// <summary>
/// The time a whole build (or check) gives its template and body expressions together, from site.yml's
/// `expression_time_limit`. Scriban's loop and recursion limits stop an expression that runs long, not one that calls
/// itself twice, forty deep: that one ran for hours. Every context renders under the deadline's token, and Scriban
/// stops at its next step once the time is up; the error names the expression it was at.
/// </summary>
public sealed class ExpressionDeadline : IDisposable
{
    // Ambient, so every context of the run shares it (the parallel renders and the checks flow it along).
    private static readonly AsyncLocal<ExpressionDeadline?> Ambient = new();

    private readonly CancellationTokenSource _source;
    private readonly ExpressionDeadline? _outer;

    private ExpressionDeadline(int seconds)
    {
        Seconds = seconds;
        _source = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        _outer = Ambient.Value;
        Ambient.Value = this;
    }

    public int Seconds { get; }

    /// <summary>Starts the run's deadline; disposing it ends the run (and restores an outer one).</summary>
    public static ExpressionDeadline Start(Model.Site site) => new(site.ExpressionTimeLimit);

    /// <summary>The token the contexts of the current run render under; none outside a run (a test rendering one page).</summary>
    internal static CancellationToken Token => Ambient.Value?._source.Token ?? CancellationToken.None;

    /// <summary>The current run's limit, for the error once it is reached.</summary>
    internal static int? CurrentSeconds => Ambient.Value?.Seconds;

    public void Dispose()
    {
        if (Ambient.Value == this) Ambient.Value = _outer;
        _source.Dispose();
    }
}
