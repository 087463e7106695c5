namespace Wengao.Authoring;

/// <summary>A line of the draft left out of the source, with the reason, for the import report.</summary>
public sealed record DroppedLine(int Number, string Text, string Reason);

/// <summary>A line of the draft kept in the source, without its indentation.</summary>
/// <param name="Origin">where the text starts in the draft's lines joined by '\n', so a check can point into the original</param>
public sealed record DraftLine(int Number, int Origin, string Text);

/// <summary>
/// The parts of a draft: title, salutation (称呼), paragraphs, and the lines that are not the speech's text.
/// Each non-empty line is a paragraph, kept as written but for the indentation around it.
/// </summary>
public sealed record DraftLayout(DraftLine? TitleLine, DraftLine? SalutationLine, IReadOnlyList<DraftLine> Body, IReadOnlyList<DroppedLine> Dropped)
{
    private const int MaxTitle = 80;
    private static readonly char[] Indentation = [' ', '\t', '\u3000', '\u00A0', '\uFEFF'];

    public string? Title => TitleLine?.Text;
    public string? Salutation => SalutationLine?.Text;
    public IReadOnlyList<string> Paragraphs => [.. Body.Select(l => l.Text)];

    /// <param name="salutations">whether to look for a salutation (speeches have one, briefings not)</param>
    public static DraftLayout Recognise(IReadOnlyList<string> rawLines, bool salutations)
    {
        var lines = new List<DraftLine>(rawLines.Count);
        for (int i = 0, origin = 0; i < rawLines.Count; origin += rawLines[i++].Length + 1)
        {
            var text = rawLines[i].AsSpan();
            var indent = text.Length - text.TrimStart(Indentation).Length;
            if (text.Trim(Indentation) is { Length: > 0 } kept) lines.Add(new DraftLine(i + 1, origin + indent, kept.ToString()));
        }
        var dropped = new List<DroppedLine>();

        var firstProse = lines.FindIndex(l => IsProse(l.Text));
        var salutation = salutations ? lines.FindIndex(l => IsSalutation(l.Text)) : -1;
        if (salutation > firstProse && firstProse >= 0) salutation = -1; // a colon inside the body introduces a list, it greets no one
        var headerEnd = salutation >= 0 ? salutation : firstProse >= 0 ? firstProse : Math.Min(1, lines.Count);
        var header = lines[..headerEnd];

        // A scraped page repeats the title (page title, then heading): the last repetition starts the text.
        var title = header.FindLastIndex(l => !SiteChrome.HasSiteWords(l.Text) && header.Count(o => o.Text == l.Text) > 1);
        if (title < 0) title = header.FindIndex(l => !SiteChrome.HasSiteWords(l.Text) && l.Text.Length <= MaxTitle);
        for (var i = 0; i < header.Count; i++)
        {
            if (i == title) continue;
            var reason = title < 0 ? "before the text, and not a title"
                : i < title ? (header[i].Text == header[title].Text ? "the title repeated by the page" : "site header above the title")
                : "between the title and the text (a byline or date? write it in the front matter)";
            dropped.Add(new DroppedLine(header[i].Number, header[i].Text, reason));
        }

        var bodyStart = salutation >= 0 ? salutation + 1 : headerEnd;
        var bodyEnd = lines.Count;
        while (bodyEnd > bodyStart && SiteChrome.IsFooter(lines[bodyEnd - 1].Text)) bodyEnd--;
        dropped.AddRange(lines[bodyEnd..].Select(l => new DroppedLine(l.Number, l.Text, "site footer after the text")));

        return new DraftLayout(
            title >= 0 ? header[title] : null,
            salutation >= 0 ? lines[salutation] : null,
            lines[bodyStart..bodyEnd],
            dropped.OrderBy(d => d.Number).ToList());
    }

    /// <summary>尊敬的…：/ 同志们：/ 各位领导: — a short line that ends with a colon and says no sentence.</summary>
    private static bool IsSalutation(string line) =>
        line.Length <= MaxTitle && line[^1] is ':' or '：' && !SiteChrome.HasSentencePunctuation(line) && !SiteChrome.HasSiteWords(line);

    private static bool IsProse(string line) => line.Contains('。') || (line.Length > MaxTitle && SiteChrome.HasSentencePunctuation(line));
}
