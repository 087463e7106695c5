using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Wengao.Benchmarks;

// `profile [CONTENT [TEMPLATES]] [--no-pdf]`: one stopwatch-timed build through the library, stage by stage (see StageProfile).
if (args is ["profile", .. var rest])
{
    var paths = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
    return StageProfile.Run(paths.ElementAtOrDefault(0) ?? Repo.Content, paths.ElementAtOrDefault(1) ?? Repo.Templates,
        rest.Contains("--no-pdf"));
}

// Otherwise BenchmarkDotNet, in process (no generated project to build) with a short job: a few minutes in all.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(HotPaths).Assembly).Run(args, config);
return 0;
