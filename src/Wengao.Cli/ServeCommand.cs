using System.Globalization;
using System.Runtime.InteropServices;
using Wengao.Serve;

namespace Wengao.Cli;

/// <summary>`wengao serve`: the live preview, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public const string Usage = """
          serve    wengao serve [--port N] [--content DIR] [--templates DIR] [--edition NAME] [--drafts]
                   builds one edition (the first site.yml declares, or --edition) with its drafts into a temporary
                   folder (never output/), serves it on http://127.0.0.1:PORT/ (--port 0, the default: a free port),
                   rebuilds what each change of content/ or templates/ affects and reloads the open pages
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new ServeOptions("content", "templates");
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535:
                    options = options with { Port = port }; i++; break;
                case "--content" when value is not null: options = options with { Content = value }; i++; break;
                case "--templates" when value is not null: options = options with { Templates = value }; i++; break;
                case "--edition" when value is not null: options = options with { Edition = value }; i++; break;
                case "--drafts": break;
                default:
                    stderr.WriteLine($"wengao: unknown or incomplete option `{args[i]}`\n{Usage}");
                    return 2;
            }
        }
        return Serve(options, stdout).GetAwaiter().GetResult();
    }

    private static async Task<int> Serve(ServeOptions options, TextWriter stdout)
    {
        using var stop = new CancellationTokenSource();
        // Ctrl+C or a kill: stop serving and remove the temporary folder.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext signal) { signal.Cancel = true; stop.Cancel(); }
        PreviewServer server;
        try { server = await PreviewServer.StartAsync(options, stdout, stop.Token); }
        catch (OperationCanceledException) { return 0; } // stopped during the first build; its folder is removed
        await using var _ = server;
        stdout.WriteLine($"serving {server.Build.Edition ?? "the site"} at {server.Url} (Ctrl+C to stop)");
        try { await Task.Delay(Timeout.Infinite, stop.Token); }
        catch (OperationCanceledException) { }
        return 0;
    }
}
