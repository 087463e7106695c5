namespace Wengao.Authoring;

/// <summary>
/// What a document-sharing site adds around a scraped text: banners and "N字，阅读时长" lines above it, counters and
/// "扫码/福利/分享" buttons below it. Told by general traits (site vocabulary, ASCII-only lines, no sentence
/// punctuation), not by any one site's strings.
/// </summary>
internal static class SiteChrome
{
    // Words of a site's buttons and banners that a speech's own short lines hardly ever hold.
    private static readonly string[] SiteWords =
    [
        "分享", "收藏", "阅读时长", "浏览", "扫码", "福利", "微信", "公众号", "点赞", "下载", "登录", "注册", "首页",
        "文库", "版权所有", "举报", "上一篇", "下一篇", "共计", "http", "www.", "admin",
    ];

    // Ornaments of banners: a title or a sentence of a speech does not use them.
    private const string BannerMarks = "◆◇■□★☆●○|~～▲△►»";

    public static bool HasSiteWords(string line) =>
        SiteWords.Any(w => line.Contains(w, StringComparison.OrdinalIgnoreCase)) || line.IndexOfAny(BannerMarks.ToCharArray()) >= 0;

    /// <summary>Ends a sentence (or a clause) of prose.</summary>
    public static bool HasSentencePunctuation(string line) => line.IndexOfAny("。！？；!?;…".ToCharArray()) >= 0;

    /// <summary>A short line after the text that is a counter, a link or a button of the site.</summary>
    public static bool IsFooter(string line) =>
        line.Length <= 30 && !HasSentencePunctuation(line) && (line.All(char.IsAscii) || HasSiteWords(line));
}
