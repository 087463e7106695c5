using System.Globalization;
using System.Text.RegularExpressions;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Authoring;

/// <summary>
/// A briefing's 报头 as a draft prints it above the text: the series' name (工作简报), 第N期 under it, then the 编印单位 and
/// the date on one line (某县人民政府办公室编　　2024年3月18日). Read into the front matter, none of them taken for the title.
/// </summary>
/// <param name="Issuer">the 编印单位, without the 编 or 编印 after it</param>
public sealed partial record DraftMasthead(DraftLine? Name, DraftLine? Issue, int? Number, DraftLine? Issuer, DateOnly? Day)
{
    public static readonly DraftMasthead None = new(null, null, null, null, null);

    /// <summary>Where the 报头 stands: its lines come before anything else of the draft's.</summary>
    private const int OpeningLines = 6;

    /// <summary>The series' name is a few words (对口帮扶工作简报, 工 作 简 报).</summary>
    private const int MaxName = 24;

    // 第6期, 第 6 期, 第十二期, 第6期（总第86期）.
    [GeneratedRegex(@"^第\s*(?:(?<n>[0-9０-９]{1,4})|(?<cn>[一二三四五六七八九十百]{1,5}))\s*期(?:\s*[（(]总第\s*[0-9０-９一二三四五六七八九十百]+\s*期[）)])?$")]
    private static partial Regex IssueLine();

    // 某县人民政府办公室编　　2024年3月18日, 编印单位：某县人民政府办公室　2024年3月18日: who prints it, a space, the day.
    [GeneratedRegex(@"^(?:编印单位[：:]\s*)?(?<by>\S.*?)(?:编印|编)?[ \t\u3000]+(?<date>\S+日)$")]
    private static partial Regex IssuerLine();

    /// <summary>The lines of the draft the 报头 took.</summary>
    public IEnumerable<DraftLine> Lines => new[] { Name, Issue, Issuer }.OfType<DraftLine>();

    /// <summary>Indices in <paramref name="lines"/> of the 报头's lines; <see cref="None"/> where the draft opens on no 第N期.</summary>
    public static (DraftMasthead Masthead, IReadOnlyList<int> Taken) Read(IReadOnlyList<DraftLine> lines)
    {
        var issue = Enumerable.Range(0, Math.Min(OpeningLines, lines.Count)).FirstOrDefault(i => IssueLine().IsMatch(lines[i].Text), -1);
        if (issue < 0) return (None, []);
        var m = IssueLine().Match(lines[issue].Text);
        var number = m.Groups["n"].Success
            ? int.Parse(m.Groups["n"].Value.Normalize(System.Text.NormalizationForm.FormKC), CultureInfo.InvariantCulture)
            : ChineseNumerals.Read(m.Groups["cn"].Value);
        var (masthead, taken) = (None with { Issue = lines[issue], Number = number }, new List<int> { issue });
        if (issue > 0 && lines[issue - 1].Text is { Length: <= MaxName } name && !SiteChrome.HasSentencePunctuation(name) && name.IndexOfAny("，、：:".ToCharArray()) < 0)
        {
            masthead = masthead with { Name = lines[issue - 1] };
            taken.Add(issue - 1);
        }
        for (var i = issue + 1; i < Math.Min(issue + 3, lines.Count); i++)
            if (IssuerLine().Match(lines[i].Text) is { Success: true } by && DateText.Read(by.Groups["date"].Value) is { } day)
            {
                masthead = masthead with { Issuer = lines[i].After(by.Groups["by"].Index) with { Text = by.Groups["by"].Value }, Day = day };
                taken.Add(i);
                break;
            }
        return (masthead, taken);
    }
}

/// <summary>
/// A briefing's 报尾 at the end of its text: 报：…。 送：…。 发：…。 (whom each line names, parted by ，), then the 印发 line
/// (the furniture's, §7.4.3) and （共印N份）. Read into the front matter, so the text ends on its last article.
/// </summary>
/// <param name="Lists">each label's key, its line and the organs it names</param>
public sealed partial record DraftFoot(IReadOnlyList<(string Key, DraftLine Line, IReadOnlyList<string> To)> Lists, DraftLine? CopiesLine, int? Copies, DraftLine? Printed)
{
    public static readonly DraftFoot None = new([], null, null, null);

    [GeneratedRegex(@"^[（(]共印\s*(?<n>\d{1,5})\s*份[）)]$")]
    private static partial Regex CopiesText();

    /// <summary>An article's title in a briefing of several is a line of a few words, no sentence in it.</summary>
    private const int MaxArticleTitle = 40;

    /// <summary>The body without its 报尾, and the 报尾; <see cref="None"/> where the text ends on no 报/送/发 line.</summary>
    public static (IReadOnlyList<DraftLine> Text, DraftFoot Foot) Split(IReadOnlyList<DraftLine> body, MastheadRule rule)
    {
        var end = body.Count;
        var foot = None;
        if (end > 1 && CopiesText().Match(body[end - 1].Text) is { Success: true } copies)
            (foot, end) = (foot with { CopiesLine = body[end - 1], Copies = int.Parse(copies.Groups["n"].Value, CultureInfo.InvariantCulture) }, end - 1);
        if (end > 1 && DraftFurniture.ReadPrinted(body[end - 1].Text) is not null) (foot, end) = (foot with { Printed = body[end - 1] }, end - 1);
        var lists = new List<(string, DraftLine, IReadOnlyList<string>)>();
        while (end > 1 && Label(body[end - 1].Text, rule) is { } label && lists.All(l => l.Item1 != label.Key))
        {
            // The template sets the organs parted by ， and closes the line with 。 (templates/pdf/briefing.sbn), as written.
            var to = body[end - 1].Text[(label.Label.Length + 1)..].Trim().TrimEnd('。');
            lists.Insert(0, (label.Key, body[end - 1], [.. to.Split('，', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]));
            end--;
        }
        // A 印发 line or a count of copies with no 报/送/发 above them is the text's own.
        return lists.Count == 0 ? (body, None) : (body.Take(end).ToList(), foot with { Lists = lists });
    }

    /// <summary>The label (报, 送, 发) and its key a 报尾 line opens with, followed by its colon and whom it names.</summary>
    private static (string Label, string Key)? Label(string line, MastheadRule rule) =>
        rule.Labels.Where(l => line.Length > l.Label.Length + 1 && line.StartsWith(l.Label, StringComparison.Ordinal) && line[l.Label.Length] is '：' or ':')
            .Select(l => ((string Label, string Key)?)l).FirstOrDefault();

    /// <summary>
    /// Whether the body's paragraph at <paramref name="i"/> is the title of one of a briefing's articles: a few words on a
    /// line of their own, no marker, no sentence, the article's text after it.
    /// </summary>
    public static bool IsArticleTitle(IReadOnlyList<DraftLine> body, int i, int count) =>
        body[i].Text is { Length: <= MaxArticleTitle } text && HeadingLevel.Of(text) == 0 && !SiteChrome.HasSentencePunctuation(text)
        && text[^1] is not ('：' or ':' or '，') && text[0] is not ('【' or '[' or '（' or '(') && i + 1 < count && body[i + 1].Text.Contains('。');
}
