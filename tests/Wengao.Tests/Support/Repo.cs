namespace Wengao.Tests.Support;

/// <summary>Paths of the repository under test and of the shared seed beside it.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Templates => Path.Combine(Root, "templates");
    public static string SeedFile => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds", "000_5a3784b8f9ea1f75.txt"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wengao.sln"))) return dir.FullName;
        throw new InvalidOperationException("Wengao.sln not found above " + AppContext.BaseDirectory);
    }
}
