using DocumentFormat.OpenXml.Wordprocessing;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Render.Docx;

/// <summary>
/// The face Word and WPS look for in each role: the first name of site.yml's chain (仿宋_GB2312, 方正小标宋简体, 黑体,
/// 楷体_GB2312, 宋体), with the next Chinese name of the chain (仿宋, 楷体) as the font table's alternative, which Word uses
/// where the first is not installed. Written in w:eastAsia, where Word picks a face for CJK text, and in w:ascii and
/// w:hAnsi, so digits and Latin letters are in the same face as in the PDF.
/// </summary>
internal sealed class WordFonts(Site site)
{
    public string Name(FontRole role) => Chain(role)[0];

    /// <summary>The next name of the chain that is written in Chinese and is another name (仿宋_GB2312 → 仿宋); none where there is none.</summary>
    public string? Alternative(FontRole role) =>
        Chain(role).Skip(1).FirstOrDefault(name => name.Any(Ideographs.Is) && name != Name(role));

    /// <summary>The role's chain as site.yml gives it (`fonts:`), else the default the PDF resolves too.</summary>
    private IReadOnlyList<string> Chain(FontRole role) =>
        site.FontChains.TryGetValue(role, out var chain) && chain.Length > 0 ? chain : Pdf.Fonts.FontChains.Defaults[role];

    public RunFonts Fonts(FontRole role) => new() { Ascii = Name(role), HighAnsi = Name(role), EastAsia = Name(role), ComplexScript = Name(role) };

    /// <summary>word/fontTable.xml: each role's face, with its alternative and the GB 2312 character set (w:charset 86).</summary>
    public Fonts Table() => new(Enum.GetValues<FontRole>().Select(Name).Distinct(StringComparer.Ordinal).Select(name =>
    {
        var role = Enum.GetValues<FontRole>().First(r => Name(r) == name);
        var font = new Font { Name = name };
        if (Alternative(role) is { } alternative) font.Append(new AltName { Val = alternative });
        font.Append(new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Auto }, new Pitch { Val = FontPitchValues.Variable });
        return font;
    }));
}
