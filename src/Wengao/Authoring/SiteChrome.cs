using System.Text.RegularExpressions;

namespace Wengao.Authoring;

/// <summary>
/// What a document-sharing or government site adds around a scraped text: banners and "N字，阅读时长" lines above it,
/// breadcrumbs and 字号/打印/关闭窗口 bars, 来源/编辑/阅读量 lines, QR-code prompts, agency datelines, newspaper credits,
/// photo captions, counters, "扫码/分享" buttons and 相关报道 lists below it. Told by general traits (site vocabulary,
/// ASCII-only lines, no sentence punctuation), not by any one site's strings.
/// </summary>
internal static partial class SiteChrome
{
    // Words of a site's buttons, bars and banners that a document's own short lines hardly ever hold. Words that prose
    // uses too (关闭 落后产能, 来源 of funds) are only the site's with the form the site gives them (关闭窗口, 来源：).
    private static readonly string[] SiteWords =
    [
        "分享", "收藏", "阅读时长", "浏览", "扫码", "福利", "微信", "公众号", "点赞", "下载", "登录", "注册", "首页",
        "文库", "版权所有", "举报", "上一篇", "下一篇", "共计", "http", "www.", "admin",
        // A WeChat article's: its account's prompts and the line under its headline (原创 某某发布 2024-02-26 18:30 发表于某省).
        "点击蓝字", "关注我们", "点击上方", "微信号", "发表于", "阅读原文", "长按识别", "预览时标签不可点", "继续滑动看下一个", "向上滑动看下一个",
        "轻触阅读原文",
    ];

    // Words only a page's own bars and credit lines hold, wherever they stand: safe to drop even between paragraphs,
    // where a heading may well say 注册 or 下载 (优化企业注册流程) but never 关闭窗口 or 责任编辑. Words a heading may
    // hold too (老字号, 推广二维码支付) are the site's only in the site's form: 【字号, 扫描二维码.
    private static readonly string[] PageBarWords =
    [
        "当前位置", "您的位置", "【字号", "字号：", "打印本页", "【打印】", "关闭窗口", "关闭本页", "返回顶部", "扫一扫", "手机打开",
        "扫描二维码", "二维码分享", "责任编辑", "发布时间", "阅读量", "阅读次数", "访问量", "点击数", "点击量", "浏览量", "【纠错】",
        "我要纠错", "分享到", "【大】", "【中】", "【小】", "【收藏】", "【关闭】", "【字体", "字体：大", "浏览次数",
    ];

    // Words of the footer a government site closes every page with (版权所有, 网站标识码, ICP备案号, 公网安备, 主办单位, its
    // address and 邮编): longer lines than a button's, and only below the text — a 附注 may give an address too, but in the
    // brackets GB/T 9704 §7.3.6 sets it in.
    private static readonly string[] FooterWords =
    [
        "版权所有", "网站标识码", "ICP备", "ICP证", "公网安备", "备案号", "主办单位", "承办单位", "技术支持", "网站地图", "联系我们", "邮编",
    ];

    /// <summary>A site's footer line (主办单位…承办单位…, ICP备案号…公网安备…) runs to a line of the page, wider than its buttons.</summary>
    private const int MaxFooterLine = 80;

    // 来源：…/编辑：…/作者：… as a page's credit line writes them (a WeChat article's with a bar: 来源丨…, 编辑｜…): the label
    // opens the line or follows a space or a bracket.
    // "（二）资金来源：" is a heading of the text, its 来源 part of a word.
    // The table of a policy library's page above the text, its labels spaced out to one width (索 引 号：, 标　　题：,
    // 发文机关：, 主题分类：, 成文日期：, 发文字号：, 发布日期：): the site's index of the document, which the document
    // itself never prints with the label (its 发文字号 line is the number alone, §7.2.5).
    [GeneratedRegex(@"(?:^|[\s】|｜])(?:(?:信息|文章|稿件|新闻|图片)?来源|(?:文字|图片)?编辑|文字|图片|摄影|统筹|监制|责编|作者|审核|校对|发布日期|发布者|"
        + @"索\s*引\s*号|主\s*题\s*分\s*类|主\s*题\s*词|发\s*文\s*机\s*关|成\s*文\s*日\s*期|标\s*题|发\s*文\s*字\s*号|有\s*效\s*性)\s*[：:｜|丨]")]
    private static partial Regex CreditLabel();

    // 【字号：大 中 小】【打印】【关闭窗口】, 分享到：, 【我要纠错】, and such a bar broken over lines (【字号： / 大 中 小】):
    // a line made of nothing but a page's buttons and the marks between them.
    [GeneratedRegex(@"^(?:[\s【】\[\]（）()|｜:：·•/]|字号|字体|默认|大|中|小|打印本页|打印|关闭窗口|关闭本页|关闭|加入收藏|收藏本页|收藏|分享到|分享|我要纠错|纠错|返回顶部|顶部|繁体|简体|保存|点赞|在看|转发|写留言|留言|赞)+$")]
    private static partial Regex ButtonBar();

    // 首页 > 政务公开 > 政策文件: the page's place in its site.
    [GeneratedRegex(@"^(?:首页|网站首页|主页)\s*[>＞›»/]|^[^。，；\s]{1,16}(?:\s*[>＞›»]\s*[^。，；>＞›»]{1,20}){2,}$")]
    private static partial Regex Breadcrumb();

    // Ornaments of banners: a title or a sentence of a speech does not use them.
    private const string BannerMarks = "◆◇■□★☆●○|~～▲△►»";

    /// <summary>
    /// A list the site puts after the text: every line after its heading is the site's (other articles' titles; on a policy
    /// page the attachments' files, 附件下载：1.….docx, and the 解读 pages — links, not the text).
    /// </summary>
    /// The State Council's pages close on their lists of other sites (国务院部门网站, 地方政府网站, …).
    private static readonly string[] ListHeads =
        ["相关报道", "相关新闻", "相关链接", "相关文章", "延伸阅读", "推荐阅读", "往期推荐", "往期回顾", "往期精彩", "精彩推荐", "喜欢此内容的人还喜欢", "附件下载", "相关附件", "相关解读", "政策解读", "相关文件", "相关稿件",
            "国务院部门网站", "地方政府网站", "驻港澳机构网站", "媒体网站", "友情链接"];

    public static bool HasSiteWords(string line) =>
        SiteWords.Any(w => line.Contains(w, StringComparison.OrdinalIgnoreCase)) || HasPageBarWords(line) || ButtonBar().IsMatch(line)
        || line.IndexOfAny(BannerMarks.ToCharArray()) >= 0;

    private static bool HasPageBarWords(string line) =>
        PageBarWords.Any(w => line.Contains(w, StringComparison.Ordinal)) || CreditLabel().IsMatch(line) || Breadcrumb().IsMatch(line) || Counter().IsMatch(line);

    // 阅读 12万+, 阅读 3.2万　在看 56: a WeChat article's counters, above or below the text.
    [GeneratedRegex(@"^(?:(?:阅读|在看|点赞|赞|分享|收藏|留言|转发)\s*[\d.]+\s*万?\+?\s*)+$")]
    private static partial Regex Counter();

    /// <summary>Ends a sentence (or a clause) of prose.</summary>
    public static bool HasSentencePunctuation(string line) => line.IndexOfAny("。！？；!?;…".ToCharArray()) >= 0;

    /// <summary>A short line after the text that is a counter, a link or a button of the site.</summary>
    public static bool IsFooter(string line) =>
        !HasSentencePunctuation(line) && (line.Length <= 30 && (line.All(char.IsAscii) || HasSiteWords(line) || ListHead(line))
            || line.Length <= MaxFooterLine && line[0] is not ('（' or '(') && FooterWords.Any(w => line.Contains(w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The heading of a list of the site's links (相关报道：), after which nothing is the document's.</summary>
    public static bool ListHead(string line) => line.Length <= 12 && ListHeads.Any(h => line.StartsWith(h, StringComparison.Ordinal));

    // （新华社北京3月6日电） / 新华社北京3月6日电（记者 张三） / 本报北京3月5日电 / 本报讯（记者 王五）: the agency's or the
    // paper's dateline, not the text. 本报 alone opens sentences (本报记者从…获悉), so only with 讯 or a day and 电/讯.
    private const string DatelinePattern =
        @"[（(]?(?:\S{1,12}社\S{0,10}?\d{1,2}月\d{1,2}日电|本报(?:讯|[^\s，。]{0,8}?\d{1,2}月\d{1,2}日[电讯]))(?:[（(][^）)]{0,20}[）)])?[）)]?";

    [GeneratedRegex("^" + DatelinePattern + "$")]
    private static partial Regex Dateline();

    // The dateline a news report opens its first paragraph with: 新华社北京3月5日电 国务院总理… / 本报讯（记者 王五）近日，…
    // A space, the reporter's bracket or 讯 ends it: 合作社3月5日电商… is a sentence.
    [GeneratedRegex("^" + DatelinePattern + @"(?:(?<=[）)讯])|(?=\s|$))")]
    private static partial Regex LeadingDateline();

    /// <summary>How long the agency's or paper's dateline opening <paramref name="paragraph"/> is; 0 when it opens with none.</summary>
    public static int DatelineLength(string paragraph) => LeadingDateline().Match(paragraph) is { Success: true } m ? m.Length : 0;

    // 《 人民日报 》（ 2024年03月13日   02 版）: the newspaper's credit.
    [GeneratedRegex(@"^《\s*[^》]{1,12}\s*》\s*[（(][^）)]*版\s*[）)]$")]
    private static partial Regex NewspaperCredit();

    // 图为……。 / （记者 张三 摄） / 新华社记者 李四 摄 / （摄影 张某）: a photo's caption or credit.
    // 图片 alone: where a WeChat article's copy had an image.
    [GeneratedRegex(@"^图片$|^(?:图为|图：|图片来源)|\s摄[）)]?$|^[（(][^）)]{0,20}摄[）)]$|^[（(]\s*(?:摄影|摄|供图|图片)\s*[：:]?\s*[^）)]{1,20}[）)]$")]
    private static partial Regex PhotoCaption();

    /// <summary>What <see cref="Clutter"/> calls a line that is a dateline and nothing else.</summary>
    public const string Datelined = "the news agency's dateline";

    /// <summary>Why a line anywhere in the page is the site's rather than the document's, or null where it is the document's.</summary>
    public static string? Clutter(string line)
    {
        if (Dateline().IsMatch(line)) return Datelined;
        if (NewspaperCredit().IsMatch(line)) return "the newspaper's credit";
        if (line.Length <= 60 && PhotoCaption().IsMatch(line)) return "a photo caption or credit";
        if (line.Length <= 60 && ButtonBar().IsMatch(line)) return "the page's buttons (字号, 打印, 关闭, 收藏, 分享, 纠错)";
        if (line.Length <= 60 && !HasSentencePunctuation(line) && HasPageBarWords(line)) return "a bar or credit line of the page";
        return null;
    }
}
