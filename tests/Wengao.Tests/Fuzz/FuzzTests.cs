using System.Diagnostics;
using System.Text.RegularExpressions;
using Wengao.Cli;
using Wengao.Tests.Support;

namespace Wengao.Tests.Fuzz;

/// <summary>
/// Builds and checks a few hundred seeded mutations of a small corpus (Fuzz/corpus and the sample templates) through
/// the command line, in process. Each must end with exit 0, or exit 1 and a located `file:line:column: error:` — never
/// an internal error, a stack trace, a hang past its deadline, or a crash (a stack overflow takes the test run down).
/// WENGAO_FUZZ_SEED and WENGAO_FUZZ_COUNT run other seeds; a failure names the seed that replays it.
/// </summary>
public sealed partial class FuzzTests
{
    private const int DefaultSeed = 14_000;
    private const int DefaultCount = 300;

    /// <summary>Per build or check: a small corpus builds in a tenth of a second, the slowest input (a chain of 10,000
    /// formulas) in about one, and the corpus's expression time limit (1 s) stops an expression that never ends; the
    /// margin is for a machine shared with other work.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    /// <summary>One input in this many also makes its PDFs: the fonts and the typesetter see the mutations too.</summary>
    private const int PdfEvery = 8;

    private static readonly string Corpus = Path.Combine(Repo.Root, "tests", "Wengao.Tests", "Fuzz", "corpus");

    [GeneratedRegex(@"^.+:\d+:\d+: error\b", RegexOptions.Multiline)]
    private static partial Regex LocatedError();

    [GeneratedRegex(@"^\s+at \S+\(.*\)", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [Fact]
    public void Mutated_sources_end_in_a_build_or_a_located_error_for_build_and_check()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("WENGAO_FUZZ_SEED"), out var s) ? s : DefaultSeed;
        var count = int.TryParse(Environment.GetEnvironmentVariable("WENGAO_FUZZ_COUNT"), out var c) ? c : DefaultCount;
        var original = Files();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count && failures.Count < 10; i++)
        {
            var files = new SortedDictionary<string, byte[]>(original, StringComparer.Ordinal);
            var mutator = new Mutator(new Random(seed + i), files);
            mutator.Apply();
            using var dir = new TempDir();
            foreach (var (relative, bytes) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(dir[relative])!);
                File.WriteAllBytes(dir[relative], bytes);
            }
            Directory.CreateDirectory(dir["content"]);
            string[] build = ["build", "--content", dir["content"], "--templates", dir["templates"], "--output", dir["output"]];
            foreach (var (name, args) in (IEnumerable<(string, string[])>)[
                         ("build", i % PdfEvery == 0 ? build : [.. build, "--no-pdf"]), ("check", ["check", dir["content"]])])
            {
                var started = clock.Elapsed;
                var result = Run(args);
                // WENGAO_FUZZ_LOG=file: each run's time and mutations, to find the slow ones.
                if (Environment.GetEnvironmentVariable("WENGAO_FUZZ_LOG") is { Length: > 0 } log)
                    File.AppendAllText(log, $"{seed + i} {name} {(clock.Elapsed - started).TotalMilliseconds:0} ms {string.Join("; ", mutator.Applied)}\n");
                if (result is { } problem)
                {
                    failures.Add($"seed {seed + i}, {name}: {problem}\n  mutations: {string.Join("; ", mutator.Applied)}");
                    break;
                }
            }
            if (failures.Count > 0 && failures[^1].Contains("no answer within", StringComparison.Ordinal)) break; // a hung run still holds a core
        }
        Assert.True(failures.Count == 0, $"{failures.Count} input(s) failed (of {count}, in {clock.Elapsed.TotalSeconds:0} s):\n" + string.Join("\n", failures));
    }

    /// <summary>What is wrong with how the command ended, or null when it built, or failed with located errors only.</summary>
    private static string? Run(string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var run = Task.Run(() => Commands.Run(args, stdout, stderr));
        if (!run.Wait(Deadline)) return $"no answer within {Deadline.TotalSeconds} s";
        if (run.IsFaulted) return $"threw {run.Exception!.GetBaseException()}";
        var (exit, output, errors) = (run.Result, stdout.ToString(), stderr.ToString());
        if (errors.Contains("internal error", StringComparison.Ordinal) || StackFrame().IsMatch(errors) || StackFrame().IsMatch(output))
            return $"exit {exit} with an internal error or a stack trace:\n{First(errors)}";
        if (exit is not (0 or 1)) return $"exit {exit}:\n{First(errors)}";
        if (exit == 1 && !LocatedError().IsMatch(errors) && !LocatedError().IsMatch(output))
            return $"exit 1 without a located error:\n{First(errors)}";
        return null;
    }

    private static string First(string text) => string.Join("\n", text.Split('\n').Take(6));

    /// <summary>The corpus as files by path under the input's root: content/… from Fuzz/corpus, templates/… from the sample.</summary>
    private static SortedDictionary<string, byte[]> Files()
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (root, prefix) in (IEnumerable<(string, string)>)[(Corpus, "content"), (Repo.Templates, "templates")])
            foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
                files[prefix + "/" + Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        return files;
    }
}
