using System.Buffers;
using System.Text.RegularExpressions;
using Wengao.Model;

namespace Wengao.Check.Rules;

/// <summary>
/// GB/T 15834: in Chinese text the marks are full width. ASCII , : ; ? ! ( ) and straight double quotes next to
/// Chinese become ，：；？！（） and “ ”. Numbers (1,000, 10:30), Latin text and URLs are left alone.
/// Whether a mark stands in Chinese is decided by neighbours that a fix never changes (other marks are skipped),
/// so a second --fix finds nothing to do.
/// </summary>
internal sealed partial class PunctuationWidth : Rule
{
    private const string Ascii = ",:;?!()\"";
    private const string Wide = "，：；？！（）“”";

    // Text holds few marks among many characters: a vectorised search jumps from one to the next.
    private static readonly SearchValues<char> Marks = SearchValues.Create(Ascii);

    [GeneratedRegex(@"(?:https?|ftp|file)://[!-~]+|www\.[!-~]+")]
    private static partial Regex Url();

    public override string Id => RuleIds.PunctuationWidth;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "ASCII , : ; ? ! ( ) and straight quotes in Chinese text: use full-width marks and “ ” (GB/T 15834)";
    // An ASCII mark between Chinese characters is wrong whatever the sentence says (GB/T 15834).
    public override Confidence Confidence => Confidence.Certain;

    public override void Check(CheckedFile file, RuleReport report)
    {
        foreach (var prose in file.Fields.Concat(file.Paragraphs)) Check(prose, report);
    }

    private static void Check(Prose prose, RuleReport report)
    {
        var text = prose.Text;
        var first = Han.Next(text, Marks, 0);
        if (first < 0) return;
        var urlEnd = -1;
        var nextUrl = Url().Match(text);
        var opens = new Stack<int>();
        var quotes = new List<int>();
        for (var i = first; i >= 0; i = Han.Next(text, Marks, i + 1))
        {
            for (; nextUrl.Success && nextUrl.Index <= i; nextUrl = nextUrl.NextMatch()) urlEnd = nextUrl.Index + nextUrl.Length;
            if (i < urlEnd) continue;
            switch (text[i])
            {
                case ',' or ':' when IsDigit(text, i - 1) && IsDigit(text, i + 1):
                    break; // 10,000 and 10:30
                case ',' or ':' or ';' or '?' or '!' when IsContext(Before(text, i)) || IsContext(After(text, i)):
                    Report(prose, report, i, Wide[Ascii.IndexOf(text[i])]);
                    break;
                case '(':
                    opens.Push(i);
                    break;
                case ')' when opens.TryPop(out var open):
                    // Chinese inside, or Chinese around unless it follows a Latin word or number: f(x), alert(1).
                    if (HasChinese(text, open + 1, i)
                        || (open == 0 || !char.IsAsciiLetterOrDigit(text[open - 1])) && (IsContext(Before(text, open)) || IsContext(After(text, i))))
                    {
                        Report(prose, report, open, '（');
                        Report(prose, report, i, '）');
                    }
                    break;
                case ')' when IsContext(Before(text, i)) || IsContext(After(text, i)):
                    Report(prose, report, i, '）');
                    break;
                case '"' when prose.Kind != ProseKind.Field: // a quote in YAML may be its quoting
                    quotes.Add(i);
                    break;
            }
        }
        foreach (var open in opens.Where(o => IsContext(Before(text, o)) || IsContext(After(text, o))))
            Report(prose, report, open, '（');
        CheckQuotes(prose, report, quotes);
    }

    /// <summary>Straight quotes pair up by parity within a paragraph; an odd count cannot be fixed safely.</summary>
    private static void CheckQuotes(Prose prose, RuleReport report, List<int> quotes)
    {
        var text = prose.Text;
        if (quotes.Count % 2 == 1)
        {
            report.Add(prose.OffsetOf(quotes[0]), $"{quotes.Count} straight quotes in one paragraph: one is unpaired",
                "pair the quotes and write them as “ ” by hand", confidence: Confidence.High); // a quotation of several paragraphs opens each and closes once
            return;
        }
        for (var q = 0; q < quotes.Count; q += 2)
        {
            var (open, close) = (quotes[q], quotes[q + 1]);
            if (!HasChinese(text, open + 1, close) && !IsContext(Before(text, open)) && !IsContext(After(text, close))) continue;
            Report(prose, report, open, '“');
            Report(prose, report, close, '”');
        }
    }

    private static void Report(Prose prose, RuleReport report, int index, char wide)
    {
        if (report.CountsOnly)
        {
            report.Count(); // a corpus typed with ASCII marks has hundreds a document
            return;
        }
        var ascii = prose.Text[index];
        var what = ascii == '"' ? "straight quote `\"`" : $"ASCII `{ascii}`";
        report.Add(prose.OffsetOf(index), $"{what} in Chinese text: write `{wide}`", null,
            new TextEdit(prose.OffsetOf(index), ascii.ToString(), wide.ToString()));
    }

    /// <summary>Whether a bracketed or quoted span, text[start..end), is Chinese: looked at only for the few marks that pair.</summary>
    private static bool HasChinese(string text, int start, int end)
    {
        foreach (var c in text.AsSpan(start, end - start))
            if (IsContext(c)) return true;
        return false;
    }

    /// <summary>Chinese context, not counting the marks this rule converts: fixing one mark never changes the verdict on another.</summary>
    private static bool IsContext(char c) => Han.IsChinese(c) && !Wide.Contains(c);

    private static bool IsDigit(string text, int i) => i >= 0 && i < text.Length && char.IsAsciiDigit(text[i]);

    // A bounded look: a run of marks longer than this says nothing about the text around it.
    private const int Reach = 8;

    private static char Before(string text, int i)
    {
        var stop = Math.Max(-1, i - Reach);
        while (--i > stop && IsSkipped(text[i])) { }
        return i > stop ? text[i] : '\0';
    }

    private static char After(string text, int i)
    {
        var stop = Math.Min(text.Length, i + Reach);
        while (++i < stop && IsSkipped(text[i])) { }
        return i < stop ? text[i] : '\0';
    }

    private static bool IsSkipped(char c) => char.IsWhiteSpace(c) || Ascii.Contains(c) || Wide.Contains(c);
}
