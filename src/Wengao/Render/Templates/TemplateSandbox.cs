using Wengao.Expand;
using ScribanSpan = Scriban.Parsing.SourceSpan;
using Wengao.Model;

namespace Wengao.Render.Templates;

/// <summary>
/// Keeps the templates to their folder: `include` names a template inside it (no absolute path, no `..` out of it, no
/// symbolic link), and static/ is copied file by file with no link followed. A template is the site's code; without
/// this, `{{ include '/etc/passwd' }}` or a link to `/` in static/ would publish whatever the build machine can read.
/// </summary>
internal static class TemplateSandbox
{
    private const string Hint =
        "include a template of this folder by its name relative to it, e.g. {{ include '_documents.sbn' }}; copy other files in rather than pointing outside";

    /// <summary>The full path of an included template, or a located error when it is outside the folder, a link, or missing.</summary>
    /// <param name="directory">the templates folder, a full path</param>
    /// <param name="parsed">
    /// whether a full path is a template of the folder parsed when the build started: that was asked then whether it is a
    /// link, and the render uses that parse, not the file. Asking the file system again at each `include` of each page
    /// (two calls each) was 2.7 % of a cold build's CPU at 5,000 speeches.
    /// </param>
    public static string Resolve(string directory, string name, ScribanSpan caller, Func<string, bool> parsed)
    {
        var root = Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar;
        string path;
        try { path = Path.GetFullPath(Path.Combine(directory, name)); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new RefusedTemplate(caller, $"`include` names no file: {e.Message}", Hint);
        }
        if (Path.IsPathRooted(name) || !path.StartsWith(root, StringComparison.Ordinal))
            throw new RefusedTemplate(caller, $"`include '{name}'` is outside the templates folder", Hint);
        if (parsed(path)) return path;
        for (var step = path; step.Length > root.Length; step = Path.GetDirectoryName(step)!)
            if (IsLink(step))
                throw new RefusedTemplate(caller, $"`include '{name}'` goes through a symbolic link ({Path.GetRelativePath(directory, step)})", Hint);
        if (!File.Exists(path))
            throw new RefusedTemplate(caller, $"`include '{name}'`: there is no such template in {directory}", Hint);
        return path;
    }

    /// <summary>Whether a path is a symbolic link (or another reparse point): not followed, whatever it points to.</summary>
    public static bool IsLink(string path)
    {
        try { return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0; }
        catch (IOException) { return false; } // missing: nothing to follow
    }

    public static SourceError LinkRefused(string path) => new(new(path, 1, 1),
        "a symbolic link in the templates folder is not followed",
        "replace the link by a copy of the file it points to, inside the templates folder");

    /// <summary>Every file under static/, in ordinal order, each link in it refused (reported, not followed).</summary>
    public static IReadOnlyList<(string Relative, string Path)> StaticFiles(string directory, List<SourceError> errors)
    {
        var files = new List<(string, string)>();
        if (Directory.Exists(directory) && !IsLink(directory)) Walk(directory, directory, files, errors);
        else if (IsLink(directory)) errors.Add(LinkRefused(directory));
        return files;
    }

    private static void Walk(string root, string directory, List<(string, string)> files, List<SourceError> errors)
    {
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if ((entry.Attributes & FileAttributes.ReparsePoint) != 0) errors.Add(LinkRefused(entry.FullName));
            else if (entry is DirectoryInfo) Walk(root, entry.FullName, files, errors);
            else files.Add((Path.GetRelativePath(root, entry.FullName), entry.FullName));
        }
    }
}
