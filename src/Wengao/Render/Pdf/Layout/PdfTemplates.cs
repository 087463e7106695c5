using Wengao.Diagnostics;
using Wengao.Model;
using Wengao.Render.Templates;

namespace Wengao.Render.Pdf.Layout;

/// <summary>A document's row groups as set, on its grid, with its fonts and what its template has every page carry.</summary>
internal sealed record SetPages(IReadOnlyList<RowGroup> Groups, PageLayout Layout, FontCache Fonts, PageFurniture Furniture);

/// <summary>
/// The PDFs' templates (templates/pdf), parsed once per build and shared by every document set in parallel. Each
/// renders a document's layout markup (docs/templates.md), which is read and set on the GB/T 9704 grid.
/// </summary>
public sealed class PdfTemplates(string directory)
{
    private readonly TemplateSet _templates = new(directory,
        "the PDFs need the templates the kinds name under `pdfs:` (templates/kinds/; docs/templates.md; Wengao's own are in its templates/pdf); `wengao build --no-pdf` builds the site alone");

    /// <summary>The document's PDF as the template <paramref name="template"/> lays it out.</summary>
    public PdfFile Render(DocumentSetter setter, string template, PdfSource source) => setter.Guarded(source.SourcePath, () =>
        Typeset(setter, template, source, (pages, info) => setter.Set(pages.Groups, pages.Layout, pages.Fonts, info, pages.Furniture)));

    /// <summary>
    /// The document's rows as the template <paramref name="template"/> sets them, and what it says about itself, for
    /// <paramref name="finish"/> to draw onto pages: the PDF's and the OFD's are the same pages.
    /// </summary>
    internal T Typeset<T>(DocumentSetter setter, string template, PdfSource source, Func<SetPages, PdfInfo, T> finish)
    {
        var document = Read(template, source);
        var fonts = new FontCache(setter.Fonts);
        try
        {
            var content = new PageContent(setter, document.Layout);
            new LayoutSetter(setter, content, document.Layout, fonts, source).Set(document.Flow);
            var (info, own) = (source.Info, document.Info);
            return finish(new SetPages(content.Groups, document.Layout, fonts, document.Furniture),
                info with { Title = own.Title ?? info.Title, Author = own.Author ?? info.Author, Subject = own.Subject ?? info.Subject });
        }
        catch (MarkupException e)
        {
            throw new BuildFailedException(Locate(template, e));
        }
    }

    /// <summary>The document's layout as the template <paramref name="template"/> makes it, read: what the PDF and the Word export both set.</summary>
    internal LayoutDocument Read(string template, PdfSource source)
    {
        try
        {
            return LayoutMarkup.Parse(_templates.RenderOne(template, source.Globals));
        }
        catch (MarkupException e)
        {
            throw new BuildFailedException(Locate(template, e));
        }
    }

    /// <summary>
    /// The error in the template: where the literal text it names (`&lt;para`, `size="三"`) first stands in the template
    /// or one of its partials; else, since a value made it, the template and the line of the markup.
    /// </summary>
    private SourceError Locate(string template, MarkupException e)
    {
        var path = _templates.PathOf(template);
        var sources = _templates.Sources;
        if (e.Needle is { } needle)
            foreach (var file in sources.Keys.OrderBy(p => p != path).ThenBy(p => p, StringComparer.Ordinal))
                if (Find(sources[file], needle) is { } at)
                    return new SourceError(Position(file, sources[file], at), e.Message, e.Hint);
        return new SourceError(new SourceSpan(path, Math.Max(1, e.Line), Math.Max(1, e.Column)),
            $"{e.Message} (at line {e.Line}, column {e.Column} of the markup the template made)", e.Hint);
    }

    // An element's name must end where the needle does: `<p` is not found in `<page`.
    private static int? Find(string text, string needle)
    {
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var next = at + needle.Length;
            if (needle[0] != '<' || next >= text.Length || !(char.IsAsciiLetterOrDigit(text[next]) || text[next] is '-' or '_' or ':' or '.')) return at;
        }
        return null;
    }

    private static SourceSpan Position(string file, string text, int at)
    {
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < at; i++)
            if (text[i] == '\n') (line, lineStart) = (line + 1, i + 1);
        return new SourceSpan(file, line, at - lineStart + 1);
    }
}
