using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Wengao.Cli;

/// <summary>
/// The `wengao` command line on System.CommandLine: a thin shell over the library. Exit 0 success, 1 errors in the
/// sources (or files that cannot be read or written), 2 a command line that could not be understood.
/// </summary>
public static class Commands
{
    /// <summary>The command's name, as the tool package installs it.</summary>
    public const string Name = "wengao";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // The completion scripts' directive: the library parses its position without asking (`[suggest:x]` threw).
        if (args is [var directive, ..] && directive.StartsWith("[suggest:", StringComparison.Ordinal)
            && !int.TryParse(directive.AsSpan("[suggest:".Length).TrimEnd(']'), out _))
        {
            stderr.WriteLine($"{Name}: `{directive}`: the position to complete at is a number, as in [suggest:12]");
            return Usage.ExitCode;
        }
        try
        {
            var result = Root(stdout, stderr).Parse(args);
            AuthoringCommands.DescribeKinds(result.CommandResult.Command);
            if (result.Errors.Count > 0) return Usage.Report(result, stderr);
            // Ctrl+C is the commands' own business (serve removes its temporary folder): the library's handler is off,
            // and so is its exception handler, which prints a stack trace.
            return result.Invoke(new InvocationConfiguration
            {
                Output = stdout, Error = stderr, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Each command turns its own failures into located errors (Failure.Guard); what reaches here is a bug in
            // reading the command line, said in one line.
            stderr.WriteLine($"{Name}: internal error ({e.GetBaseException().GetType().Name}: {e.GetBaseException().Message}); please report it with the command line that caused it");
            return 1;
        }
    }

    /// <summary>Every command, made for one run with the writers it prints to.</summary>
    public static RootCommand Root(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("文稿 Wengao: speeches, briefings and their figures from YAML and Markdown, to an HTML site and GB/T 9704 PDFs")
        {
            BuildCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            AuthoringCommands.New(stdout, stderr),
            AuthoringCommands.Import(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            PublishCommand.Create(stdout, stderr),
            CompletionCommand.Create(stdout),
        };
        // The version is wengao's, not the host's: the library's own option asks the entry assembly, a test host in tests.
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion(stdout);
        // Help says `wengao`, however the program was started (`dotnet Wengao.Cli.dll`, a test host, the installed tool).
        root.HelpName = Name;
        return root;
    }

    /// <summary>Prints the version the CLI was built as (Directory.Build.props), with the commit.</summary>
    private sealed class PrintVersion(TextWriter stdout) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            stdout.WriteLine(typeof(Commands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
            return 0;
        }
    }
}
