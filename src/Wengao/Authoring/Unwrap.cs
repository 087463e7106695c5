using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Wengao.Text;

namespace Wengao.Authoring;

/// <summary>
/// A draft copied out of a PDF (a viewer's copy, pdftotext) or scraped from a page that shows one is hard-wrapped: each
/// paragraph broken into lines of the PDF's measure (GB/T 9704 §5.2 sets 28 characters a line; house layouts 30–36),
/// with the page's furniture among them — a page number on a line of its own (— 2 —, §7.5) and perhaps a running header.
/// Such a draft is told by its lines: most of its long lines have one width. Its lines are joined back into paragraphs —
/// a line at the measure goes on in the next, unless the next starts a heading, a table row or a note, or the line ends a
/// sentence short of the measure — and its page numbers and running header are dropped and listed. Every character of
/// a joined paragraph keeps its own line's place (<see cref="DraftLine.Joins"/>). A draft with one paragraph a line is
/// left as it is.
/// </summary>
internal static partial class Unwrap
{
    /// <summary>
    /// How far, in full-width characters, a wrapped line's width strays from the measure: a paragraph's first line is
    /// indented two characters (GB/T 9704 §7.3.3: 每个自然段左空二字，回行顶格), lost in the copy, and a closing mark may not open a
    /// line, so it hangs at the end of the one before (one wider). A line is at the measure when the first character (or
    /// the unsplit number, the Latin word) of the next would not have fitted on it, even as an indented first line.
    /// </summary>
    public const int Tolerance = 2;

    /// <summary>Narrower measures are a table's columns or a list's, not a page's: GB/T 9704's is 28 characters, a wide A4 page's 40.</summary>
    private const int MinMeasure = 16;

    /// <summary>A text hard-wrapped has paragraphs of several lines; fewer lines at one width are chance.</summary>
    private const int MinWrapped = 6;

    /// <summary>
    /// The share of the draft's lines wider than half the measure that are at it: a wrapped paragraph has one line at most
    /// (its last) short of the measure, so a draft of one- and two-line paragraphs (a 通知's, a list's) has 40% at it;
    /// one paragraph a line, of all lengths, has a line or two at any one width.
    /// </summary>
    private const double WrappedShare = 0.4;

    /// <summary>Lines wider than the measure, for each line at it: none in a wrapped draft but a long Latin word or link; most in one paragraph a line.</summary>
    private const double OverShare = 0.1;

    /// <summary>Lines of text on a page, at the least, between two of its numbers: fewer are a list of fractions or numbers, not pages.</summary>
    private const int MinPage = 3;

    /// <summary>Widths are counted in halves of a full-width character: Latin letters and digits take half a character in a CJK font.</summary>
    private const int Half = 2;

    // — 2 —, - 2 -, －2－, 第2页, 第 2 页 共 5 页, 2/5, Page 2 of 5: a page's number on its own line (GB/T 9704 §7.5 writes the first).
    [GeneratedRegex(@"^(?:[—–\-－~～]\s*(?<n>\d{1,4})\s*[—–\-－~～]|第\s*(?<n>\d{1,4})\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*(?<n>\d{1,4})\s*页|(?<n>\d{1,4})\s*[/／]\s*\d{1,4}|[Pp]age\s*(?<n>\d{1,4})(?:\s*of\s*\d{1,4})?)$")]
    private static partial Regex PageNumber();

    // ［1］ 〔1〕 [1] opening a line under 注释: a note of the section (DraftNotes), never the rest of the line before it.
    [GeneratedRegex(@"^(?:［\d{1,3}］|〔\d{1,3}〕|\[\d{1,3}\])")]
    private static partial Regex NoteMarker();

    public const string PageNumberReason = "a page number of the PDF copy";
    public const string RunningHeaderReason = "the PDF copy's running header, repeated on its pages";

    /// <summary>The draft's lines as paragraphs, its page furniture in <paramref name="dropped"/>; the measure found, in full-width characters, or null.</summary>
    public static (List<DraftLine> Lines, int? Measure) Paragraphs(List<DraftLine> lines, IReadOnlyList<string> raw, List<DroppedLine> dropped)
    {
        var measure = Measure(lines);
        var furniture = PageFurniture(lines, wrapped: measure is not null);
        foreach (var (i, reason) in furniture) dropped.Add(new DroppedLine(lines[i].Number, lines[i].Text, reason));
        var kept = lines.Where((_, i) => !furniture.ContainsKey(i)).ToList();
        if (measure is not { } width) return (kept, null);

        // The indentation of a line that goes on a paragraph; a line indented deeper opens one (a copy that kept the indent).
        var indents = kept.Select(l => Indent(l, raw)).ToList();
        var carried = kept.Where(l => AtMeasure(l.Text, width)).Select(l => Indent(l, raw)).DefaultIfEmpty(0).Min();
        // Above the salutation (同志们： / 各乡镇人民政府：) are the title, byline and a site's chrome: lines of their own.
        var salutation = kept.FindIndex(l => l.Text.Contains('。') || IsSalutation(l.Text, width));
        var header = salutation >= 0 && IsSalutation(kept[salutation].Text, width) ? salutation : -1;
        var paragraphs = new List<DraftLine>(kept.Count);
        var notes = false;
        for (var i = 0; i < kept.Count; i++)
        {
            var (line, joins, text) = (kept[i], new List<(int, int)>(), new StringBuilder(kept[i].Text));
            notes |= DraftNotes.IsSectionHeading(line.Text);
            // Under 注释, a line that opens with ［1］ starts a note (in the text, a line may open with a note's reference).
            while (i + 1 < kept.Count && i > header && !(notes && NoteMarker().IsMatch(kept[i + 1].Text))
                   && !Signs(kept, i + 1) && GoesOn(joins.Count == 0, kept[i], kept[i + 1], indents[i + 1] > carried, width))
            {
                var next = kept[++i];
                // Latin words broken at a line's end are joined by the space the line break stood for.
                if (SpaceBetween(text[^1], next.Text[0]))
                {
                    joins.Add((text.Length, kept[i - 1].At(kept[i - 1].Text.Length)));
                    text.Append(' ');
                }
                joins.Add((text.Length, next.Origin));
                text.Append(next.Text);
            }
            paragraphs.Add(joins.Count == 0 ? line : line with { Text = text.ToString(), Joins = joins });
        }
        return (paragraphs, width / Half);
    }

    /// <summary>The signing date (GB/T 9704 §7.3.5), or the issuer's line over it: the text's end, whatever the line before.</summary>
    private static bool Signs(List<DraftLine> lines, int i) =>
        DateText.Read(lines[i].Text) is not null
        || i + 1 < lines.Count && DateText.Read(lines[i + 1].Text) is not null && !SiteChrome.HasSentencePunctuation(lines[i].Text);

    /// <summary>Whether <paramref name="line"/> (a paragraph's <paramref name="first"/> line, or a later one) goes on in <paramref name="next"/>.</summary>
    private static bool GoesOn(bool first, DraftLine line, DraftLine next, bool nextIndented, int measure)
    {
        if (IsRow(line.Text) || IsRow(next.Text) || !AtMeasure(line.Text, next.Text, measure)) return false;
        if (SiteChrome.Clutter(line.Text) is not null || SiteChrome.Clutter(next.Text) is not null) return false;
        if (nextIndented || HeadingLevel.Of(next.Text) > 0) return false;
        if (!EndsSentence(line.Text)) return true;
        // A sentence ended short of the measure (a paragraph's first line: short of it less its indent) ends the paragraph.
        // One ended at it goes on in a line as wide (the paragraph's middle) or in a short one that ends a sentence (its
        // last); not in a line two characters narrower, the indented first line of the next paragraph, nor in a line of
        // its own with no sentence (an issuer, a date, 注释).
        var following = Width(next.Text);
        return Width(line.Text) + Opening(next.Text) > measure - (first ? Tolerance * Half : 0)
            && (following >= measure - 1 || following < measure - Tolerance * Half && SiteChrome.HasSentencePunctuation(next.Text));
    }

    /// <summary>The measure of a hard-wrapped draft, in half characters: the width most of its long lines share; null when it has none.</summary>
    private static int? Measure(IReadOnlyList<DraftLine> lines)
    {
        // Table rows and numbered lines (list items, headings) have widths of their own, not the measure's.
        var prose = lines.Where(l => !IsRow(l.Text) && HeadingLevel.Of(l.Text) == 0).Select(l => Width(l.Text)).ToList();
        var widths = prose.Where(w => w >= MinMeasure * Half).ToList();
        if (widths.Count < MinWrapped) return null;
        // The commonest width, or a wider one near it half as common: the full lines in a paragraph's middle, where
        // short paragraphs make their indented first lines (two characters narrower) the commonest.
        var counts = widths.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var commonest = counts.MaxBy(c => (c.Value, c.Key));
        var measure = counts.Where(c => c.Key >= commonest.Key && c.Key <= commonest.Key + Tolerance * Half && c.Value * 2 >= commonest.Value).Max(c => c.Key);
        var at = widths.Count(w => Math.Abs(w - measure) <= Tolerance * Half);
        var wide = prose.Count(w => w > measure / 2);
        var over = prose.Count(w => w > measure + Tolerance * Half);
        return at >= MinWrapped && at >= WrappedShare * wide && over <= OverShare * at ? measure : null;
    }

    private static bool AtMeasure(string line, int measure) => Math.Abs(Width(line) - measure) <= Tolerance * Half;

    /// <summary>Whether a line was broken at the measure: no wider than it allows, and too full for what opens the next line.</summary>
    private static bool AtMeasure(string line, string next, int measure) =>
        Width(line) <= measure + Tolerance * Half && Filled(line) + Opening(next) > measure - Tolerance * Half;

    /// <summary>
    /// How much of the measure a line fills: its width, or its characters each counted full (a copy cut every N characters
    /// whatever their widths, as a mail client or a text viewer wraps, has lines of N characters narrower where digits are).
    /// </summary>
    private static int Filled(string line) => Math.Max(Width(line), (line.Length - line.Count(char.IsLowSurrogate)) * Half);

    /// <summary>The width of what opens a line and could not have been split from it: a number or Latin word, or one character.</summary>
    private static int Opening(string line) => Unbroken(line) is > 0 and var word ? word : Width(line[..(char.IsHighSurrogate(line[0]) && line.Length > 1 ? 2 : 1)]);

    /// <summary>The width of the number or Latin word (2856.4, 5.6%, 5G) that opens a line, 0 when an ideograph does.</summary>
    private static int Unbroken(string line)
    {
        var n = 0;
        while (n < line.Length && (char.IsAsciiLetterOrDigit(line[n]) || n > 0 && line[n] is '.' or '%' or '-')) n++;
        return n;
    }

    /// <summary>
    /// The page numbers, and the lines that stand by two or more of them with the same text (a running header or footer),
    /// of a hard-wrapped draft, or of any whose page numbers count up (a PDF copy with one paragraph a line).
    /// </summary>
    private static Dictionary<int, string> PageFurniture(IReadOnlyList<DraftLine> lines, bool wrapped)
    {
        var pages = new List<(int Index, int Page)>();
        for (var i = 0; i < lines.Count; i++)
            if (PageNumber().Match(lines[i].Text) is { Success: true } m) pages.Add((i, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)));
        var counting = pages.Count >= 2 && pages.Zip(pages.Skip(1)).All(p => p.Second.Page > p.First.Page && p.Second.Index - p.First.Index > MinPage);
        if (!wrapped && !counting) return [];
        var furniture = pages.ToDictionary(p => p.Index, _ => PageNumberReason);
        var neighbours = pages.SelectMany(p => new[] { p.Index - 1, p.Index + 1 }).Where(i => i >= 0 && i < lines.Count && !furniture.ContainsKey(i)).ToList();
        foreach (var group in neighbours.GroupBy(i => lines[i].Text).Where(g => g.Distinct().Count() >= 2))
            foreach (var i in group) furniture[i] = RunningHeaderReason;
        return furniture;
    }

    /// <summary>尊敬的…： / 同志们： / 各乡镇人民政府：— a line short of the measure that greets, ending with a colon.</summary>
    private static bool IsSalutation(string line, int measure) =>
        Width(line) < measure - Tolerance * Half && line[^1] is '：' or ':' && !SiteChrome.HasSentencePunctuation(line);

    /// <summary>A table's row: cells split by TABs or runs of spaces (<see cref="DraftTable"/>), never joined.</summary>
    private static bool IsRow(string line) => line.Contains('\t') || line.Contains("  ", StringComparison.Ordinal) || line.Contains("\u3000\u3000", StringComparison.Ordinal);

    /// <summary>A sentence or a clause that leads a list ends the line, closing quotes and brackets after it.</summary>
    private static bool EndsSentence(string line) => line.TrimEnd('”', '’', '」', '』', '）', ')', '》', '"').LastOrDefault() is '。' or '！' or '？' or '!' or '?' or '：' or ':' or '；' or ';' or '…';

    /// <summary>The indentation before a line's text, its page break (a form feed, as pdftotext ends a page) not counted.</summary>
    private static int Indent(DraftLine line, IReadOnlyList<string> raw)
    {
        var whole = raw[line.Number - 1];
        return whole[..Math.Max(0, whole.IndexOf(line.Text, StringComparison.Ordinal))].Count(c => c != '\f');
    }

    /// <summary>
    /// English words (or a clause and the next word, Room 301) broken at a line's end were apart: a CJK text's lines join
    /// with nothing between, and so do a number and its unit or a link's parts (5G, example.gov.cn), never split in a PDF.
    /// </summary>
    private static bool SpaceBetween(char last, char first) =>
        char.IsAsciiLetter(last) && char.IsAsciiLetterOrDigit(first) || last is ',' or ';' or ':' or '!' or '?' && char.IsAsciiLetter(first);

    /// <summary>A line's width in half characters: ASCII and half-width forms take one, everything else (CJK, full-width marks) two.</summary>
    internal static int Width(string line)
    {
        var width = 0;
        foreach (var c in line)
            width += char.IsLowSurrogate(c) ? 0 : c <= '\u007E' || c is >= '\uFF61' and <= '\uFFDC' ? 1 : Half;
        return width;
    }
}
