using Markdig.Syntax;
using Scriban.Runtime;
using Wengao.Extensions.Attachments;
using Wengao.Model;
using Wengao.Render.Charts;

namespace Wengao.Render.Pdf.Layout;

/// <summary>
/// What a document gives its PDF template and the typesetter: the template's globals (site, page), the parsed body the
/// &lt;body/&gt; sets, its furniture and attachments, its charts by id, the PDF's metadata, and the source it is from
/// (where errors of the PDF are reported).
/// </summary>
public sealed record PdfSource(string SourcePath, ScriptObject Globals, MarkdownDocument Body, Furniture Furniture,
    IReadOnlyList<Attachment> Attachments, IReadOnlyList<(string Id, BarChart Chart)> Charts, PdfInfo Info);

/// <summary>The PDF's document information (title, author, subject, keywords, date) and XMP.</summary>
public sealed record PdfInfo(string Title, string Author, string? Subject, IReadOnlyList<string> Keywords, DateOnly Date);

/// <summary>One numbered copy of a PDF (docs/copies.md), as its template sees it in `page.copy`.</summary>
/// <param name="Number">its 份号, six digits (000012)</param>
/// <param name="Recipient">who it is issued to, from the document's `issued_to`; none for a number beyond the list</param>
/// <param name="Watermark">the document asks that each copy name its recipient across its pages</param>
public sealed record NumberedCopy(string Number, string? Recipient, bool Watermark);
