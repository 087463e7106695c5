using System.IO.Enumeration;

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
    public sealed record Entry(string Relative, FileInfo? File, DirectoryInfo? Folder = null, bool Linked = false);

    /// <summary>
    /// The entries in the order the folder lists them. The names are read first, and the files' sizes and times after,
    /// on every core: a build that has nothing to do spends its time in these stat calls, one for each of the ~20,000
    /// files of a 5,000-speech output (docs/cache.md, "The fast path").
    /// </summary>
    public static IReadOnlyList<Entry> Under(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var root = Path.GetFullPath(folder);
        var under = Path.EndsInDirectorySeparator(root) ? root.Length : root.Length + 1;
        // The kind of a name comes with it (d_type) for a file or a folder: only a folder's links are asked for here.
        var names = new FileSystemEnumerable<(string Full, bool LinkedFolder)?>(root, (ref FileSystemEntry e) =>
                !e.IsDirectory ? (e.ToFullPath(), false) : (e.Attributes & FileAttributes.ReparsePoint) != 0 ? (e.ToFullPath(), true) : null,
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        }.OfType<(string Full, bool LinkedFolder)>().ToArray();
        var entries = new Entry[names.Length];
        Parallel.For(0, names.Length, i =>
        {
            var (full, linkedFolder) = names[i];
            var relative = full[under..].Replace('\\', '/');
            var info = new FileInfo(full);
            if (!linkedFolder && (info.Attributes & FileAttributes.ReparsePoint) == 0) entries[i] = new Entry(relative, info);
            else
            {
                // A FileInfo's target is a FileInfo even where it is a folder: which it is, the target's path says.
                var target = (linkedFolder ? new DirectoryInfo(full) : (FileSystemInfo)info).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                entries[i] = new Entry(relative, File.Exists(target) ? new FileInfo(target) : null,
                    Directory.Exists(target) ? new DirectoryInfo(target) : null, Linked: true);
            }
        });
        return entries;
    }
}
