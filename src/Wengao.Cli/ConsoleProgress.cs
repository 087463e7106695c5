using Wengao.Pipeline;

namespace Wengao.Cli;

/// <summary>
/// Shows a build's progress: on an interactive terminal one line rewritten in place ("render 120/3000"); when
/// output is redirected or CI is set, a plain line per stage, so logs stay short and readable.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output, bool interactive) : IProgress<BuildProgress>
{
    private readonly Lock _lock = new();
    private string? _stage;
    private int _width;

    /// <summary>Runs a build showing its progress on <paramref name="output"/>, the line cleared before the caller reports.</summary>
    public static BuildReport Build(BuildOptions options, TextWriter output)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var progress = new ConsoleProgress(output, interactive);
        try { return SiteBuilder.Run(options with { Progress = progress }); }
        finally { progress.Clear(); }
    }

    public void Report(BuildProgress progress)
    {
        lock (_lock)
        {
            if (!interactive)
            {
                if (progress.Stage == _stage) return;
                output.WriteLine(progress.Total > 0 ? $"{progress.Stage}: {progress.Total} document(s)" : $"{progress.Stage}…");
            }
            else
            {
                var line = progress.Total > 0 ? $"{progress.Stage} {progress.Done}/{progress.Total}" : $"{progress.Stage}…";
                output.Write("\r" + line.PadRight(_width));
                _width = line.Length;
            }
            _stage = progress.Stage;
        }
    }

    private void Clear()
    {
        lock (_lock)
            if (interactive && _width > 0) output.Write("\r" + new string(' ', _width) + "\r");
    }
}
