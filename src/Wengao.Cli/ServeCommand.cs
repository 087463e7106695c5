using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Wengao.Serve;

namespace Wengao.Cli;

/// <summary>`wengao serve`: the live preview, until Ctrl+C.</summary>
internal static class ServeCommand
{
    /// <summary>The highest TCP port; 0 asks the system for a free one.</summary>
    private const int HighestPort = 65535;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port")
        {
            Description = "the port on 127.0.0.1 (0: a free one, printed when serving starts)",
            HelpName = "N",
            DefaultValueFactory = _ => 0,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= HighestPort) return value;
                result.AddError($"--port `{text}` is not a port: give a whole number from 0 to {HighestPort} (0: a free one)");
                return 0;
            },
        };
        var content = CliOptions.Content();
        var templates = CliOptions.Templates();
        var edition = CliOptions.Edition("the edition to preview (default: the first site.yml declares)");
        var command = new Command("serve", "build one edition with its drafts into a temporary folder (never the output folder), serve it on "
            + "http://127.0.0.1:PORT/, rebuild what each change of the content or templates affects and reload the open pages")
        {
            port, content, templates, edition,
        };
        CliOptions.ValidateEdition(command, edition, content);
        command.SetAction(result => Failure.Guard(stderr, "nothing is served", () =>
            Serve(new ServeOptions(result.GetValue(content)!, result.GetValue(templates)!, result.GetValue(port), result.GetValue(edition)), stdout)
                .GetAwaiter().GetResult()));
        return command;
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
