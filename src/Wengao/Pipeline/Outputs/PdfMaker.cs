using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Layout;

namespace Wengao.Pipeline.Outputs;

/// <summary>Makes a document's PDFs from their templates (parsed once), with the build's one setter (fonts loaded once).</summary>
/// <param name="templates">the templates folder, whose pdf/ holds the PDFs' templates</param>
internal sealed class PdfMaker(DocumentSetter setter, string templates)
{
    private readonly Dictionary<string, string> _hashes = Hashes(Path.Combine(templates, "pdf"));

    // Every PDF may include any partial: their hashes joined once, not for each PDF of each document.
    private string? _partials;

    public DocumentSetter Setter => setter;

    /// <summary>What a PDF of <paramref name="template"/> depends on of the templates: its own and every partial's hash, as read now.</summary>
    public string Hash(string template) =>
        _hashes.GetValueOrDefault(template, "") + ";" + (_partials ??= string.Join(",", _hashes.Where(h => h.Key.StartsWith('_')).Select(h => h.Value)));

    private static Dictionary<string, string> Hashes(string folder) =>
        !Directory.Exists(folder) ? [] : Directory.GetFiles(folder, "*.sbn").Order(StringComparer.Ordinal).ToDictionary(p => Path.GetFileName(p),
            p => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))), StringComparer.Ordinal);

    private readonly PdfTemplates _layouts = new(Path.Combine(templates, "pdf"));

    /// <summary>The document's PDF as its template lays it out; one numbered copy of it where <paramref name="copy"/> is given.</summary>
    public PdfFile Render(ParsedDocument parsed, PdfOutput pdf, Site site, NumberedCopy? copy = null) =>
        _layouts.Render(setter, pdf.Template, PdfSources.Of(parsed, site, copy));

    /// <summary>The document as an OFD (GB/T 33190) of the same pages as its PDF of <paramref name="pdf"/>'s template (docs/ofd.md).</summary>
    public byte[] Ofd(ParsedDocument parsed, PdfOutput pdf, Site site)
    {
        var source = PdfSources.Of(parsed, site);
        return setter.Guarded(source.SourcePath, "OFD", () => _layouts.Typeset(setter, pdf.Template, source, Wengao.Render.Ofd.OfdDocument.Write));
    }

    /// <summary>The document as a Word .docx from the same template's layout (docs/docx.md).</summary>
    public byte[] Docx(ParsedDocument parsed, PdfOutput pdf, Site site)
    {
        var source = PdfSources.Of(parsed, site);
        var document = _layouts.Read(pdf.Template, source);
        return setter.Guarded(source.SourcePath, ".docx", () => Wengao.Render.Docx.WordDocument.Write(setter, document, source, site));
    }
}
