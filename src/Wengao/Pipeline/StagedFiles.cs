using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using Wengao.Model;

namespace Wengao.Pipeline;

/// <summary>
/// Writes a build's files into its staging folder, from many threads. Thousands of small files make the system calls
/// per file the cost, so each folder is created once and each file is created new (no truncation, no sharing checks)
/// and written in one call.
/// </summary>
/// <remarks>
/// The staging folder is new, or the tree the last build replaced (<see cref="OutputFolder.Recycled"/>): its files are
/// hard links to the current output's wherever the last build kept a file, so a file the current output holds
/// unchanged is in it already, the same inode, and is neither linked again nor removed later. Nothing else of such a
/// tree is trusted: every other file in it is replaced (removed, then created or linked anew, never written over: a
/// shared inode would change the live output too), and what this build did not stage is removed by <see cref="Sweep"/>.
/// </remarks>
internal sealed class StagedFiles(string root, bool recycled = false)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    // Every file staged, relative: in a recycled tree, the others are the last builds' and are swept.
    private readonly ConcurrentDictionary<string, bool> _staged = new(StringComparer.Ordinal);

    public string Root => root;

    public void Write(string relative, string text) => Write(relative, Utf8.GetBytes(text));

    /// <summary>Writes the file; its last-write time as the file system recorded it (the cache's manifest keeps it).</summary>
    public DateTime Write(string relative, byte[] bytes)
    {
        try { return WriteFile(relative, bytes); }
        catch (PathTooLongException)
        {
            // Pages are named after slugs, tags, speakers and occasions; a name the file system cannot hold is the user's to shorten.
            // Named as in the output, not in the staging folder the failed build removes.
            throw new Diagnostics.BuildFailedException(new Model.SourceError(new(relative, 1, 1),
                "the output file's name or path is too long for the file system",
                "shorten the slug, tag, speaker or occasion the page is named after, or build into a shorter --output path"));
        }
    }

    /// <summary>
    /// Stages <paramref name="existing"/> (a file of the current output, unchanged) as <paramref name="relative"/>: a hard
    /// link, so the staging tree allocates no inode and writes no byte for it; nothing at all where a recycled tree holds
    /// that inode there already; a copy where the file system cannot link (another device, a file system without links).
    /// True where it linked (or found it linked).
    /// </summary>
    /// <param name="status">what statx said of <paramref name="existing"/> as the cache checked it, where it asked</param>
    public bool Link(string relative, string existing, FileStatus? status = null)
    {
        var path = Path.Combine(root, relative);
        _staged[relative] = true;
        if (recycled && (status ?? FileStatus.Of(existing)) is { } current && FileStatus.Of(path) is { } here && here.SameFile(current)) return true;
        Folder(path);
        if (!OperatingSystem.IsWindows())
        {
            if (link(existing, path) == 0) return true;
            if (Marshal.GetLastPInvokeError() == EEXIST)
            {
                Remove(path); // staged twice (a static file over a page: the later one wins, as when written), or a recycled tree's
                if (link(existing, path) == 0) return true;
            }
        }
        File.Copy(existing, path, overwrite: true);
        return false;
    }

    /// <summary>
    /// Removes what a recycled tree holds that this build did not stage (another build's files, folders left empty),
    /// leaving <paramref name="keep"/> (names at the root: what the output folder writes there itself). Nothing in a new tree.
    /// </summary>
    public void Sweep(params string[] keep)
    {
        if (!recycled || !Directory.Exists(root)) return;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!_staged.ContainsKey(relative) && !keep.Contains(relative, StringComparer.Ordinal)) File.Delete(file);
        }
        // Deepest first: a folder emptied by the files removed above, then its parent if that is empty too.
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
    }

    // POSIX link(2): .NET has no call that makes a hard link. Paths are marshalled as UTF-8 on Unix.
    [DllImport("libc", SetLastError = true)]
    private static extern int link(string existing, string created);

    private const int EEXIST = 17; // the same on Linux and macOS

    private void Folder(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (_folders.ContainsKey(folder)) return;
        try { Directory.CreateDirectory(folder); }
        catch (IOException) when (recycled)
        {
            // A recycled tree's file where this build has a folder (a page that became a section): removed, the folder made.
            for (var at = folder; at.Length > root.Length; at = Path.GetDirectoryName(at)!)
                if (File.Exists(at)) File.Delete(at);
            Directory.CreateDirectory(folder);
        }
        _folders[folder] = true;
    }

    /// <summary>Whatever a path holds, gone: a file, or a folder and all in it (a recycled tree's where this build has a file).</summary>
    internal static void Remove(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else File.Delete(path);
    }

    private DateTime WriteFile(string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        _staged[relative] = true;
        Folder(path);
        try { return Create(path, bytes); }
        catch (IOException) when (File.Exists(path) || Directory.Exists(path))
        {
            // Written twice (a static file over a page: the later one wins, as before), or a recycled tree's file: a new
            // file in its place, never the old one written over, which may be the current output's (a hard link).
            Remove(path);
            return Create(path, bytes);
        }
    }

    private static DateTime Create(string path, byte[] bytes)
    {
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(file, bytes, 0);
        // Of the open file (fstat), not by its path again: a lookup of every component for each of 20,000 files.
        return File.GetLastWriteTimeUtc(file);
    }
}
