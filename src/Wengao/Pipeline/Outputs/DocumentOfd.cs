using Wengao.Redact;
using Wengao.Render.Html;

namespace Wengao.Pipeline.Outputs;

/// <summary>
/// An OFD (GB/T 33190-2016) of each document whose kind makes PDFs: the pages of its first PDF, drawn by the same
/// typesetter as OFD page objects (docs/ofd.md). Written under ofd/ for handing over and in the site, which links it.
/// Made with the PDFs (a build without them, `--no-pdf`, is the site alone); it depends on what its PDF depends on.
/// </summary>
internal sealed class DocumentOfd : IOutputKind
{
    public ReadBack ReadBack => ReadBack.Ofd;

    public IEnumerable<PlannedOutput> Plan(PlanContext context)
    {
        if (context.Pdf is not { } maker) yield break;
        foreach (var parsed in context.Documents)
        {
            if (parsed.Document.Kind.Pdfs is not [var pdf, ..]) continue;
            var path = SitePaths.Ofd(parsed.Document.Slug);
            yield return new PlannedOutput(this, [path, EditionFolder.Site(path)], new Inputs(parsed, maker.Setter, maker.Hash(pdf.Template), context.View.Site),
                () => new Rendered(maker.Ofd(parsed, pdf, context.View.Site)), Late: true, Document: parsed);
        }
    }
}
