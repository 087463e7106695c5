using Wengao.Redact;
using Wengao.Render.Html;

namespace Wengao.Pipeline.Outputs;

/// <summary>
/// A Word .docx of each document whose kind makes PDFs, laid out to GB/T 9704 from its first PDF's template (its
/// manuscript; docs/docx.md). Written under docx/ for handing over and in the site, which links it. Made with the PDFs
/// (a build without them, `--no-pdf`, is the site alone), since it breaks titles and places the signature block with
/// their fonts' measures; it depends on what its PDF depends on.
/// </summary>
internal sealed class DocumentDocx : IOutputKind
{
    public ReadBack ReadBack => ReadBack.Docx;

    public IEnumerable<PlannedOutput> Plan(PlanContext context)
    {
        if (context.Pdf is not { } maker) yield break;
        foreach (var parsed in context.Documents)
        {
            if (parsed.Document.Kind.Pdfs is not [var pdf, ..]) continue;
            var path = SitePaths.Docx(parsed.Document.Slug);
            yield return new PlannedOutput(this, [path, EditionFolder.Site(path)], new Inputs(parsed, maker.Setter, maker.Hash(pdf.Template), context.View.Site),
                () => new Rendered(maker.Docx(parsed, pdf, context.View.Site)), Late: true, Document: parsed);
        }
    }
}
