using Wengao.Model;
using Wengao.Redact;
using Wengao.Render.Html;
using Wengao.Render.Pdf.Layout;

namespace Wengao.Pipeline.Outputs;

/// <summary>
/// Numbered copies (份号, GB/T 9704 §7.2.1) of each PDF a kind marks `copies: true`, for distribution: one file a copy
/// under copies/&lt;slug&gt;/, not in the site. The numbers are those `--copies` asks for, else those the document's
/// `issued_to` lists; each names its recipient from that list where the list reaches it. Made from the edition's
/// document like its PDF, so a public edition's copies carry its masked names, and read back by the leak scan.
/// </summary>
internal sealed class NumberedCopies : IOutputKind
{
    public const string Folder = "copies";

    public ReadBack ReadBack => ReadBack.Pdf;

    /// <summary>Where copy <paramref name="number"/> of a document's PDF goes in its edition's folder.</summary>
    public static string File(string slug, PdfOutput pdf, int number) =>
        $"{Folder}/{FileNames.Safe(slug)}/{Distribution.Number(number)}{pdf.Suffix}.pdf";

    public IEnumerable<PlannedOutput> Plan(PlanContext context)
    {
        if (context.Pdf is not { } maker) yield break;
        foreach (var parsed in context.Documents)
        {
            var distribution = parsed.Document.Distribution;
            var numbers = context.Copies?.Numbers.AsEnumerable() ?? Enumerable.Range(1, distribution.Count);
            foreach (var pdf in parsed.Document.Kind.Pdfs.Where(p => p.Copies))
                foreach (var number in numbers)
                {
                    var copy = new NumberedCopy(Distribution.Number(number), distribution.Recipient(number), distribution.Watermark);
                    // Among the document's outputs, each taken by the next free worker (SiteBuilder): its sixty copies are
                    // made in parallel, beside the other documents' pages, not after every one of them.
                    yield return new PlannedOutput(this, [File(parsed.Document.Slug, pdf, number)],
                        new Inputs(parsed, maker.Setter, maker.Hash(pdf.Template), context.View.Site, copy.Number),
                        () =>
                        {
                            var file = maker.Render(parsed, pdf, context.View.Site, copy);
                            return new Rendered(file.Bytes, file);
                        }, Late: true, Document: parsed);
                }
        }
    }
}
