using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Pipeline;

/// <summary>
/// Copies a built edition's site into a deployment folder in one swap, so a reader never sees a half-copied
/// site; a folder not made by Wengao is never replaced.
/// </summary>
public static class Publisher
{
    /// <param name="output">the build's output folder (output/)</param>
    /// <param name="edition">the edition to publish, or null where the build has none</param>
    /// <returns>how many files were published</returns>
    public static int Publish(string output, string? edition, string to)
    {
        OutputChoice.Check(to, "--to", [(output, "the build's output folder")]);
        var site = edition is null ? Path.Combine(output, "site") : Path.Combine(output, edition, "site");
        if (!Directory.Exists(site))
            throw new BuildFailedException(new SourceError(new(site, 1, 1), "there is no built site to publish here",
                edition is null ? "run `wengao build` first" : $"run `wengao build` first, or name a built edition: {string.Join(", ", Editions(output))}"));
        using var target = new OutputFolder(to);
        var files = Directory.GetFiles(site, "*", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            var copy = Path.Combine(target.Staging, Path.GetRelativePath(site, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        target.Commit(keepPrevious: true);
        return files.Length;
    }

    /// <summary>Puts back the version the last publish replaced (and keeps the one taken down, so a second rollback undoes it).</summary>
    public static void Rollback(string to)
    {
        using var target = new OutputFolder(to);
        target.SwapWithPrevious();
    }

    private static IEnumerable<string> Editions(string output) =>
        Directory.Exists(output) ? Directory.GetDirectories(output).Where(d => Directory.Exists(Path.Combine(d, "site"))).Select(Path.GetFileName).OfType<string>() : [];
}
