using Wengao.Redact;
using Wengao.Render.Html;

namespace Wengao.Pipeline.Outputs;

/// <summary>
/// The PDFs each kind declares for its documents (a speech's manuscript and reading copy, a briefing), each from its
/// template under templates/pdf/. Written twice: under pdf/ for handing over, and in the site, which links its own copy.
/// A PDF depends on its document, the fonts and its templates; not on the other documents.
/// </summary>
internal sealed class DocumentPdfs : IOutputKind
{
    public ReadBack ReadBack => ReadBack.Pdf;

    public IEnumerable<PlannedOutput> Plan(PlanContext context)
    {
        if (context.Pdf is not { } maker) yield break;
        foreach (var parsed in context.Documents)
            foreach (var pdf in parsed.Document.Kind.Pdfs)
            {
                var path = SitePaths.Pdf(parsed.Document.Slug, pdf.Suffix);
                yield return new PlannedOutput(this, [path, EditionFolder.Site(path)], new Inputs(parsed, maker.Setter, maker.Hash(pdf.Template), context.View.Site),
                    () =>
                    {
                        var file = maker.Render(parsed, pdf, context.View.Site);
                        return new Rendered(file.Bytes, file);
                    }, Late: true, Document: parsed);
            }
    }
}
