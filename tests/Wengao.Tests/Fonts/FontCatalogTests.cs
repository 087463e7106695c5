using Wengao.Render.Pdf.Fonts;
using Wengao.Tests.Support;

namespace Wengao.Tests.Fonts;

public sealed class FontCatalogTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Finds_installed_families_ignoring_case_and_spaces()
    {
        var catalog = SystemFonts.Catalog.Value;
        Assert.Equal(SystemFonts.Sung, catalog.Find("AR PL SungtiL GB")?.SourcePath);
        Assert.Equal(SystemFonts.Sung, catalog.Find("ar pl sungtil gb")?.SourcePath);
        Assert.Equal(SystemFonts.Sung, catalog.Find("ARPLSungtiLGB")?.SourcePath);
        Assert.Equal(SystemFonts.ZenHei, catalog.Find("WenQuanYi Zen Hei")?.SourcePath);
        Assert.Equal(0, catalog.Find("WenQuanYi Zen Hei")?.FaceIndex);
        Assert.Null(catalog.Find("AR PL Sungti"));
        Assert.Null(catalog.Find("No Such Family"));
    }

    [Fact]
    public void Finds_chinese_family_names()
    {
        var sung = FontFile.Read(SystemFonts.Sung).Single();
        string chinese = sung.FamilyNames.First(n => n.Any(c => c >= 0x4E00));
        Assert.Equal(SystemFonts.Sung, SystemFonts.Catalog.Value.Find(chinese)?.SourcePath);
    }

    [Fact]
    public void Skips_corrupt_files_and_keeps_cff_faces_findable()
    {
        Directory.CreateDirectory(_dir["sub"]);
        File.WriteAllBytes(_dir["sub/FakeSerif.OTF"], FakeFonts.Cff("Fake CFF Serif"));
        File.WriteAllText(_dir["broken.ttf"], "not a font");
        File.WriteAllText(_dir["readme.txt"], "ignored");

        var catalog = new FontCatalog([_dir.Path, _dir["does-not-exist"]]);

        var face = catalog.Find("Fake CFF Serif");
        Assert.NotNull(face);
        Assert.False(face.HasTrueTypeOutlines);
        Assert.Single(catalog.Faces);
        Assert.Contains(catalog.Skipped, s => s.Contains("broken.ttf", StringComparison.Ordinal));
    }

    [Fact]
    public void Prefers_truetype_over_cff_with_the_same_name()
    {
        // "a-..." sorts before the real file's copy, so only the TrueType preference can pick the latter.
        File.WriteAllBytes(_dir["a-fake.otf"], FakeFonts.Cff("AR PL SungtiL GB"));
        File.Copy(SystemFonts.Sung, _dir["b-sung.ttf"]);

        var found = new FontCatalog([_dir.Path]).Find("AR PL SungtiL GB");
        Assert.Equal(_dir["b-sung.ttf"], found?.SourcePath);
        Assert.True(found!.HasTrueTypeOutlines);
    }
}
