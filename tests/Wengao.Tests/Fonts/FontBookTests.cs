using Wengao.Model;
using Wengao.Render.Pdf.Fonts;
using Wengao.Tests.Support;

namespace Wengao.Tests.Fonts;

public sealed class FontBookTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static FontBook Resolve(IReadOnlyDictionary<FontRole, IReadOnlyList<string>>? overrides = null, FontCatalog? catalog = null) =>
        FontBook.Resolve(catalog ?? SystemFonts.Catalog.Value, overrides, "/");

    [Fact]
    public void Default_chains_resolve_to_the_debian_fonts()
    {
        var book = Resolve();
        Assert.Equal("AR PL SungtiL GB", book[FontRole.SongTi].DisplayName);
        Assert.Equal("AR PL KaitiM GB", book[FontRole.KaiTi].DisplayName);
        Assert.Equal("WenQuanYi Zen Hei", book[FontRole.HeiTi].DisplayName);
        Assert.Equal(SystemFonts.ZenHei, book[FontRole.HeiTi].Face.SourcePath);
    }

    [Fact]
    public void FangSong_and_XiaoBiaoSong_fall_back_to_song_with_notes()
    {
        var book = Resolve();
        var fang = book[FontRole.FangSong];
        Assert.Equal(FontRole.FangSong, fang.Role);
        Assert.Same(book[FontRole.SongTi].Face, fang.Face);
        Assert.Equal(book[FontRole.SongTi].FamilyKey, fang.FamilyKey);
        Assert.Same(book[FontRole.SongTi].Face, book[FontRole.XiaoBiaoSong].Face);
        Assert.Contains("仿宋: no TrueType 仿宋 font found; using 宋体 (AR PL SungtiL GB). Install 仿宋_GB2312 or FangSong (Windows) for the standard body face.", book.Notes);
        Assert.Contains(book.Notes, n => n.StartsWith("小标宋: no TrueType 小标宋 font found; using 宋体 (AR PL SungtiL GB).", StringComparison.Ordinal));
    }

    [Fact]
    public void Family_keys_are_stable_ascii_and_distinct_per_face()
    {
        var a = Resolve();
        var b = Resolve();
        foreach (var role in Enum.GetValues<FontRole>())
        {
            Assert.Equal(a[role].FamilyKey, b[role].FamilyKey);
            Assert.Matches("^wg-[0-9a-f]{8}$", a[role].FamilyKey);
        }
        string[] keys = [a[FontRole.SongTi].FamilyKey, a[FontRole.HeiTi].FamilyKey, a[FontRole.KaiTi].FamilyKey];
        Assert.Equal(3, keys.Distinct().Count());
    }

    [Fact]
    public void Missing_heiti_names_the_debian_package()
    {
        var overrides = new Dictionary<FontRole, IReadOnlyList<string>> { [FontRole.HeiTi] = ["No Such Hei"] };
        var e = Assert.Throws<FontResolutionException>(() => Resolve(overrides));
        Assert.Contains("fonts-wqy-zenhei", e.Message);
        Assert.Contains("黑体 (HeiTi): tried No Such Hei.", e.Message);
        Assert.Contains("fonts.heiti", e.Message);
    }

    [Fact]
    public void Path_entry_with_face_suffix_picks_that_face()
    {
        var overrides = new Dictionary<FontRole, IReadOnlyList<string>> { [FontRole.HeiTi] = [SystemFonts.ZenHei + "#1"] };
        var hei = Resolve(overrides)[FontRole.HeiTi];
        Assert.Equal(1, hei.Face.FaceIndex);
        Assert.Equal(SystemFonts.ZenHei, hei.Face.SourcePath);
        Assert.NotEqual(Resolve()[FontRole.HeiTi].FamilyKey, hei.FamilyKey);
    }

    [Fact]
    public void Relative_paths_resolve_against_the_base_directory()
    {
        File.Copy(SystemFonts.Kai, _dir["kai.ttf"]);
        var overrides = new Dictionary<FontRole, IReadOnlyList<string>> { [FontRole.FangSong] = ["missing.ttf", "kai.ttf"] };
        var book = FontBook.Resolve(SystemFonts.Catalog.Value, overrides, _dir.Path);
        Assert.Equal(_dir["kai.ttf"], book[FontRole.FangSong].Face.SourcePath);
        Assert.Contains(book.Notes, n => n.StartsWith("missing.ttf: file not found", StringComparison.Ordinal));
        Assert.DoesNotContain(book.Notes, n => n.StartsWith("仿宋", StringComparison.Ordinal));
    }

    [Fact]
    public void Cff_font_is_skipped_with_a_note()
    {
        Directory.CreateDirectory(_dir["fonts"]);
        File.WriteAllBytes(_dir["fonts/FakeSerif.otf"], FakeFonts.Cff("Fake CFF Serif"));
        var catalog = new FontCatalog([_dir["fonts"], "/usr/share/fonts"]);
        var overrides = new Dictionary<FontRole, IReadOnlyList<string>> { [FontRole.SongTi] = ["Fake CFF Serif", "AR PL SungtiL GB"] };

        var book = Resolve(overrides, catalog);

        Assert.Contains("Fake CFF Serif: OpenType/CFF outlines cannot be embedded as a subset; skipped", book.Notes);
        Assert.Equal("AR PL SungtiL GB", book[FontRole.SongTi].DisplayName);
    }

    [Fact]
    public void Glyph_fallback_finds_a_font_that_has_the_character()
    {
        var book = Resolve();
        Assert.Same(book[FontRole.KaiTi], book.For(FontRole.KaiTi, '中'));
        int missingInKai = Enumerable.Range(0x4E00, 0x5200).First(c => !book[FontRole.KaiTi].Face.HasGlyph(c) && book[FontRole.HeiTi].Face.HasGlyph(c));
        var chosen = book.For(FontRole.KaiTi, missingInKai);
        Assert.True(chosen.Face.HasGlyph(missingInKai));
        Assert.Same(book[FontRole.KaiTi], book.For(FontRole.KaiTi, 0x10FFFD)); // nobody has it: stay in role
    }
}
