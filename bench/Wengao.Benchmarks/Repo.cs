namespace Wengao.Benchmarks;

/// <summary>The repository's sample content and templates, found by walking up from the binary to Wengao.sln.</summary>
public static class Repo
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    private static string Find(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wengao.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no Wengao.sln above {from}");
    }
}
