using Wengao.Model;

namespace Wengao.Render.Pdf.Fonts;

/// <summary>
/// Default family-name chains per role. Windows names come first so the standard fonts win wherever they
/// are installed; the free Debian fonts close the chains that must always resolve.
/// </summary>
internal static class FontChains
{
    public static readonly IReadOnlyDictionary<FontRole, IReadOnlyList<string>> Defaults = new Dictionary<FontRole, IReadOnlyList<string>>
    {
        [FontRole.FangSong] = ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong"],
        [FontRole.XiaoBiaoSong] = ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"],
        [FontRole.HeiTi] = ["黑体", "SimHei", "WenQuanYi Zen Hei"],
        [FontRole.KaiTi] = ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL KaitiM GB"],
        [FontRole.SongTi] = ["宋体", "SimSun", "AR PL SungtiL GB"],
    };

    /// <summary>Chinese name used in messages a secretary reads.</summary>
    public static string ChineseName(FontRole role) => role switch
    {
        FontRole.FangSong => "仿宋",
        FontRole.XiaoBiaoSong => "小标宋",
        FontRole.HeiTi => "黑体",
        FontRole.KaiTi => "楷体",
        FontRole.SongTi => "宋体",
        _ => role.ToString(),
    };

    /// <summary>Roles that may borrow 宋体 because no free TrueType version exists; the advice names the real font.</summary>
    public static string? SongFallbackAdvice(FontRole role) => role switch
    {
        FontRole.FangSong => "Install 仿宋_GB2312 or FangSong (Windows) for the standard body face.",
        FontRole.XiaoBiaoSong => "Install 方正小标宋简体 (FZXiaoBiaoSong-B05S) for the standard title face.",
        _ => null,
    };

    /// <summary>The Debian package that provides the last default entry of a required role.</summary>
    public static string DebianPackage(FontRole role) => role switch
    {
        FontRole.HeiTi => "fonts-wqy-zenhei",
        FontRole.KaiTi => "fonts-arphic-gkai00mp",
        _ => "fonts-arphic-gbsn00lp",
    };

    /// <summary>The site.yml key under fonts: for a role.</summary>
    public static string SiteKey(FontRole role) => role.ToString().ToLowerInvariant();
}
