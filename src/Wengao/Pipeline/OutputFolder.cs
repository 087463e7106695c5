using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Pipeline;

/// <summary>
/// The output folder a build (or a publish) replaces — whole, or one edition's folder in it — only once everything
/// succeeded. Beside it, one hidden work folder (<c>.NAME.wengao/</c>) holds the lock that makes a second build of the
/// same output wait, the staging tree being written, and, for the moment between the two renames of a commit, the
/// tree being replaced. A build killed at any point leaves the output as it was, or missing with the replaced tree in
/// the work folder; the next build puts that tree back and removes the rest before it starts. The tree a commit
/// replaced is renamed aside in the work folder and removed on a background thread (<see cref="Discard"/>): its
/// ~20,000 files cost a 5,000-speech edit build a fifth of its time, and nothing waits for them. A build that recycles
/// (<see cref="Recycled"/>) keeps that tree instead as the next build's staging tree: most of its files are hard links
/// to the output's, which the next build then neither links again nor removes (<see cref="StagedFiles"/>).
/// </summary>
public sealed partial class OutputFolder : IDisposable
{
    // Marks a folder (output/, never one edition's folder in it) as Wengao's own, so a mistyped --output never
    // replaces a folder of the user's; a full build and an --edition build both read and write it there.
    internal const string Marker = ".wengao-output";
    internal const string LockFile = "lock", StagingName = "staging", ReplacedName = "replaced";
    // The tree the last build replaced (or a staging tree a build left unfinished), kept for the next build to stage
    // into; beside it, which target it was (as TargetFile says). Not the output's: nothing is put back from it.
    internal const string RecycledName = "recycled";
    internal const string RecycledTargetFile = "recycled-target";
    // A replaced tree once the commit is done: never put back, removed by whichever build (or thread) gets to it.
    private const string DiscardedPrefix = "discarded-";
    // Where the replaced tree came from (relative to output/, empty for output/ itself), so the next build can put it back.
    private const string TargetFile = "target";
    // A second build waits for the first rather than failing: long enough for a build of thousands of documents
    // with their PDFs; past it, it stops and says so.
    private static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    // POSIX record locks exclude other processes only: builds of one process queue here first.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InProcess = new(StringComparer.Ordinal);
    // The discarded trees this process is removing, by path: each removed once.
    private static readonly ConcurrentDictionary<string, Task> Removing = new(StringComparer.Ordinal);

    // What builds of earlier versions left beside output/ (output.tmp-PID, output.old-PID) and in it (public.tmp-PID).
    [GeneratedRegex(@"^(?<name>.+)\.(?<kind>tmp|old)-\d+$")]
    private static partial Regex LegacyLeftover();

    private readonly string? _edition;
    private readonly bool _recycle;
    private readonly SemaphoreSlim _inProcess;
    private FileStream? _lock;
    private bool _committed;

    /// <param name="output">the output folder (output/)</param>
    /// <param name="edition">the one edition this build replaces (output/EDITION/), or null to replace the whole folder</param>
    /// <param name="waiting">told once when another build holds the lock, before this one waits for it</param>
    /// <param name="wait">how long to wait for another build of the same output</param>
    /// <param name="recycle">stage into the tree the last build of the same target replaced, and keep the one this
    /// build replaces for the next (a build with its cache; Linux, where a file's inode can be compared)</param>
    public OutputFolder(string output, string? edition = null, Action? waiting = null, TimeSpan? wait = null, bool recycle = false)
    {
        Root = OutputChoice.Usable(output, "--output");
        _edition = edition;
        _recycle = recycle && OperatingSystem.IsLinux();
        Target = edition is null ? Root : Path.Combine(Root, edition);
        Work = WorkFolder(Root);
        ThrowIfNotOurs();
        _inProcess = InProcess.GetOrAdd(Work, _ => new SemaphoreSlim(1, 1));
        Acquire(waiting, wait ?? DefaultWait);
        try
        {
            Recover(Path.GetDirectoryName(Root)!);
            ThrowIfNotOurs();
            TakeRecycled();
            Directory.CreateDirectory(Staging);
            if (edition is null) WriteMarker(Staging);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The hidden folder beside <paramref name="output"/> where a build stages its files: one home for its name.</summary>
    public static string WorkFolder(string output)
    {
        var full = Path.GetFullPath(output.TrimEnd('/', '\\'));
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.wengao");
    }

    /// <summary>The output folder (output/).</summary>
    public string Root { get; }

    /// <summary>What this build replaces: the output folder, or one edition's folder in it.</summary>
    public string Target { get; }

    /// <summary>The hidden folder beside the output: the lock, the staging tree, the replaced tree while it is swapped out.</summary>
    public string Work { get; }

    /// <summary>The folder the build writes into, renamed to <see cref="Target"/> by <see cref="Commit"/>.</summary>
    public string Staging => Path.Combine(Work, StagingName);

    private string Replaced => Path.Combine(Work, ReplacedName);

    private string RecycledTree => Path.Combine(Work, RecycledName);

    /// <summary>Whether <see cref="Staging"/> is a tree a build left (<see cref="StagedFiles"/> trusts none of it but what it shares with the output).</summary>
    public bool Recycled { get; private set; }

    /// <summary>What this build replaces, as the work folder's files name it: an edition's name, or empty for output/ itself.</summary>
    private string TargetName => _edition is null ? "" : Path.GetRelativePath(Root, Target);

    /// <summary>The recycled tree as the staging tree, where it was this target's; else removed in the background.</summary>
    private void TakeRecycled()
    {
        var target = Path.Combine(Work, RecycledTargetFile);
        if (!Directory.Exists(RecycledTree)) return;
        if (_recycle && File.Exists(target) && File.ReadAllText(target) == TargetName)
        {
            Directory.Move(RecycledTree, Staging);
            Recycled = true;
        }
        else Discard(RecycledTree);
        File.Delete(target);
    }

    /// <summary>Keeps a tree for the next build of this target to stage into.</summary>
    private void Recycle(string tree)
    {
        File.WriteAllText(Path.Combine(Work, RecycledTargetFile), TargetName);
        Directory.Move(tree, RecycledTree);
    }

    /// <summary>Where the version before the last commit is kept, when a commit keeps it (publish, for rollback).</summary>
    public string Previous => $"{Root}.previous";

    /// <summary>
    /// The same error, located where the staged file will be once committed: errors name the file the user will look
    /// at, not one in a staging folder that is removed when the build fails.
    /// </summary>
    public SourceError Relocate(SourceError error) => Relocate(error, Staging, Target);

    /// <summary>The error located under <paramref name="to"/> if it names a file under <paramref name="from"/>.</summary>
    internal static SourceError Relocate(SourceError error, string from, string to) =>
        error.Where.File.StartsWith(from + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? error with { Where = error.Where with { File = to + error.Where.File[from.Length..] } }
            : error;

    /// <summary>Replaces the target with the staged build: two renames, never a half-written output.</summary>
    /// <param name="keepPrevious">keep the replaced version beside it as <see cref="Previous"/> instead of deleting it</param>
    public void Commit(bool keepPrevious = false)
    {
        if (_edition is not null)
        {
            Directory.CreateDirectory(Root);
            if (!File.Exists(Path.Combine(Root, Marker))) WriteMarker(Root);
        }
        SwapOut(Target);
        Directory.Move(Staging, Target);
        _committed = true;
        if (Directory.Exists(Replaced))
        {
            if (keepPrevious)
            {
                if (Directory.Exists(Previous)) Directory.Delete(Previous, recursive: true);
                Directory.Move(Replaced, Previous);
            }
            else if (_recycle) Recycle(Replaced);
            else Discard(Replaced);
        }
        File.Delete(Path.Combine(Work, TargetFile));
    }

    /// <summary>
    /// Renames a tree no build will use again aside in the work folder, and removes it on a background thread. A process
    /// that ends first leaves the rest of it there, outside output/, for the next build to remove.
    /// </summary>
    private void Discard(string tree)
    {
        var aside = Path.Combine(Work, DiscardedPrefix + Guid.NewGuid().ToString("N"));
        Directory.Move(tree, aside);
        Remove(aside);
    }

    private static void Remove(string tree) => Removing.AddOrUpdate(tree, Start, (path, running) => running.IsCompleted ? Start(path) : running);

    // Another process's build may be removing it too, and the process may end before either is done: whatever is left, the next build removes.
    private static Task Start(string tree) => Task.Run(() =>
    {
        try { Directory.Delete(tree, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    });

    /// <summary>Waits for the discarded trees this process is removing (the tests, which look at the work folder).</summary>
    internal static void WaitForRemovals()
    {
        Task.WaitAll([.. Removing.Values]);
        foreach (var done in Removing.Where(r => r.Value.IsCompleted).ToList()) Removing.TryRemove(done);
    }

    /// <summary>Puts the kept previous version back, keeping the current one as the previous: rollback, undone by another.</summary>
    public void SwapWithPrevious()
    {
        if (!Directory.Exists(Previous))
            throw new BuildFailedException(new SourceError(new(Previous, 1, 1), "there is no previous version to roll back to",
                "a version is kept by each `wengao publish` that replaces an earlier one"));
        SwapOut(Root);
        Directory.Move(Previous, Root);
        Directory.Move(Replaced, Previous);
        File.Delete(Path.Combine(Work, TargetFile));
    }

    public void Dispose()
    {
        try
        {
            // Unfinished (a failed build, or one that found nothing changed): as good a tree to recycle as any, and far
            // quicker to rename than to remove.
            if (!_committed && _lock is not null && Directory.Exists(Staging))
            {
                if (_recycle && !Directory.Exists(RecycledTree)) Recycle(Staging);
                else Directory.Delete(Staging, recursive: true);
            }
        }
        finally
        {
            if (_lock is not null)
            {
                _lock.Dispose();
                _lock = null;
                _inProcess.Release();
            }
        }
    }

    /// <summary>Moves the folder about to be replaced into the work folder, noting where it came from first.</summary>
    private void SwapOut(string folder)
    {
        if (!Directory.Exists(folder)) return;
        File.WriteAllText(Path.Combine(Work, TargetFile), Path.GetRelativePath(Root, folder) is "." ? "" : Path.GetRelativePath(Root, folder));
        Directory.Move(folder, Replaced);
    }

    private void ThrowIfNotOurs()
    {
        if (!Directory.Exists(Root) || File.Exists(Path.Combine(Root, Marker)) || !Directory.EnumerateFileSystemEntries(Root).Any()) return;
        // An output the --edition builds of earlier versions made: the marker was in each edition's folder.
        if (Directory.EnumerateFileSystemEntries(Root).All(e => File.Exists(Path.Combine(e, Marker)))) return;
        throw new BuildFailedException(new SourceError(new(Root, 1, 1),
            "the output folder exists and was not made by wengao; refusing to replace it",
            "name an empty or new folder with --output DIR (wengao replaces the whole output folder on each build)"));
    }

    /// <summary>Takes the output's lock, waiting for another build that holds it; a killed build's lock goes with its process.</summary>
    private void Acquire(Action? waiting, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        void Waiting()
        {
            if (!told) waiting?.Invoke();
            told = true;
        }
        if (!_inProcess.Wait(0))
        {
            Waiting();
            if (!_inProcess.Wait(wait)) throw Busy(wait);
        }
        try
        {
            Directory.CreateDirectory(Work);
            var file = new FileStream(Path.Combine(Work, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            while (true)
            {
                try
                {
                    // macOS has no FileStream.Lock: there builds of one process exclude each other only.
                    if (!OperatingSystem.IsMacOS()) file.Lock(0, 1);
                    _lock = file;
                    return;
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    Waiting();
                    Thread.Sleep(Poll);
                }
                catch (IOException)
                {
                    file.Dispose();
                    throw Busy(wait);
                }
            }
        }
        catch
        {
            _inProcess.Release();
            throw;
        }
    }

    private BuildFailedException Busy(TimeSpan wait) => new(new SourceError(new(Root, 1, 1),
        $"another wengao build or publish is writing this output folder and has not finished within {wait.TotalSeconds:0} s",
        $"wait for it to finish or stop it (its lock is {Path.Combine(Work, LockFile)}); what a build stopped part-way leaves is cleaned up by the next one"));

    /// <summary>
    /// What a killed build left: the tree it had swapped out goes back where it was if nothing replaced it, the rest is
    /// removed. Holding the lock, no other build is using any of it.
    /// </summary>
    private void Recover(string parent)
    {
        var target = Path.Combine(Work, TargetFile);
        if (Directory.Exists(Replaced))
        {
            // An edition's name, or empty for output/ itself: nothing else is put back from what the file says.
            var relative = File.Exists(target) ? File.ReadAllText(target) : "";
            var from = relative.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : Path.Combine(Root, relative);
            if (from is not null && !Directory.Exists(from) && Directory.Exists(Path.GetDirectoryName(from))) Directory.Move(Replaced, from);
            else Directory.Delete(Replaced, recursive: true);
        }
        if (File.Exists(target)) File.Delete(target);
        if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
        foreach (var discarded in Directory.EnumerateDirectories(Work, DiscardedPrefix + "*")) Remove(discarded);
        // Leftovers of earlier versions, recognised by their names and the marker every one of them holds.
        var name = Path.GetFileName(Root);
        foreach (var (dir, kind) in Leftovers(parent).Where(l => l.Name == name).Select(l => (l.Dir, l.Kind)).ToList())
        {
            if (kind == "old" && !Directory.Exists(Root)) Directory.Move(dir, Root);
            else Directory.Delete(dir, recursive: true);
        }
        if (Directory.Exists(Root) && File.Exists(Path.Combine(Root, Marker)))
            foreach (var (dir, _, _) in Leftovers(Root).Where(l => l.Kind == "tmp").ToList()) Directory.Delete(dir, recursive: true);
    }

    private static IEnumerable<(string Dir, string Name, string Kind)> Leftovers(string folder) =>
        from dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)
        let match = LegacyLeftover().Match(Path.GetFileName(dir))
        where match.Success && File.Exists(Path.Combine(dir, Marker))
        select (dir, match.Groups["name"].Value, match.Groups["kind"].Value);

    private static void WriteMarker(string folder)
    {
        var marker = Path.Combine(folder, Marker);
        File.Delete(marker); // a recycled tree's: a new file, never one written over
        File.WriteAllText(marker, "Generated by wengao build; replaced as a whole on each build.\n");
    }
}
