using Wengao.Redact;
using Wengao.Render.Html;

namespace Wengao.Pipeline.Outputs;

/// <summary>outcomes.html: every outcomes file's charts and figures; it depends on those files alone.</summary>
internal sealed class OutcomesPage : IOutputKind
{
    public ReadBack ReadBack => ReadBack.Markup;

    public IEnumerable<PlannedOutput> Plan(PlanContext context)
    {
        var sets = context.View.Outcomes.Values.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        yield return new PlannedOutput(this, [EditionFolder.Site(SitePaths.Outcomes)], context.PageInputs([.. sets]),
            () => Rendered.Text(context.Html.Outcomes(sets)));
    }
}
