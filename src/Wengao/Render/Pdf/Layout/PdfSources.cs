using Scriban.Runtime;
using Wengao.Expand;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Templates;
using Wengao.Render.Charts;

namespace Wengao.Render.Pdf.Layout;

/// <summary>
/// The one place the PDF templates meet the document model: what a document of any kind gives its templates (`site`,
/// and `page` as every template sees it, <see cref="DocumentGlobals"/>) and the typesetter (its body, furniture,
/// attachments and charts; the PDF's information: title, author, occasion, tags, date, which its template may restate).
/// </summary>
public static class PdfSources
{
    /// <param name="copy">the numbered copy being made, which the template sees as `page.copy`; null for the PDF itself</param>
    public static PdfSource Of(ParsedDocument parsed, Site site, NumberedCopy? copy = null)
    {
        var d = parsed.Document;
        var page = DocumentGlobals.Of(d);
        page["furniture"] = FurnitureView.From(d.Furniture, []);
        page["copy"] = copy is null ? null
            : new ScriptObject { ["number"] = copy.Number, ["recipient"] = copy.Recipient, ["watermark"] = copy.Watermark };
        var charts = d.OfType(FieldType.Charts).SelectMany(v => v.Ids ?? []).Select(id => (id, ChartData.Of(parsed, id))).Where(c => c.Item2 is not null)
            .Select(c => (c.id, c.Item2!)).ToList();
        return new PdfSource(d.SourcePath, new ScriptObject { ["site"] = site, ["page"] = page }, parsed.Body, d.Furniture, parsed.Attachments, charts,
            new PdfInfo(d.Title, d.Author ?? "", d.Occasion, d.Tags, d.Date));
    }
}
