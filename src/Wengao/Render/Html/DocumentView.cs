using Scriban.Runtime;
using Wengao.Expand;
using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Templates;
using Wengao.Render.Charts;

namespace Wengao.Render.Html;

/// <summary>
/// What the site's templates see of a document as `page`: what every template sees of it (<see cref="DocumentGlobals"/>:
/// title, date, each field of its kind) and what the site adds: its url, its PDFs' and Word file's links, its length and speaking time,
/// its furniture, and with the body, the body as HTML, its headings (page.toc: level, id, text) and its charts as SVG (page.charts: id and svg each).
/// </summary>
public static class DocumentView
{
    /// <param name="files">whether the build makes the PDFs and .docx files the page links (a `--no-pdf` build makes neither)</param>
    public static ScriptObject From(ParsedDocument parsed, bool withBody, bool files = true)
    {
        var document = parsed.Document;
        var page = DocumentGlobals.Of(document);
        page["url"] = SitePaths.Document(document);
        var pdfs = files ? document.Kind.Pdfs.Select(pdf => new ScriptObject { ["label"] = pdf.Label, ["url"] = SitePaths.Pdf(document.Slug, pdf.Suffix) }).ToList() : [];
        page["pdfs"] = pdfs;
        page["pdf_url"] = pdfs.FirstOrDefault()?["url"];
        // The Word file is made from the first PDF's template (Pipeline.Outputs.DocumentDocx).
        page["docx_url"] = pdfs.Count > 0 ? SitePaths.Docx(document.Slug) : null;
        // And the OFD, the same pages as the first PDF (Pipeline.Outputs.DocumentOfd).
        page["ofd_url"] = pdfs.Count > 0 ? SitePaths.Ofd(document.Slug) : null;
        page["characters"] = parsed.Characters;
        page["minutes"] = parsed.SpeakingMinutes;
        page["body_html"] = withBody ? SpeechMarkdown.ToHtml(parsed.Body) : "";
        // Its headings, run-in ones too, with their anchors: the page's table of contents (_toc.sbn, from two headings up).
        page["toc"] = withBody ? HeadingLevels.Outline(parsed.Body) : [];
        page["furniture"] = FurnitureView.From(document.Furniture, withBody ? parsed.Attachments : []);
        // The fields with a value, as a kind without a page template of its own shows them: what each means, and its text.
        page["fields"] = document.Kind.Fields.Where(f => f.Type is not (FieldType.Charts or FieldType.Boolean) && document.Fields.ContainsKey(f.Name))
            .Select(f => new ScriptObject { ["name"] = f.Name, ["means"] = f.Means.Length > 0 ? f.Means : f.Name, ["text"] = Text(document.Fields[f.Name]) }).ToList();
        foreach (var field in document.Kind.Fields.Where(f => f.Type == FieldType.Charts))
            page[field.Name] = (document.Fields.GetValueOrDefault(field.Name)?.Ids ?? [])
                .Select(id => new ScriptObject { ["id"] = id, ["svg"] = withBody && ChartData.Of(parsed, id) is { } chart ? SvgChart.Render(chart) : "" }).ToList();
        return page;
    }

    private static string Text(FieldValue value) =>
        value.Text ?? value.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (value.Date is { } date ? Wengao.Text.ChineseText.Date(date) : null)
        ?? (value.List is { } list ? string.Join("、", list) : null)
        ?? string.Join("；", (value.Lists ?? []).Select(l => string.Join("、", l.Items)));
}
