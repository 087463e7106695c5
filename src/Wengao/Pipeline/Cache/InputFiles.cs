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
    public sealed record Entry(string Relative, FileInfo? File, DirectoryInfo? Folder = null);

    public static IEnumerable<Entry> Under(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var root = Path.GetFullPath(folder);
        var entries = new FileSystemEnumerable<Entry?>(root, (ref FileSystemEntry e) =>
            {
                var relative = Path.GetRelativePath(root, e.ToFullPath()).Replace('\\', '/');
                if ((e.Attributes & FileAttributes.ReparsePoint) == 0) return e.IsDirectory ? null : new Entry(relative, (FileInfo)e.ToFileSystemInfo());
                var target = e.ToFileSystemInfo().ResolveLinkTarget(returnFinalTarget: true);
                return new Entry(relative, target as FileInfo is { Exists: true } file ? file : null, target as DirectoryInfo is { Exists: true } folder ? folder : null);
            },
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return entries.OfType<Entry>();
    }
}
