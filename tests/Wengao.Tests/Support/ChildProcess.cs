using System.Diagnostics;

namespace Wengao.Tests.Support;

/// <summary>Runs a program to its end within a deadline and returns what it printed.</summary>
public static class ChildProcess
{
    public sealed record Result(int Exit, string Out, string Err);

    public static Result Run(string program, IEnumerable<string> args, string? directory = null,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? deadline = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            WorkingDirectory = directory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var argument in args) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = deadline ?? TimeSpan.FromMinutes(3);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(); // its pipes close: what it printed before it hung says where it hung
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {limit.TotalSeconds} s:\n{stdout.Result}{stderr.Result}");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
