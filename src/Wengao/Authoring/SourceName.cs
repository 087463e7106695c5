using Wengao.Diagnostics;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Authoring;

/// <summary>
/// Where a new source goes: content/&lt;folder&gt;/YYYY-MM-DD-slug.md. A Chinese title has no Latin spelling without a
/// pinyin table, so the slug is the user's (--slug) or else the kind and the date, e.g. speech-20250601: unique
/// across days (slugs must be unique across the corpus), and a second document of the same day asks for --slug.
/// </summary>
public static class SourceName
{
    /// <param name="slug">a slug the caller has checked with <see cref="Slugs.Is"/>, or null for the kind and the date</param>
    public static string PathFor(string content, DocumentKind kind, DateOnly date, string? slug)
    {
        slug ??= $"{kind.Name}-{date:yyyyMMdd}";
        if (!Slugs.Is(slug)) throw new ArgumentException(Slugs.Rule, nameof(slug));
        var path = Path.Combine(content, kind.Folder, $"{date:yyyy-MM-dd}-{slug}.md");
        if (File.Exists(path))
            throw new BuildFailedException(new SourceError(new(path, 1, 1), "the file already exists; nothing was written",
                "give the new document its own name with --slug NAME (lower-case Latin letters, digits and '-')"));
        return path;
    }

    /// <summary>Writes the new file, failing rather than replacing one that appeared meanwhile.</summary>
    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        file.Write(new System.Text.UTF8Encoding(false).GetBytes(text));
    }
}
