using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Wengao.Benchmarks;

// `profile [CONTENT [TEMPLATES]] [--no-pdf] [--heap]`: one stopwatch-timed build through the library, stage by stage (see StageProfile).
if (args is ["profile", .. var rest])
{
    var paths = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
    return StageProfile.Run(paths.ElementAtOrDefault(0) ?? Repo.Content, paths.ElementAtOrDefault(1) ?? Repo.Templates,
        rest.Contains("--no-pdf"), rest.Contains("--heap"));
}

// `checks CONTENT [RUNS|--cold]`: the proofreading checks part by part, each rule alone, CPU time; or once, cold (see CheckProfile).
if (args is ["checks", var coldContent, "--cold"]) return CheckProfile.Cold(coldContent);
if (args is ["checks", var checkContent, .. var times])
    return CheckProfile.Run(checkContent, times is [var r] ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 3);

// `shards CONTENT N [--skip|--once|--update]`: the search index's entry and shards for the first N documents, once (or not, with --skip):
// under `valgrind --tool=callgrind` the difference of the two runs' instruction counts is the index's, whatever the load.
// With --update: the shards made again from the last build's after one document changed (the build cache's path).
if (args is ["shards", var content, var n, .. var flags])
{
    var corpus = Wengao.Load.CorpusLoader.Load(content);
    var parsed = corpus.Documents.Take(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture))
        .Select(d => Wengao.Parse.DocumentParser.Parse(d, corpus)).ToList();
    var ordered = Wengao.Render.Search.SearchIndex.Order(parsed, [.. corpus.Kinds.Select(k => k.Name)]);
    foreach (var d in ordered) Wengao.Render.Search.SearchIndex.ChunkCount(d); // the text, made when the outputs are planned
    if (flags.Contains("--skip")) return 0;
    if (flags.Contains("--update"))
    {
        // The shards of a build after one document changed, from the last build's (held here): what the build cache saves.
        var prints = ordered.Select((_, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var files = new byte[1 + Wengao.Render.Search.SearchIndex.ShardCount(ordered.Count)][];
        var digests = new ulong[ordered.Count];
        Wengao.Render.Search.SearchIndex.Build(ordered, corpus.Site.Listing.NameOrder, (i, b) => files[i] = b!, digests: digests);
        var last = new Wengao.Render.Search.LastIndex(prints, digests, files.Length - 1, s => files[s + 1], (n, k) => Wengao.Render.Search.SearchIndex.Documents(ordered[n], n)[k]);
        var edited = prints.ToList();
        edited[42] = "edited";
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < (flags.Contains("--once") ? 1 : 15); run++)
        {
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var read = Wengao.Render.Search.SearchIndex.Build(ordered, corpus.Site.Listing.NameOrder, (_, _) => { }, edited, last);
            var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            if (used < fastest) fastest = used;
            if (run == 0) Console.Write($"{read} document(s) read; first update {used.TotalMilliseconds:0} ms CPU; ");
        }
        Console.WriteLine($"best of the updates: {fastest.TotalMilliseconds:0} ms CPU");
        return 0;
    }
    var best = TimeSpan.MaxValue;
    for (var run = 0; run < (flags.Contains("--once") ? 1 : 15); run++)
    {
        var (cpu, pause, allocated, gcs) = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration(),
            GC.GetTotalAllocatedBytes(), (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)));
        var bytes = Wengao.Render.Search.SearchIndex.Build(ordered).Shards.Sum(s => s.Length);
        var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (used < best) best = used;
        if (run == 0)
            Console.Write($"{bytes} bytes; first run {used.TotalMilliseconds:0} ms CPU, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms, "
                + $"{(GC.GetTotalAllocatedBytes() - allocated) >> 20} MB allocated, collections {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}; ");
    }
    Console.WriteLine($"best of the runs: {best.TotalMilliseconds:0} ms CPU");
    return 0;
}

// Otherwise BenchmarkDotNet, in process (no generated project to build) with a short job: a few minutes in all.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(HotPaths).Assembly).Run(args, config);
return 0;
