using Wengao.Redact;
using Wengao.Render.Html;

namespace Wengao.Pipeline.Outputs;

/// <summary>
/// Each document's page, through its kind's template. A page shows its neighbours and related documents, so it depends
/// on every document's link too — not on their bodies.
/// </summary>
internal sealed class DocumentPages : IOutputKind
{
    public ReadBack ReadBack => ReadBack.Markup;

    public IEnumerable<PlannedOutput> Plan(PlanContext context) =>
        context.Documents.Select(parsed => new PlannedOutput(this, [EditionFolder.Site(SitePaths.Document(parsed.Document))],
            context.PageInputs(parsed, context.Links), () => Rendered.Text(context.Html.Document(parsed)), Document: parsed));
}

/// <summary>Where an edition's files go in its folder: the site under site/, each PDF also beside it under pdf/.</summary>
internal static class EditionFolder
{
    public static string Site(string page) => "site/" + page;
}
