using System.Security.Cryptography;
using Wengao.Pipeline;
using Wengao.Cli;
using Wengao.Diagnostics;
using Wengao.Tests.Support;

namespace Wengao.Tests.Output;

/// <summary>
/// output/ as builds of every kind leave it: full and --edition builds in any order, builds killed part-way (a real
/// `wengao build` process, SIGKILLed while it writes), two builds at once, and what the next build does about it all.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private const string SpeechPage = "site/speeches/bangfu-gongzuodui-zuotanhui.html";
    // The hidden work folder beside output/ and the tree a build writes in it, as the README documents them.
    private const string Work = ".output.wengao", Staging = ".output.wengao/staging";
    private readonly TempDir _dir = new TempDir().WithSample();

    private string SpeechFile => Directory.GetFiles(_dir["content/speeches"], "*.md").Single();

    private string[] BuildArgs(params string[] extra) =>
        ["build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["output"], .. extra];

    private (int Exit, string Out, string Err) Build(params string[] extra)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = Commands.Run(BuildArgs(extra), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private void BuildOk(params string[] extra)
    {
        var (exit, stdout, stderr) = Build(extra);
        Assert.True(exit == 0, stdout + stderr);
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private void EditTitle(string to) =>
        File.WriteAllText(SpeechFile, File.ReadAllText(SpeechFile).Replace("title: 在", $"title: {to}在", StringComparison.Ordinal));

    /// <summary>
    /// Nothing of a build is left but output/ and the work folder's lock (and the build cache, once a build succeeded:
    /// docs/cache.md, with the tree a build replaced kept for the next to stage into, and which target it was): no
    /// staging tree, no replaced tree, once the removal of a discarded tree is done.
    /// </summary>
    private void AssertNoLeftovers(params string[] editions)
    {
        OutputFolder.WaitForRemovals(); // a discarded tree is removed on a background thread
        Assert.Equal([".output.wengao", "content", "output", "templates"],
            Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var work = Directory.GetFileSystemEntries(_dir[Work]).Select(Path.GetFileName).Where(e => e != "cache").Order(StringComparer.Ordinal).ToList();
        Assert.True(work.SequenceEqual(["lock"]) || work.SequenceEqual(["lock", OutputFolder.RecycledName, OutputFolder.RecycledTargetFile]), string.Join(", ", work));
        Assert.Equal([".wengao-output", .. editions], Directory.GetFileSystemEntries(_dir["output"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static bool HasFile(string folder, string pattern)
    {
        try { return Directory.Exists(folder) && Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Any(); }
        catch (DirectoryNotFoundException) { return false; } // a folder went while it was listed
    }

    [Fact]
    public void A_full_build_then_one_edition_then_a_full_build_again_all_succeed()
    {
        BuildOk("--no-pdf");
        var internalBefore = Snapshot(_dir["output/internal"]);
        EditTitle("修订后");

        BuildOk("--no-pdf", "--edition", "public");
        Assert.Equal(internalBefore, Snapshot(_dir["output/internal"])); // only its own edition replaced
        Assert.Contains("修订后在", File.ReadAllText(Path.Combine(_dir["output/public"], SpeechPage)));
        AssertNoLeftovers("internal", "public");

        BuildOk("--no-pdf");
        Assert.Contains("修订后在", File.ReadAllText(Path.Combine(_dir["output/internal"], SpeechPage)));
        AssertNoLeftovers("internal", "public");
    }

    [Fact]
    public void One_edition_into_a_new_folder_then_a_full_build_both_succeed()
    {
        BuildOk("--no-pdf", "--edition", "public");
        AssertNoLeftovers("public");
        BuildOk("--no-pdf");
        AssertNoLeftovers("internal", "public");
        BuildOk("--no-pdf", "--edition", "internal");
        AssertNoLeftovers("internal", "public");
    }

    [Fact]
    public void A_killed_build_keeps_the_previous_output_whole_and_the_next_build_removes_its_leftovers()
    {
        BuildOk();
        var before = Snapshot(_dir["output"]);
        EditTitle("修订后");

        using (var build = ChildCli.Start(BuildArgs()))
        {
            // Killed while it writes its PDFs, once a page is written too (a document's outputs are made side by side), before its commit.
            Assert.True(ChildCli.Until(() => HasFile(_dir[Staging], "*.pdf") && HasFile(_dir[Staging], "*.html") || build.HasExited, Deadline),
                "the build wrote no PDF and page in time");
            Assert.False(build.HasExited, "the build finished before it could be killed:\n" + build.Output);
            build.Signal(ChildCli.SigKill);
            Assert.True(build.WaitForExit(Deadline));
        }

        Assert.Equal(before, Snapshot(_dir["output"]));
        Assert.True(HasFile(_dir[Staging], "*.html"), "the killed build left its half-written staging tree");

        BuildOk();
        AssertNoLeftovers("internal", "public");
        Assert.Contains("修订后在", File.ReadAllText(Path.Combine(_dir["output/internal"], SpeechPage)));
    }

    [Fact]
    public void A_killed_edition_build_leaves_nothing_inside_the_output()
    {
        BuildOk();
        var before = Snapshot(_dir["output"]);
        EditTitle("修订后");

        using (var build = ChildCli.Start(BuildArgs("--edition", "public")))
        {
            Assert.True(ChildCli.Until(() => HasFile(_dir[Staging], "*.pdf") || build.HasExited, Deadline), "the build wrote no PDF in time");
            Assert.False(build.HasExited, "the build finished before it could be killed:\n" + build.Output);
            build.Signal(ChildCli.SigKill);
            Assert.True(build.WaitForExit(Deadline));
        }

        Assert.Equal(before, Snapshot(_dir["output"])); // no public.tmp-PID in it, public/ as it was

        BuildOk("--edition", "public");
        AssertNoLeftovers("internal", "public");
        Assert.Contains("修订后在", File.ReadAllText(Path.Combine(_dir["output/public"], SpeechPage)));
    }

    [Fact]
    public void A_build_killed_between_its_two_renames_gets_the_previous_output_back()
    {
        BuildOk("--no-pdf");
        var before = Snapshot(_dir["output"]);
        // What a build killed after moving output/ aside and before moving its staging tree in leaves.
        Directory.Move(_dir["output"], _dir[".output.wengao/replaced"]);
        File.WriteAllText(_dir[".output.wengao/target"], "");
        Directory.CreateDirectory(_dir[".output.wengao/staging/internal"]);

        // An edition build replaces only public/: internal/ is there again only if the previous output was put back.
        BuildOk("--no-pdf", "--edition", "public");
        var after = Snapshot(_dir["output"]);
        Assert.Equal(before.Where(f => !f.Key.StartsWith("public/", StringComparison.Ordinal)), after.Where(f => !f.Key.StartsWith("public/", StringComparison.Ordinal)));
        AssertNoLeftovers("internal", "public");
    }

    [Fact]
    public void Leftovers_of_earlier_versions_are_removed_and_folders_of_the_user_kept()
    {
        BuildOk("--no-pdf");
        foreach (var leftover in new[] { "output.tmp-123", "output.old-456", "output/public.tmp-789" })
        {
            Directory.CreateDirectory(_dir[leftover + "/site"]);
            File.WriteAllText(_dir[leftover + "/.wengao-output"], "");
        }
        Directory.CreateDirectory(_dir["output.old-1"]); // the user's, no marker
        File.WriteAllText(_dir["output.old-1/notes.txt"], "mine");

        BuildOk("--no-pdf", "--edition", "public");

        Assert.False(Directory.Exists(_dir["output.tmp-123"]));
        Assert.False(Directory.Exists(_dir["output.old-456"]));
        Assert.False(Directory.Exists(_dir["output/public.tmp-789"]));
        Assert.Equal("mine", File.ReadAllText(_dir["output.old-1/notes.txt"]));
    }

    [Fact]
    public void A_second_build_waits_for_the_first_and_the_output_is_whole()
    {
        using var first = ChildCli.Start(BuildArgs());
        Assert.True(ChildCli.Until(() => HasFile(_dir[Staging], "*.html") || first.HasExited, Deadline), "the first build staged nothing in time");
        Assert.False(first.HasExited, "the first build finished before the second started:\n" + first.Output);
        first.Signal(ChildCli.SigStop); // holds the lock until continued
        try
        {
            EditTitle("第二次");
            using var second = ChildCli.Start(BuildArgs());
            second.WaitForLine("wait for another build", Deadline);
            first.Signal(ChildCli.SigCont);
            Assert.True(first.WaitForExit(Deadline) && second.WaitForExit(Deadline));
            Assert.True(first.ExitCode == 0, first.Output);
            Assert.True(second.ExitCode == 0, second.Output);
        }
        finally { if (!first.HasExited) first.Signal(ChildCli.SigCont); }

        // Whole: the last build's output, every file of a build of the same sources into a folder of its own.
        var output = Snapshot(_dir["output"]);
        Assert.Contains("第二次在", File.ReadAllText(Path.Combine(_dir["output/internal"], SpeechPage)));
        Assert.Equal(0, Commands.Run(["build", "--content", _dir["content"], "--templates", _dir["templates"], "--output", _dir["alone/output"]], TextWriter.Null, TextWriter.Null));
        Assert.Equal(Snapshot(_dir["alone/output"]), output);
        Directory.Delete(_dir["alone"], recursive: true);
        // A process ends without waiting for the removal of the tree it replaced (OutputFolder.Discard): what it left in
        // the work folder, outside output/, the next build removes.
        Assert.Equal(0, Commands.Run(BuildArgs(), TextWriter.Null, TextWriter.Null));
        Assert.Equal(output, Snapshot(_dir["output"]));
        AssertNoLeftovers("internal", "public");
    }

    [Fact]
    public void A_build_that_cannot_get_the_lock_in_time_stops_with_a_located_message()
    {
        using var holder = new OutputFolder(_dir["output"]);
        var waited = false;
        var e = Assert.Throws<BuildFailedException>(() => new OutputFolder(_dir["output"], "public", () => waited = true, TimeSpan.Zero));
        Assert.True(waited);
        var error = Assert.Single(e.Errors);
        Assert.Equal(_dir["output"], error.Where.File);
        Assert.Contains("another wengao build or publish is writing this output folder", error.Message);
        Assert.Contains(_dir[".output.wengao/lock"], error.Hint);
    }

    [Fact]
    public void Leak_scan_errors_name_the_file_where_it_would_have_been()
    {
        BuildOk("--no-pdf");
        var before = Snapshot(_dir["output"]);
        var layout = _dir["templates/html/layout.sbn"];
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<p>雷文勇</p></body>", StringComparison.Ordinal));

        var (exit, _, stderr) = Build("--no-pdf");

        Assert.Equal(1, exit);
        Assert.Contains($"{_dir["output/public/site/index.html"]}:", stderr);
        Assert.DoesNotContain(".wengao", stderr);
        Assert.Equal(before, Snapshot(_dir["output"]));
    }

    [Theory]
    [InlineData("", "the output folder is empty")]
    [InlineData("/", "the output folder is the root of the file system")]
    public void An_output_folder_that_cannot_be_one_is_a_located_error(string output, string message)
    {
        var stderr = new StringWriter();
        var exit = Commands.Run(["build", "--no-pdf", "--content", _dir["content"], "--templates", _dir["templates"], "--output", output], TextWriter.Null, stderr);
        Assert.Equal(1, exit);
        Assert.Matches($@":1:1: error: {message}", stderr.ToString());
    }

    public void Dispose() => _dir.Dispose();
}
