using System.CommandLine;
using System.CommandLine.Parsing;
using Wengao.Text;

namespace Wengao.Cli;

/// <summary>
/// How a mistake on the command line is reported: one line per mistake, a suggestion where a name was mistyped, then
/// one line saying how to see help — no usage dump, and never a source location (the mistake is not in a source).
/// </summary>
internal static class Usage
{
    /// <summary>Exit code of a command line that could not be understood (0 success, 1 errors in the sources).</summary>
    public const int ExitCode = 2;

    public static int Report(ParseResult result, TextWriter stderr)
    {
        var command = result.CommandResult.Command;
        var name = CommandPath(result.CommandResult);
        var unmatched = result.UnmatchedTokens.ToHashSet();
        foreach (var token in result.UnmatchedTokens)
            stderr.WriteLine($"{name}: {Unknown(token, command)}");
        foreach (var error in result.Errors)
        {
            // The library's own line for each unmatched token, and its "no command" when an unknown one explains it, are said above.
            if (error.Message.Contains("Unrecognized command or argument", StringComparison.Ordinal) && unmatched.Count > 0) continue;
            if (error.Message.StartsWith("Required command was not provided", StringComparison.Ordinal))
            {
                if (unmatched.Count == 0) stderr.WriteLine($"{name}: name a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}");
                continue;
            }
            stderr.WriteLine($"{name}: {error.Message}");
        }
        stderr.WriteLine($"see `{name} --help`");
        return ExitCode;
    }

    /// <summary>An unknown word: an option (starts with -) or a command, with the nearest known one if any is close.</summary>
    public static string Unknown(string token, Command command)
    {
        if (token.StartsWith('-'))
        {
            var names = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
            return $"unknown option `{token}`" + Suggest(token, names);
        }
        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        return commands.Count > 0
            ? $"unknown command `{token}`" + Suggest(token, commands) + (EditDistance.Nearest(token, commands) is null ? $"; the commands are {string.Join(", ", commands)}" : "")
            : $"unexpected argument `{token}`";
    }

    private static string Suggest(string token, IEnumerable<string> names) =>
        EditDistance.Nearest(token, names) is { } near ? $"; did you mean `{near}`?" : "";

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
            if (r is CommandResult c) names.Insert(0, c.Parent is null ? Commands.Name : c.Command.Name);
        return string.Join(' ', names);
    }
}
