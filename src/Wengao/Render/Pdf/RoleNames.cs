using Wengao.Model;

namespace Wengao.Render.Pdf;

/// <summary>The roles as a Chinese office names them.</summary>
internal static class RoleNames
{
    public static string Chinese(FontRole role) => role switch
    {
        FontRole.FangSong => "仿宋",
        FontRole.XiaoBiaoSong => "小标宋",
        FontRole.HeiTi => "黑体",
        FontRole.KaiTi => "楷体",
        _ => "宋体",
    };
}
