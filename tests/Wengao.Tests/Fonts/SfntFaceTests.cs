using Wengao.Render.Pdf.Fonts;

namespace Wengao.Tests.Fonts;

public sealed class SfntFaceTests
{
    private static SfntFace Sung => FontFile.Read(SystemFonts.Sung).Single();

    [Fact]
    public void Sung_font_lists_its_english_and_chinese_family_names()
    {
        var names = Sung.FamilyNames;
        Assert.Contains("AR PL SungtiL GB", names);
        Assert.Contains(names, n => n.Any(c => c >= 0x4E00 && c <= 0x9FFF));
        Assert.Equal("AR PL SungtiL GB", Sung.DisplayName);
        Assert.True(Sung.HasTrueTypeOutlines);
    }

    [Fact]
    public void Sung_font_measures_hanzi_at_one_em_and_digits_narrower()
    {
        var face = Sung;
        Assert.True(face.HasGlyph('中'));
        Assert.False(face.HasGlyph(0x1F600)); // no emoji in a 1999 Sung font
        Assert.Equal(1.0, face.AdvanceEm('中'), 2);
        Assert.True(face.AdvanceEm('1') < 0.7, $"advance of '1' = {face.AdvanceEm('1')}");
        Assert.True(face.AscenderEm > 0.5 && face.AscenderEm < 1.3, $"ascender {face.AscenderEm}");
        Assert.True(face.DescenderEm < 0 && face.DescenderEm > -0.5, $"descender {face.DescenderEm}");
        Assert.True(face.UnitsPerEm > 0);
    }

    [Fact]
    public void Missing_glyph_measures_as_notdef()
    {
        var face = Sung;
        Assert.False(face.HasGlyph(0x10FFFD));
        Assert.Equal(face.AdvanceEm(0x10FFFD), face.AdvanceEm(0xE0000));
    }

    [Fact]
    public void Ttf_data_is_the_file_itself()
    {
        Assert.Equal(File.ReadAllBytes(SystemFonts.Sung), Sung.Data);
    }

    [Fact]
    public void Zen_hei_collection_has_three_faces()
    {
        var faces = FontFile.Read(SystemFonts.ZenHei);
        Assert.Equal(3, faces.Count);
        Assert.Equal([0, 1, 2], faces.Select(f => f.FaceIndex));
        Assert.Contains("WenQuanYi Zen Hei", faces[0].FamilyNames);
        Assert.All(faces, f => Assert.True(f.HasTrueTypeOutlines));
    }

    [Fact]
    public void Extracted_collection_face_parses_as_a_standalone_font()
    {
        var face = FontFile.Read(SystemFonts.ZenHei)[0];
        byte[] data = face.Data;
        Assert.Equal(0x00010000u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data));

        var again = Assert.Single(FontFile.Parse(data));
        Assert.Equal(face.FamilyNames, again.FamilyNames);
        Assert.True(again.HasTrueTypeOutlines);
        Assert.Equal(face.GlyphId('中'), again.GlyphId('中'));
        Assert.NotEqual(0, again.GlyphId('中'));
        Assert.Equal(face.AdvanceEm('中'), again.AdvanceEm('中'));
        Assert.Equal(face.UnitsPerEm, again.UnitsPerEm);
    }

    [Fact]
    public void Cff_font_is_recognised_from_its_directory()
    {
        var face = Assert.Single(FontFile.Parse(FakeFonts.Cff("Fake CFF Serif")));
        Assert.Equal(["Fake CFF Serif"], face.FamilyNames);
        Assert.False(face.HasTrueTypeOutlines);
    }

    [Fact]
    public void Garbage_is_rejected_as_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => FontFile.Parse("this is not a font at all"u8.ToArray()));
    }
}
