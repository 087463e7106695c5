using System.Text.RegularExpressions;
using Wengao.Text;

namespace Wengao.Authoring;

/// <summary>
/// The lines between a speech's title and its text that say who spoke, when and where, as a manuscript prints them:
/// "县委书记　张某", "（2024年4月9日）" or "（2024年4月9日在全县……会议上）", "——在全县……会议上的讲话".
/// Import reads them into `speaker`, `date` and `occasion` rather than dropping them, so no 待填 is left for what the
/// draft says.
/// </summary>
/// <param name="Day">the date the date line gives</param>
/// <param name="OccasionText">the occasion, from a subtitle (——在…上的讲话) or a date line (…日在…上)</param>
public sealed partial record Byline(DraftLine? Speaker, DraftLine? Date, DateOnly? Day, DraftLine? Occasion, string? OccasionText)
{
    /// <summary>The remark a date line adds after a comma (根据录音整理), its place in the draft kept; the import writes it as the 附注.</summary>
    public DraftLine? Remark { get; init; }

    /// <summary>A speaker line is an office and a name: short, and more than a name alone would be.</summary>
    private const int MaxSpeaker = 30;

    public static readonly Byline None = new(null, null, null, null, null);

    /// <summary>What a speech is called after where it was given (在…上的讲话): a subtitle's or a date line's last words.</summary>
    private const string Speeches = "(?:讲话|发言|致辞|报告|总结讲话|主持词|动员讲话)";

    // （2024年4月9日）, （2024年4月9日在全县……会议上）, （2024年4月9日在……会议上的讲话）, 2024年4月9日, and under a work
    // report's title ——2024年1月20日在某市第十六届人民代表大会第四次会议上: a date, and maybe where, in brackets or after a
    // dash; and after a comma or a space the editor's remark on the text (（2024年1月5日，根据录音整理）).
    [GeneratedRegex(@"^(?:[（(]|[—－\-]{1,2}\s*)?(?<date>[^（）()在—－\-，,\s]+?日)(?:\s*在(?<at>.+?)(?:上|时)?(?:的" + Speeches + @")?)?"
        + @"(?:(?:[，,]\s*|\s+)(?<remark>[^（）()，,\s][^（）()，,]*?))?[）)]?$")]
    private static partial Regex DateLine();

    // ——在全县……会议上的讲话, and with who spoke: ——张某某同志在全县……会议上的讲话 (the speaker's name is then the speaker's line).
    [GeneratedRegex(@"^[—－\-]{1,2}\s*(?:(?<who>[^在\s—－\-]{2,12}?)(?:同志)?)?在(?<at>.+?)(?:上|时)的" + Speeches + "$")]
    private static partial Regex Subtitle();

    /// <summary>What the last line of a byline ends with: its bracket, 上 or 时 of the occasion, the speech's name, the day.</summary>
    [GeneratedRegex(@"(?:[）)上时日]|" + Speeches + ")$")]
    private static partial Regex Closed();

    /// <summary>A line a narrow page or column broke a byline's date or subtitle line off at (第二次会议上 under ——2024年1月23日在某省第十四届人民代表大会): as long as a line of the title.</summary>
    private const int MaxBrokenTail = 30;

    /// <summary>
    /// Whether <paramref name="line"/>, a date or subtitle line opened by a bracket or a dash, was broken off before its end and
    /// <paramref name="next"/> ends it: neither reads whole alone, both together do.
    /// </summary>
    private static bool Broken(string line, string next) =>
        line.Length > 2 && line[0] is '（' or '(' or '—' or '－' && !Closed().IsMatch(line) && Closed().IsMatch(next)
        && next.Length <= MaxBrokenTail && !next.Any(char.IsWhiteSpace) && !SiteChrome.HasSentencePunctuation(next)
        && (DateLine().IsMatch(line + next) || Subtitle().IsMatch(line + next));

    /// <summary>The dots that join the parts of a name (阿不都·热合曼), however they are typed.</summary>
    private const string NameDots = "·•・‧";

    private static readonly char[] Spaces = [' ', '\t', '\u3000'];

    /// <summary>
    /// An office, a space, a name (县委书记　张某): words of two or more ideographs — any, from Extension B too (𠮷) —
    /// or the dots of a name, parted by spaces, and nothing else.
    /// </summary>
    private static bool IsSpeakerLine(string line)
    {
        var words = line.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(IsWord) || words.Length == 1 && IsName(words[0]);
    }

    private static bool IsWord(string word) => word.Length >= 2 && word.All(c => Ideographs.Is(c) || NameDots.Contains(c));

    /// <summary>A Han name is a surname of one or two characters and a given name of one or two (李某某, 欧阳某某).</summary>
    private const int MaxHanName = 4;

    /// <summary>
    /// A name alone on its line, as many sites print the speaker (李某某): a Han name, or a name joined by dots
    /// (阿不都·热合曼), longer. Nothing else under a title is a word of two to four ideographs and no more.
    /// </summary>
    private static bool IsName(string word) =>
        IsWord(word) && (word.Length - word.Count(char.IsLowSurrogate) <= MaxHanName || word.IndexOfAny(NameDots.ToCharArray()) > 0);

    public bool Found => Speaker is not null || Date is not null || Occasion is not null;

    /// <summary>The byline among <paramref name="lines"/>, each part the first line that reads as it.</summary>
    public static Byline Read(IEnumerable<DraftLine> lines)
    {
        var (byline, all, taken) = (None, lines.ToList(), new List<DraftLine>());
        DraftLine? named = null; // the speaker a subtitle names (——张某某同志在…), where no line of its own does
        for (var i = 0; i < all.Count; i++)
        {
            var (line, parts) = (all[i], new[] { all[i] });
            if (i + 1 < all.Count && Broken(line.Text, all[i + 1].Text)) (line, parts, i) = (line.Join(all[i + 1]), [all[i], all[i + 1]], i + 1);
            if (byline.Date is null && DateLine().Match(line.Text) is { Success: true } date && DateText.Read(date.Groups["date"].Value) is { } day)
            {
                byline = byline with { Date = line, Day = day, Remark = date.Groups["remark"] is { Success: true } r ? line.After(r.Index) with { Text = r.Value } : null };
                if (byline.Occasion is null && date.Groups["at"].Success) byline = byline with { Occasion = line, OccasionText = date.Groups["at"].Value };
            }
            else if (byline.Occasion is null && Subtitle().Match(line.Text) is { Success: true } subtitle)
            {
                byline = byline with { Occasion = line, OccasionText = subtitle.Groups["at"].Value };
                if (subtitle.Groups["who"] is { Success: true } who) named = line.After(who.Index) with { Text = who.Value };
            }
            // A site's button bar (打印本页　关闭窗口) is words parted by spaces too, but no office and name.
            else if (byline.Speaker is null && line.Text.Length <= MaxSpeaker && IsSpeakerLine(line.Text) && !SiteChrome.HasSiteWords(line.Text))
                byline = byline with { Speaker = line };
            else continue;
            taken.AddRange(parts);
        }
        return (byline.Speaker is null && named is not null ? byline with { Speaker = named } : byline) with { _taken = taken };
    }

    private IReadOnlyList<DraftLine> _taken = [];

    /// <summary>The draft's lines the byline took (both of a line broken over two).</summary>
    public IEnumerable<DraftLine> Lines => _taken.Concat(new[] { Speaker, Date, Occasion }.OfType<DraftLine>()).Distinct();
}
