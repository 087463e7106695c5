using Wengao.Pipeline.Outputs;

namespace Wengao.Pipeline;

/// <summary>
/// An edition's outputs, planned once for both builds: the full build renders every one, the incremental build
/// (`wengao serve`) those whose inputs changed. Each comes from an output kind of <see cref="OutputKinds.All"/>.
/// </summary>
internal static class BuildPlan
{
    public static IEnumerable<PlannedOutput> Outputs(PlanContext context) => OutputKinds.All.SelectMany(kind => kind.Plan(context));
}
