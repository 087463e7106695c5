using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Pipeline;

/// <summary>
/// Refuses a folder a build (or a publish) must not replace. Either swaps its target folder for a new one, so
/// `--output /` or `--output ''` (the current folder) would put the whole tree, or the sources, at stake.
/// </summary>
internal static class OutputChoice
{
    /// <summary>The build's output: not the sources' folders, one holding them, or one inside them.</summary>
    public static void Check(BuildOptions options) =>
        Check(options.Output, "--output", [(options.Content, "the content folder"), (options.Templates, "the templates folder")]);

    /// <param name="target">the folder to be replaced</param>
    /// <param name="option">the option that named it, for an empty name</param>
    /// <param name="kept">folders the target may neither be, hold, nor lie inside; the current folder is never replaced either</param>
    public static void Check(string target, string option, IReadOnlyList<(string Folder, string What)> kept)
    {
        var output = Usable(target, option);
        foreach (var (keptFolder, what) in kept.Append((".", "the current folder")))
        {
            var folder = Full(keptFolder);
            if (folder == output || folder.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw Refuse(target, $"the output folder is {what} or holds it ({folder})",
                    "it would be replaced: name a folder of its own beside the sources, e.g. --output output");
            if (what != "the current folder" && output.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw Refuse(target, $"the output folder is inside {what} ({folder})",
                    "it would be read back as part of it: name a folder beside it, e.g. --output output");
        }
    }

    /// <summary>The folder's full path, refusing an empty name and the root, which no build may replace whatever else it keeps.</summary>
    public static string Usable(string target, string option)
    {
        if (string.IsNullOrWhiteSpace(target))
            throw Refuse(option, "the output folder is empty", "name a folder of its own, e.g. --output output");
        var output = Full(target);
        if (output == Full(Path.GetPathRoot(output)!))
            throw Refuse(target, "the output folder is the root of the file system", "name a folder of its own, e.g. --output output");
        if (File.Exists(output))
            throw Refuse(target, "the output folder is a file", "name a folder of its own, e.g. --output output; a build never replaces a file");
        return output;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static BuildFailedException Refuse(string output, string message, string hint) =>
        new(new SourceError(new(output, 1, 1), message, hint));
}
