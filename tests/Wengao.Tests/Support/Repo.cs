namespace Wengao.Tests.Support;

/// <summary>Paths inside the repository under test: every file a test reads is under <see cref="Root"/>.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Templates => Path.Combine(Root, "templates");
    /// <summary>The test fixtures (tests/fixtures/README.md says where each came from).</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    /// <summary>The founding sample as scraped, a copy of the project's seed.</summary>
    public static string SeedFile => Path.Combine(Fixtures, "seeds", "000_5a3784b8f9ea1f75.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Wengao.sln"))) return dir.FullName;
        throw new InvalidOperationException("Wengao.sln not found above " + AppContext.BaseDirectory);
    }
}
