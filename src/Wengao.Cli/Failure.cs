using Wengao.Diagnostics;

namespace Wengao.Cli;

/// <summary>Runs a command so that errors in the sources, and files that cannot be read or written, end it with exit code 1.</summary>
internal static class Failure
{
    /// <param name="outcome">what the failure meant for the user, after the errors (e.g. "the previous output was left as it was")</param>
    public static int Guard(TextWriter stderr, string? outcome, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (BuildFailedException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine(error);
            if (outcome is not null) stderr.WriteLine($"{e.Errors.Count} error(s); {outcome}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"wengao: {e.Message}");
            if (outcome is not null) stderr.WriteLine(outcome);
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last resort: what the library did not turn into a located error is a bug in Wengao, said in one line.
            stderr.WriteLine($"wengao: internal error ({e.GetBaseException().GetType().Name}: {e.GetBaseException().Message}); please report it with the file that caused it");
            if (outcome is not null) stderr.WriteLine(outcome);
            return 1;
        }
    }
}
