using System.Text.RegularExpressions;
using Wengao.Text;

namespace Wengao.Authoring;

/// <summary>A line of the draft left out of the source, with the reason, for the import report.</summary>
public sealed record DroppedLine(int Number, string Text, string Reason);

/// <summary>A line of the draft kept in the source, without its indentation.</summary>
/// <param name="Origin">where the text starts in the draft's lines joined by '\n', so a check can point into the original</param>
public sealed record DraftLine(int Number, int Origin, string Text)
{
    /// <summary>A paragraph joined from the lines of a hard-wrapped draft (<see cref="Unwrap"/>): where in <see cref="Text"/>
    /// each further line starts, and that line's origin. Empty for a paragraph on a line of its own.</summary>
    public IReadOnlyList<(int Index, int Origin)> Joins { get; init; } = [];

    /// <summary>Where the character at <paramref name="index"/> of the text stands in the draft (past the end: just after the last).</summary>
    public int At(int index)
    {
        var (start, origin) = (0, Origin);
        foreach (var join in Joins)
            if (join.Index <= index) (start, origin) = join;
            else break;
        return origin + index - start;
    }

    /// <summary>The number of the draft's last line the text comes from: <see cref="Number"/> for a line of its own.</summary>
    public int Through { get; init; } = Number;

    /// <summary>The line with <paramref name="tail"/>, the next line of the draft, run on after it: one line broken over two, each character still at its place.</summary>
    public DraftLine Join(DraftLine tail) => this with
    {
        Text = Text + tail.Text, Through = tail.Through,
        Joins = [.. Joins, (Text.Length, tail.Origin), .. tail.Joins.Select(j => (Text.Length + j.Index, j.Origin))],
    };

    /// <summary>The line from its <paramref name="skip"/>th character on, each character still at its place in the draft.</summary>
    public DraftLine After(int skip) =>
        this with { Origin = At(skip), Text = Text[skip..], Joins = [.. Joins.Where(j => j.Index > skip).Select(j => (j.Index - skip, j.Origin))] };
}

/// <summary>
/// The parts of a draft: title (on one line or several), salutation (称呼), paragraphs, and the lines that are not the
/// document's text. Each non-empty line is a paragraph, kept as written but for the indentation around it; a hard-wrapped
/// draft's lines are first joined into the paragraphs they were broken from (<see cref="Unwrap"/>).
/// </summary>
/// <param name="Byline">a speech's speaker, date and occasion lines under the title</param>
public sealed partial record DraftLayout(IReadOnlyList<DraftLine> TitleLines, DraftLine? SalutationLine, IReadOnlyList<DraftLine> Body, IReadOnlyList<DroppedLine> Dropped, Byline Byline)
{
    private const int MaxTitle = 80;

    private const string FooterReason = "site footer after the text";

    /// <summary>A title broken over lines (GB/T 9704 §7.2.2 sets long ones so) has lines of a few words each, rarely more than three.</summary>
    private const int MinTitleLine = 4, MaxTitleLines = 4;

    /// <summary>A title an article's headline holds is a phrase at least (在全县……会议上的讲话), not a name or a word a headline holds by chance.</summary>
    private const int MinHeldTitle = 8;

    /// <summary>What a title ends with when its last line is short (…的\n通知): a kind of document, never a byline's name.</summary>
    private static readonly string[] DocumentKinds =
        ["通知", "通报", "意见", "报告", "请示", "批复", "决定", "决议", "公告", "通告", "命令", "议案", "函", "纪要", "办法", "方案", "规定", "讲话", "发言",
            "公报", "要点", "计划", "规划", "细则", "条例", "总结", "章程", "清单", "名单", "指南"];

    // A form feed: where pdftotext ends a page.
    internal static readonly char[] Indentation = [' ', '\t', '\u3000', '\u00A0', '\uFEFF', '\f'];

    /// <summary>The title as the author broke it: its lines joined by '\n' (the PDF keeps an author's line breaks).</summary>
    public string? Title => TitleLines.Count == 0 ? null : string.Join("\n", TitleLines.Select(l => l.Text));
    public string? Salutation => SalutationLine?.Text;
    public IReadOnlyList<string> Paragraphs => [.. Body.Select(l => l.Text)];

    /// <summary>The notes of the text (［1］ markers and a 注释 section at its end), if it has them.</summary>
    public DraftNotes Notes => DraftNotes.Find(Body);

    /// <param name="salutations">whether to look for a salutation or 主送机关 (speeches and 公文 have one, briefings not)</param>
    /// <param name="bylines">whether to read a speech's byline under the title (default: where there is a salutation)</param>
    /// <param name="mastheads">whether to read a briefing's 报头 (<see cref="DraftMasthead"/>) above the title</param>
    public static DraftLayout Recognise(IReadOnlyList<string> rawLines, bool salutations, bool? bylines = null, bool mastheads = false)
    {
        var lines = new List<DraftLine>(rawLines.Count);
        for (int i = 0, origin = 0; i < rawLines.Count; origin += rawLines[i++].Length + 1)
        {
            var text = rawLines[i].AsSpan();
            var indent = text.Length - text.TrimStart(Indentation).Length;
            if (text.Trim(Indentation) is { Length: > 0 } kept) lines.Add(new DraftLine(i + 1, origin + indent, kept.ToString()));
        }
        var dropped = new List<DroppedLine>();
        (lines, var measure) = Unwrap.Paragraphs(lines, rawLines, dropped); // a hard-wrapped copy of a PDF: its lines joined into paragraphs
        var masthead = DraftMasthead.None;
        if (mastheads)
        {
            (masthead, var taken) = DraftMasthead.Read(lines);
            foreach (var i in taken.OrderDescending()) lines.RemoveAt(i); // read into the front matter: neither title nor dropped
        }

        var firstProse = lines.FindIndex(l => IsProse(l.Text));
        var salutation = salutations ? lines.FindIndex(l => IsSalutation(l.Text)) : -1;
        if (salutation > firstProse && firstProse >= 0) salutation = -1; // a colon inside the body introduces a list, it greets no one
        // A 主送机关 too long for a line goes on in the next (各省、自治区、直辖市人民政府，国务院各部委、/各直属机构：).
        while (salutation > 0 && ContinuesToNext(lines[salutation - 1].Text))
        {
            lines[salutation - 1] = lines[salutation - 1].Join(lines[salutation]);
            lines.RemoveAt(salutation--);
            if (firstProse > salutation) firstProse--;
        }
        var headerEnd = salutation >= 0 ? salutation : firstProse >= 0 ? firstProse : Math.Min(1, lines.Count);
        var header = lines[..headerEnd];

        // The 版头 of a document copied from its print: none of its lines is the title's.
        var printedHead = DraftHead.Read(header);
        bool TitleCandidate(int i) => !printedHead.Lines.Contains(i) && !SiteChrome.HasSiteWords(header[i].Text);
        // A scraped page repeats the title (page title, then heading, on one line or broken over several): the last
        // repetition starts the text.
        var title = Enumerable.Range(0, header.Count).LastOrDefault(i => TitleCandidate(i) && Repeated(header, i), -1);
        if (title < 0) title = Enumerable.Range(0, header.Count).FirstOrDefault(i => TitleCandidate(i) && header[i].Text.Length <= MaxTitle, -1);
        var titleEnd = title + 1;
        while (title >= 0 && titleEnd < header.Count && titleEnd - title < MaxTitleLines && !Ends(header[titleEnd - 1].Text) && ContinuesTitle(header[titleEnd].Text)) titleEnd++;
        // A report with no salutation may open on a heading (一、主要工作) before its first sentence: the text starts there.
        if (salutation < 0 && header.FindIndex(Math.Max(titleEnd, 0), l => HeadingLevel.Of(l.Text) > 0) is var opening and >= 0)
            (headerEnd, header) = (opening, header[..opening]);
        // Under a speech's title: who spoke, when and where (the lines read into the front matter, not dropped).
        var byline = (bylines ?? salutations) && title >= 0 ? Byline.Read(header.Skip(titleEnd)) : Byline.None;
        // The page's copies of the title above it, on one line or broken over several: each line of them is the title repeated.
        var titleText = title >= 0 ? string.Concat(header[title..titleEnd].Select(l => l.Text)) : null;
        var copies = new HashSet<int>();
        for (var j = 0; j < title; j++)
            for (var n = 1; n <= MaxTitleLines && j + n <= title; n++)
                if (string.Concat(header[j..(j + n)].Select(l => l.Text)) is var copy && (copy == titleText || copy == header[title].Text))
                    copies.UnionWith(Enumerable.Range(j, n));
        DraftLine? number = printedHead.Number;
        for (var i = 0; i < header.Count; i++)
        {
            if (i >= title && i < titleEnd || byline.Lines.Contains(header[i])) continue;
            if (printedHead.Lines.Contains(i) && header[i] != printedHead.CopyNumber) continue;
            if (number is null && DocumentNumber.IsWellFormed(header[i].Text)) { number = header[i]; continue; } // x政办发〔2024〕12号: the 发文字号
            var reason = header[i] == printedHead.CopyNumber ? "the 份号 of a printed copy (GB/T 9704 §7.2.1), not the source's"
                : title < 0 ? "before the text, and not a title"
                : i >= titleEnd && SiteChrome.Clutter(header[i].Text) is { } clutter ? clutter
                : i < title ? (copies.Contains(i) ? "the title repeated by the page" : "site header above the title")
                : "between the title and the text (a byline or date? write it in the front matter)";
            dropped.Add(new DroppedLine(header[i].Number, header[i].Text, reason));
        }

        var bodyStart = salutation >= 0 ? salutation + 1 : headerEnd;
        var bodyEnd = lines.Count;
        // 相关报道： and the site's links under it end the document's text, whatever they look like.
        var links = lines.FindIndex(bodyStart, l => SiteChrome.ListHead(l.Text));
        if (links > bodyStart)
        {
            dropped.AddRange(lines[links..].Select(l => new DroppedLine(l.Number, l.Text,
                links < lines.IndexOf(l) && SiteChrome.IsFooter(l.Text) ? FooterReason : "the site's list of links after the text")));
            bodyEnd = links;
        }
        var footerEnd = bodyEnd;
        while (bodyEnd > bodyStart && SiteChrome.IsFooter(lines[bodyEnd - 1].Text)) bodyEnd--;
        dropped.AddRange(lines[bodyEnd..footerEnd].Select(l => new DroppedLine(l.Number, l.Text, FooterReason)));

        // Between the paragraphs: the page's bars, datelines, credits and captions, each a line of its own.
        var body = new List<DraftLine>(bodyEnd - bodyStart);
        foreach (var line in lines[bodyStart..bodyEnd])
            if (SiteChrome.Clutter(line.Text) is { } reason) dropped.Add(new DroppedLine(line.Number, line.Text, reason));
            else body.Add(line);

        return new DraftLayout(
            title >= 0 ? header[title..titleEnd] : [],
            salutation >= 0 ? lines[salutation] : null,
            body,
            dropped.OrderBy(d => d.Number).ToList(),
            byline) { NumberLine = number, Head = printedHead, Measure = measure, Masthead = masthead };
    }

    /// <summary>The width, in characters, a hard-wrapped draft's lines were broken at (<see cref="Unwrap"/>); null for one paragraph a line.</summary>
    public int? Measure { get; init; }

    /// <summary>The 主送机关 of a .docx exported by Wengao, told by its style (a text draft's is its salutation).</summary>
    public DraftLine? AddresseeLine { get; init; }

    /// <summary>The 发文字号 line above the text (GB/T 9704 §7.2.5), read into the front matter's `number:`.</summary>
    public DraftLine? NumberLine { get; init; }

    /// <summary>The 版头 above the title (GB/T 9704 §7.2): 密级, 紧急程度, mark, 发文字号 and 签发人 where the draft has them.</summary>
    public DraftHead Head { get; init; } = DraftHead.None;

    /// <summary>A briefing's 报头 above the text (series' name, 第N期, 编印单位 and date).</summary>
    public DraftMasthead Masthead { get; init; } = DraftMasthead.None;

    /// <summary>A briefing's 报尾 after the text (报/送/发 and （共印N份）), not in <see cref="Body"/>.</summary>
    public DraftFoot Foot { get; init; } = DraftFoot.None;

    /// <summary>The 附件说明, signature block, 附注 and attachments after the text (a speech source's), not in <see cref="Body"/>.</summary>
    public DraftFurniture Furniture { get; init; } = DraftFurniture.None;

    // 〔2019〕4号, 2022年7月1日, 2022-07-01: a document number or a date under the title, not a line of it. A year alone
    // is a title's (某县2024年防汛抗旱应急演练): a date has its month.
    [GeneratedRegex(@"〔\d{4}〕|\[\d{4}\]|\d{4}\s*年\s*\d{1,2}\s*月|\d{4}-\d{1,2}-\d{1,2}|\d+号$")]
    private static partial Regex NumberOrDate();

    /// <summary>
    /// The next line of a title broken over lines: a few words with no sentence punctuation, no space (a byline has one
    /// between office and name), neither a document number nor a date, nor a subtitle (——在…上的讲话) or a note in brackets.
    /// </summary>
    private static bool ContinuesTitle(string line) =>
        (line.Length >= MinTitleLine || DocumentKinds.Any(k => line.EndsWith(k, StringComparison.Ordinal))) && line.Length <= MaxTitle && !SiteChrome.HasSiteWords(line) && !SiteChrome.HasSentencePunctuation(line)
        && line[^1] is not (':' or '：') && !line.Any(char.IsWhiteSpace) && !NumberOrDate().IsMatch(line)
        && line[0] is not ('（' or '(' or '—' or '-' or '【' or '[') && HeadingLevel.Of(line) == 0;

    /// <summary>
    /// Whether the header's line at <paramref name="i"/> starts a title the page shows again: the same line elsewhere, or
    /// the title on one line (the page's heading) and broken over the lines from <paramref name="i"/> (the document's own,
    /// §7.3.1), or the other way round.
    /// </summary>
    private static bool Repeated(List<DraftLine> header, int i)
    {
        if (header.Where((o, j) => j != i && o.Text == header[i].Text).Any()) return true;
        // An article's headline above holds the title whole (重磅！市委书记在全市……大会上的讲话全文 over 在全市……大会上的讲话);
        // not a title's second line the headline holds with the first (某县人民政府关于做好 / 2024年防汛工作的通知).
        bool Held(string text, int longer) => header.Take(i).Any(o => o.Text.Length >= text.Length + longer && o.Text.Contains(text, StringComparison.Ordinal));
        if (header[i].Text.Length >= MinHeldTitle && Held(header[i].Text, 1) && !(i > 0 && Held(header[i - 1].Text + header[i].Text, 0))) return true;
        string Joined(int from, int n) => string.Concat(header[from..(from + n)].Select(l => l.Text));
        for (var n = 2; n <= MaxTitleLines; n++)
        {
            if (i + n <= header.Count && header.Where((o, j) => (j < i || j >= i + n) && o.Text == Joined(i, n)).Any()) return true;
            if (Enumerable.Range(0, Math.Max(0, header.Count - n + 1)).Any(j => (i < j || i >= j + n) && header[i].Text == Joined(j, n))) return true;
        }
        return false;
    }

    /// <summary>A line that breaks off after a 、 or ， of a list of organs, which the next line goes on.</summary>
    private static bool ContinuesToNext(string line) =>
        line.Length <= MaxTitle && line[^1] is '、' or '，' or ',' && !SiteChrome.HasSentencePunctuation(line) && !SiteChrome.HasSiteWords(line);

    /// <summary>Whether the line ends with a kind of document (…通知, …纪要, …讲话), as a title's last line does.</summary>
    internal static bool EndsWithKind(string line) => DocumentKinds.Any(k => line.EndsWith(k, StringComparison.Ordinal));

    /// <summary>
    /// A title line that ends the title: …的通知, …上的讲话 — 的 and the kind of document close a title (GB/T 9704 §7.3.1),
    /// so a name under it (欧阳某某, four characters as a title's line may be) is the byline's.
    /// </summary>
    private static bool Ends(string line) => DocumentKinds.Any(k => line.EndsWith("的" + k, StringComparison.Ordinal));

    /// <summary>尊敬的…：/ 同志们：/ 各位领导: — a short line that ends with a colon and says no sentence.</summary>
    private static bool IsSalutation(string line) =>
        line.Length <= MaxTitle && line[^1] is ':' or '：' && !SiteChrome.HasSentencePunctuation(line) && !SiteChrome.HasSiteWords(line);

    private static bool IsProse(string line) => line.Contains('。') || (line.Length > MaxTitle && SiteChrome.HasSentencePunctuation(line));
}
