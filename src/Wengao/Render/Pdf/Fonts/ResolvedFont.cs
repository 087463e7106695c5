using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Wengao.Model;

namespace Wengao.Render.Pdf.Fonts;

/// <summary>The face chosen for a role, plus the stable key PDFsharp knows it by.</summary>
public sealed class ResolvedFont
{
    // Unicode encoding so CJK text is written as glyph ids with a ToUnicode map (extractable, searchable);
    // TryComputeSubset keeps a 10 MB CJK font down to the glyphs actually used.
    private static readonly XPdfFontOptions PdfOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    internal ResolvedFont(FontRole role, SfntFace face)
    {
        Role = role;
        Face = face;
        FamilyKey = KeyFor(face);
    }

    public FontRole Role { get; }

    public SfntFace Face { get; }

    /// <summary>ASCII name registered with PDFsharp, e.g. "wg-1a2b3c4d": same face, same key, in every process.</summary>
    public string FamilyKey { get; }

    public string DisplayName => Face.DisplayName;

    /// <summary>An XFont for this face at <paramref name="emSizePt"/> points, embedded as a Unicode subset.</summary>
    public XFont Create(double emSizePt) => Create(emSizePt, bold: false);

    /// <summary>As <see cref="Create(double)"/>; bold is simulated (stroked outlines), as CJK fonts here have no bold face.</summary>
    public XFont Create(double emSizePt, bool bold)
    {
        FaceRegistry.Instance.Register(FamilyKey, Face);
        return new XFont(FamilyKey, emSizePt, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, PdfOptions);
    }

    public override string ToString() => $"{Role}: {Face}";

    private static string KeyFor(SfntFace face)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{face.SourcePath}#{face.FaceIndex}"));
        return "wg-" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }
}
