using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Wengao.Tests.Support;

/// <summary>
/// The CLI as a child process (`dotnet Wengao.Cli.dll …`, the assembly the test project builds beside itself), so a
/// test can kill it with SIGKILL, stop and continue it, or send it SIGINT, and read its output line by line.
/// </summary>
public sealed class ChildCli : IDisposable
{
    public const int SigInt = 2, SigKill = 9, SigCont = 18, SigStop = 19;

    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = [];
    private readonly StringBuilder _output = new();

    private ChildCli(Process process) => _process = process;

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Wengao.Cli.dll");

    /// <param name="environment">variables set for the child (TMPDIR, to find the folders it makes)</param>
    public static ChildCli Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var child = new ChildCli(new Process { StartInfo = start });
        child._process.OutputDataReceived += (_, e) => child.Received(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Received(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything it printed so far, stdout and stderr.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private void Received(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        _lines.Add(line);
    }

    /// <summary>The next line it prints that contains <paramref name="text"/>; fails at the deadline or when it exits.</summary>
    public string WaitForLine(string text, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        try
        {
            while (true)
            {
                var line = _lines.Take(deadline.Token);
                if (line.Contains(text, StringComparison.Ordinal)) return line;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no line with `{text}` within {within.TotalSeconds} s; it printed:\n{Output}");
        }
    }

    /// <summary>Waits for it to end; false at the deadline.</summary>
    public bool WaitForExit(TimeSpan within)
    {
        if (!_process.WaitForExit(within)) return false;
        _process.WaitForExit(); // the output read to its end
        return true;
    }

    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0) throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        _lines.Dispose();
    }

    /// <summary>Waits until <paramref name="condition"/> holds, checking it about every millisecond; false at the deadline.</summary>
    public static bool Until(Func<bool> condition, TimeSpan within) => SpinWait.SpinUntil(condition, within);
}
