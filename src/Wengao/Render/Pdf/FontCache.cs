using PdfSharp.Drawing;
using Wengao.Model;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Render.Pdf;

/// <summary>The XFonts of one document, made once per face, size and weight (XFonts are not shared across documents set in parallel).</summary>
internal sealed class FontCache(FontBook fonts)
{
    private readonly Dictionary<(string, double, bool), XFont> _fonts = [];

    public FontBook Book => fonts;

    public XFont Get(FontRole role, double size, bool bold = false) => Get(fonts[role], size, bold);

    public XFont Get(ResolvedFont resolved, double size, bool bold = false)
    {
        if (!_fonts.TryGetValue((resolved.FamilyKey, size, bold), out var font))
            _fonts[(resolved.FamilyKey, size, bold)] = font = resolved.Create(size, bold);
        return font;
    }
}
