using PdfSharp.Drawing;
using Wengao.Model;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Render.Pdf;

/// <summary>The XFonts of one document, made once per face, size and weight (XFonts are not shared across documents set in parallel).</summary>
internal sealed class FontCache(FontBook fonts)
{
    private readonly Dictionary<(string, double, bool), XFont> _fonts = [];

    // Which face each XFont was made of: the OFD embeds the face and positions its glyphs by the face's advances.
    private readonly Dictionary<XFont, ResolvedFont> _faces = new(ReferenceEqualityComparer.Instance);

    public FontBook Book => fonts;

    public XFont Get(FontRole role, double size, bool bold = false) => Get(fonts[role], size, bold);

    public XFont Get(ResolvedFont resolved, double size, bool bold = false)
    {
        if (!_fonts.TryGetValue((resolved.FamilyKey, size, bold), out var font))
        {
            _fonts[(resolved.FamilyKey, size, bold)] = font = resolved.Create(size, bold);
            _faces[font] = resolved;
        }
        return font;
    }

    /// <summary>The face <paramref name="font"/> (made here) draws with.</summary>
    public ResolvedFont FaceOf(XFont font) => _faces[font];
}
