namespace Wengao.Model;

/// <summary>The typefaces a Chinese official document uses, by what they are for (GB/T 9704).</summary>
public enum FontRole
{
    /// <summary>仿宋: body text.</summary>
    FangSong,
    /// <summary>小标宋: titles and mastheads.</summary>
    XiaoBiaoSong,
    /// <summary>黑体: first-level headings.</summary>
    HeiTi,
    /// <summary>楷体: second-level headings, speaker and date lines.</summary>
    KaiTi,
    /// <summary>宋体: the fallback every other role can end in.</summary>
    SongTi,
}
