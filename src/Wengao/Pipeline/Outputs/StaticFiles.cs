using Wengao.Redact;

namespace Wengao.Pipeline.Outputs;

/// <summary>templates/html/static/: copied into the site as they are; each depends on its own bytes only.</summary>
internal sealed class StaticFiles : IOutputKind
{
    public ReadBack ReadBack => ReadBack.ByName;

    public IEnumerable<PlannedOutput> Plan(PlanContext context) =>
        context.Templates.StaticFiles().Select(file =>
        {
            var bytes = File.ReadAllBytes(file.Path);
            return new PlannedOutput(this, [EditionFolder.Site(file.Relative.Replace('\\', '/'))],
                new Inputs(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))), () => new Rendered(bytes));
        });
}
