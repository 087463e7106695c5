using Wengao.Pipeline.Cache;
using Wengao.Tests.Support;

namespace Wengao.Tests.Cache;

/// <summary>
/// The cache's listing of a folder (InputFiles): each file's size and time as .NET's FileInfo gives them — the fast
/// path asks them of the kernel itself on Linux (statx) — links to files as their targets, links to folders not walked.
/// </summary>
public sealed class InputFilesTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_file_is_listed_with_the_size_and_time_FileInfo_gives_and_links_as_what_they_lead_to()
    {
        var files = new Dictionary<string, int> { ["a.md"] = 10, ["speeches/2021/b.md"] = 3000, ["speeches/c d 讲话.md"] = 0, ["deep/x/y/z/e.yml"] = 70_000 };
        foreach (var (relative, size) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_dir[$"tree/{relative}"])!);
            File.WriteAllBytes(_dir[$"tree/{relative}"], new byte[size]);
        }
        // Times with a fraction of a second, and one long ago: the ticks must be those .NET reads, to the 100 ns.
        File.SetLastWriteTimeUtc(_dir["tree/a.md"], new DateTime(2024, 6, 1, 8, 30, 15, DateTimeKind.Utc).AddTicks(1234567));
        File.SetLastWriteTimeUtc(_dir["tree/speeches/2021/b.md"], new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Utc));
        File.WriteAllText(_dir["outside.md"], "elsewhere");
        Directory.CreateDirectory(_dir["outside-folder"]);
        File.WriteAllText(_dir["outside-folder/hidden.md"], "not walked");
        File.CreateSymbolicLink(_dir["tree/link.md"], _dir["outside.md"]);
        Directory.CreateSymbolicLink(_dir["tree/linked-folder"], _dir["outside-folder"]);

        var listed = InputFiles.Under(_dir["tree"]).ToDictionary(e => e.Relative);

        Assert.Equal(files.Keys.Append("link.md").Append("linked-folder").Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        foreach (var relative in files.Keys)
        {
            var info = new FileInfo(_dir[$"tree/{relative}"]);
            Assert.Equal((info.FullName, info.Length, info.LastWriteTimeUtc.Ticks, false), (listed[relative].File!.FullName, listed[relative].File!.Length, listed[relative].File!.Ticks, listed[relative].Linked));
        }
        var target = new FileInfo(_dir["outside.md"]);
        Assert.Equal((target.FullName, target.Length, target.LastWriteTimeUtc.Ticks, true),
            (listed["link.md"].File!.FullName, listed["link.md"].File!.Length, listed["link.md"].File!.Ticks, listed["link.md"].Linked));
        Assert.Null(listed["linked-folder"].File);
        Assert.Equal(new DirectoryInfo(_dir["outside-folder"]).FullName, listed["linked-folder"].Folder!.FullName);
        Assert.DoesNotContain(listed.Keys, k => k.Contains("hidden", StringComparison.Ordinal));
    }
}
