using Wengao.Diagnostics;

namespace Wengao.Build;

/// <summary>
/// Refuses an output folder a build must not replace. A build swaps its output folder for a new one, so `--output /`
/// or `--output ''` (the current folder) would put the whole tree, or the sources, at stake.
/// </summary>
internal static class OutputChoice
{
    public static void Check(BuildOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Output))
            throw Refuse("--output", "the output folder is empty", "name a folder of its own, e.g. --output output");
        var output = Full(options.Output);
        if (output == Full(Path.GetPathRoot(output)!))
            throw Refuse(options.Output, "the output folder is the root of the file system", "name a folder of its own, e.g. --output output");
        foreach (var (kept, what) in (ReadOnlySpan<(string, string)>)[
                     (options.Content, "the content folder"), (options.Templates, "the templates folder"), (".", "the current folder")])
        {
            var folder = Full(kept);
            if (folder == output || folder.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw Refuse(options.Output, $"the output folder is {what} or holds it ({folder})",
                    "a build replaces its output folder: name a folder of its own beside the sources, e.g. --output output");
            if (what != "the current folder" && output.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw Refuse(options.Output, $"the output folder is inside {what} ({folder})",
                    "the output would be read back as sources: name a folder beside them, e.g. --output output");
        }
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static BuildFailedException Refuse(string output, string message, string hint) =>
        new(new SourceError(new(output, 1, 1), message, hint));
}
