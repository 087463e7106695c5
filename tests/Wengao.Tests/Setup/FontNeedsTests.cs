using Wengao.Model;
using Wengao.Render.Pdf.Fonts;
using Wengao.Tests.Fonts;

namespace Wengao.Tests.Setup;

/// <summary>The roles the set-up reports as missing are the ones FontBook.Resolve would fail on.</summary>
public sealed class FontNeedsTests
{
    [Fact]
    public void No_fonts_at_all_leaves_song_hei_and_kai_with_their_default_chains()
    {
        var missing = FontBook.Unresolvable(new FontCatalog([]), null, "/");
        // 仿宋 and 小标宋 are not listed: they borrow 宋体, so its package serves them.
        Assert.Equal([FontRole.SongTi, FontRole.HeiTi, FontRole.KaiTi], missing.Keys);
        Assert.Equal(["黑体", "SimHei", "WenQuanYi Zen Hei"], missing[FontRole.HeiTi]);
    }

    [Fact]
    public void The_installed_debian_fonts_leave_nothing_missing()
    {
        Assert.Empty(FontBook.Unresolvable(SystemFonts.Catalog.Value, null, "/"));
    }

    [Fact]
    public void A_site_chain_that_names_no_installed_font_is_missing_with_that_chain()
    {
        var overrides = new Dictionary<FontRole, IReadOnlyList<string>> { [FontRole.HeiTi] = ["No Such Hei"] };
        var missing = FontBook.Unresolvable(SystemFonts.Catalog.Value, overrides, "/");
        Assert.Equal([FontRole.HeiTi], missing.Keys);
        Assert.Equal(["No Such Hei"], missing[FontRole.HeiTi]);
        Assert.Throws<FontResolutionException>(() => FontBook.Resolve(SystemFonts.Catalog.Value, overrides, "/"));
    }

    [Fact]
    public void A_chain_naming_a_font_file_resolves_without_the_catalog()
    {
        var overrides = new Dictionary<FontRole, IReadOnlyList<string>>
        {
            [FontRole.SongTi] = [SystemFonts.Sung],
            [FontRole.HeiTi] = [SystemFonts.ZenHei + "#0"],
        };
        var missing = FontBook.Unresolvable(new FontCatalog([]), overrides, "/");
        Assert.Equal([FontRole.KaiTi], missing.Keys);
    }
}
