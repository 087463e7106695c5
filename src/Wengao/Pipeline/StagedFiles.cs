using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using Wengao.Model;

namespace Wengao.Pipeline;

/// <summary>
/// Writes a build's files into its fresh staging folder, from many threads. Thousands of small files make the
/// system calls per file the cost, so each folder is created once and each file is created new (no truncation,
/// no sharing checks) and written in one call.
/// </summary>
internal sealed class StagedFiles(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

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
    /// link, so the staging tree allocates no inode and writes no byte for it; a copy where the file system cannot link
    /// (another device, a file system without links). True where it linked.
    /// </summary>
    public bool Link(string relative, string existing)
    {
        var path = Path.Combine(root, relative);
        Folder(path);
        if (!OperatingSystem.IsWindows())
        {
            if (link(existing, path) == 0) return true;
            if (Marshal.GetLastPInvokeError() == EEXIST)
            {
                File.Delete(path); // staged twice (a static file over a page): the later one wins, as when written
                if (link(existing, path) == 0) return true;
            }
        }
        File.Copy(existing, path, overwrite: true);
        return false;
    }

    // POSIX link(2): .NET has no call that makes a hard link. Paths are marshalled as UTF-8 on Unix.
    [DllImport("libc", SetLastError = true)]
    private static extern int link(string existing, string created);

    private const int EEXIST = 17; // the same on Linux and macOS

    private void Folder(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders[folder] = true;
    }

    private DateTime WriteFile(string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Folder(path);
        try
        {
            using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(file, bytes, 0);
            // Of the open file (fstat), not by its path again: a lookup of every component for each of 20,000 files.
            return File.GetLastWriteTimeUtc(file);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.WriteAllBytes(path, bytes); // written twice (a static file over a page): the later one wins, as before
            return File.GetLastWriteTimeUtc(path);
        }
    }
}
