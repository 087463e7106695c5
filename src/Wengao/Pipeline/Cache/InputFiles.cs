using System.IO.Enumeration;
using System.Runtime.InteropServices;

namespace Wengao.Pipeline.Cache;

/// <summary>
/// The files under a folder the build reads, as the cache sees them: a link to a file is the file it links to (as the
/// loader reads it); a link to a folder is not followed — templates/html/static/root → / would be the whole disk —
/// and makes what the cache knows of the folder unsure (<see cref="Entry.File"/> null): it then never matches.
/// </summary>
internal static class InputFiles
{
    /// <param name="Relative">the path under the folder, with '/'</param>
    /// <param name="File">the file read (a link's final target); null where it is a link to a folder, or a link that leads nowhere</param>
    /// <param name="Folder">for a link to a folder, that folder (not walked)</param>
    /// <param name="Linked">whether the entry is a link (<see cref="File"/> is then elsewhere)</param>
    public sealed record Entry(string Relative, FileStat? File, DirectoryInfo? Folder = null, bool Linked = false);

    /// <param name="Ticks">its time of last writing, as <see cref="FileSystemInfo.LastWriteTimeUtc"/>'s ticks</param>
    public sealed record FileStat(string FullName, long Length, long Ticks)
    {
        public static FileStat Of(FileInfo file) => new(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks);
    }

    /// <summary>
    /// The entries, folder by folder. The names are read first, and the files' sizes and times after, on every core: a
    /// build that has nothing to do spends its time in these stat calls, one for each of the ~27,000 files a
    /// 5,000-speech site reads and writes (docs/cache.md, "How a build uses it"). On Linux each is asked of its folder
    /// (statx(2) on the folder's descriptor), which spares the kernel walking the whole path again for each file.
    /// </summary>
    public static IReadOnlyList<Entry> Under(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var root = Path.GetFullPath(folder);
        var under = Path.EndsInDirectorySeparator(root) ? root.Length : root.Length + 1;
        var folders = new List<string>();
        var names = new List<(int Folder, string Name, bool LinkedFolder)>();
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var current))
        {
            var index = folders.Count;
            folders.Add(current);
            // The kind of a name comes with it (d_type) for a file or a folder: only a folder is asked whether it is a link.
            foreach (var (name, isFolder, linked) in new FileSystemEnumerable<(string, bool, bool)>(current,
                         (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory, e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) != 0),
                         new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false }))
            {
                if (isFolder && !linked) pending.Push(Path.Join(current, name));
                else names.Add((index, name, linked));
            }
        }
        using var handles = new FolderHandles(folders);
        var entries = new Entry[names.Count];
        Parallel.For(0, names.Count, i =>
        {
            var (at, name, linkedFolder) = names[i];
            var full = Path.Join(folders[at], name);
            var relative = full[under..].Replace('\\', '/');
            if (linkedFolder) entries[i] = Link(relative, new DirectoryInfo(full));
            else if (handles.Stat(at, name, full) is { } stat) entries[i] = stat.Link ? Link(relative, new FileInfo(full)) : new Entry(relative, stat.File);
            else
            {
                var info = new FileInfo(full);
                entries[i] = (info.Attributes & FileAttributes.ReparsePoint) != 0 ? Link(relative, info) : new Entry(relative, FileStat.Of(info));
            }
        });
        return entries;
    }

    private static Entry Link(string relative, FileSystemInfo link)
    {
        // A FileInfo's target is a FileInfo even where it is a folder: which it is, the target's path says.
        var target = link.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        return new Entry(relative, System.IO.File.Exists(target) ? FileStat.Of(new FileInfo(target)) : null,
            Directory.Exists(target) ? new DirectoryInfo(target) : null, Linked: true);
    }

    /// <summary>The folders' descriptors on Linux, for statx(2) relative to them; elsewhere, or where one cannot be opened, none.</summary>
    private sealed class FolderHandles : IDisposable
    {
        private readonly int[] _handles;

        // Well under the usual limit of 1,024 open files: a tree of more folders is asked of .NET beyond these.
        private const int MostHandles = 256;

        public FolderHandles(List<string> folders)
        {
            _handles = new int[folders.Count];
            Array.Fill(_handles, -1);
            if (!OperatingSystem.IsLinux()) return;
            try
            {
                for (var i = 0; i < Math.Min(folders.Count, MostHandles); i++) _handles[i] = open(folders[i], O_RDONLY | O_CLOEXEC);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { }
        }

        /// <summary>The file's size and time, or whether it is a link; null where statx cannot say (the caller asks .NET).</summary>
        public (FileStat File, bool Link)? Stat(int folder, string name, string full) =>
            _handles[folder] >= 0 && FileStatus.Of(_handles[folder], name) is { } stat ? (new FileStat(full, stat.Size, stat.ModifiedTicks), stat.IsLink) : null;

        public void Dispose()
        {
            foreach (var handle in _handles)
                if (handle >= 0) close(handle);
        }

        // Linux's values, the same on every architecture .NET runs on (unlike O_DIRECTORY, left out: a folder opens without it).
        private const int O_RDONLY = 0, O_CLOEXEC = 0x80000;

        // Paths are marshalled as UTF-8 on Unix (as StagedFiles' link(2)).
        [DllImport("libc", SetLastError = true)]
        private static extern int open(string path, int flags);

        [DllImport("libc")]
        private static extern int close(int handle);
    }
}
