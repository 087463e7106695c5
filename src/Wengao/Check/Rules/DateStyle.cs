using Wengao.Model;

namespace Wengao.Check.Rules;

/// <summary>
/// Dates written one way in a document (GB/T 15835, house style): days end in 日, not the spoken 号, once a
/// document writes both; years in Arabic numerals (2022年), not 二〇二二年, once a document writes both.
/// A 成文日期 on a line of its own is judged by the standard in force on the document's date: GB/T 9704-1999 wrote it
/// in Chinese numerals (二〇〇四年一月十六日), GB/T 9704-2012 §7.3.5, in force from 2012-07-01, in Arabic.
/// </summary>
internal sealed class DateStyle : Rule
{
    public override string Id => RuleIds.DateStyle;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "dates written two ways in one document: 27日 and 27号, or 2022年 and 二〇二二年";
    // 号 beside 日 in one document is a slip; the year written two ways may be a title quoted as published (Medium).
    public override Confidence Confidence => Confidence.High;

    public override void Check(CheckedFile file, RuleReport report)
    {
        var days = Find(file, DaysOfMonth);
        var fullDates = FullDateYears(file);
        var years = Find(file, Years);
        if (days.Standard.Count > 0)
            foreach (var (offset, value, _) in days.Other)
                report.Add(offset, $"\"{value}\" ends in 号, but this document writes dates with 日 (\"{days.Standard[0].Value}\")",
                    $"in written text a date ends in 日: {value[..^1]}日");
        var signing = SigningDates(file);
        var before2012 = DocumentDate(file) is { } date && date < Gb9704Of2012;
        ArabicSigningDates(years.Standard, signing, DocumentDate(file), report);
        if (years.Standard.Count == 0) return;
        foreach (var (offset, value, inTitle) in years.Other)
        {
            // Before 2012 a full date or a title in Chinese numerals was the style of the time (see ArabicSigningDates).
            if (before2012 && (inTitle || fullDates.Contains(offset))) continue;
            // A title in 《》 is quoted as it was published: 《二〇〇四年政府工作报告》 may well be its name.
            if (!signing.TryGetValue(offset, out var signed))
                report.Add(offset, $"\"{value}\" is written in Chinese numerals, but this document writes years in Arabic (\"{years.Standard[0].Value}\")",
                    "write years in Arabic numerals, in full (GB/T 15835)", confidence: inTitle ? Confidence.Low : Confidence.Medium);
            else if ((DocumentDate(file) ?? signed) >= Gb9704Of2012)
                report.Add(offset, $"the 成文日期 \"{value}\" is in Chinese numerals, but this document of {DocumentDate(file) ?? signed:yyyy-MM-dd} writes years in Arabic (\"{years.Standard[0].Value}\")",
                    "GB/T 9704-2012 §7.3.5 writes the 成文日期 in Arabic numerals: 2012年7月1日 (before 2012-07-01, GB/T 9704-1999 wrote it in Chinese numerals)");
        }
    }

    /// <summary>
    /// A document of before 2012-07-01 wrote its 成文日期 in Chinese numerals (GB/T 9704-1999), and its other full dates
    /// and the titles it cites often so too (二〇〇七年三月十二日 beside 2007年 in the body was the house style of the
    /// time), so those are no slip there; a 成文日期 in Arabic numerals is.
    /// </summary>
    private static void ArabicSigningDates(List<(int Offset, string Value, bool InTitle)> arabic, Dictionary<int, DateOnly> signing,
        DateOnly? documentDate, RuleReport report)
    {
        foreach (var (offset, value, _) in arabic)
            if (signing.TryGetValue(offset, out var signed) && (documentDate ?? signed) is var date && date < Gb9704Of2012)
                report.Add(offset, $"the 成文日期 \"{value}\" is in Arabic numerals, but this document of {date:yyyy-MM-dd} predates GB/T 9704-2012",
                    "GB/T 9704-1999 §7.3.4.1, in force until 2012-07-01, wrote the 成文日期 in Chinese numerals: 二〇一一年一月二十日",
                    confidence: Confidence.Medium);
    }

    /// <summary>The day GB/T 9704-2012 took effect, replacing GB/T 9704-1999 and its 成文日期 in Chinese numerals.</summary>
    internal static readonly DateOnly Gb9704Of2012 = new(2012, 7, 1);

    /// <summary>The document's own date: its 成文日期 (`signed`), else its `date`; none for a draft, which has neither.</summary>
    private static DateOnly? DocumentDate(CheckedFile file) =>
        file.Document.Furniture.Signed ?? (file.Document.Date == default ? null : file.Document.Date);

    /// <summary>The offsets of the years that open a full date, 二〇〇七年三月十二日: a year, then a day of a month.</summary>
    private static HashSet<int> FullDateYears(CheckedFile file)
    {
        var years = new HashSet<int>();
        foreach (var prose in file.Fields.Concat(file.Paragraphs))
        {
            HashSet<int>? days = null; // read only where a year stands
            foreach (var year in Years(prose.Text))
                if ((days ??= DaysOfMonth(prose.Text).Select(day => day.Start).ToHashSet()).Contains(year.End)) years.Add(prose.OffsetOf(year.Start));
        }
        return years;
    }

    /// <summary>The 成文日期 left on a line of its own in the body, by the offset of its year, with the date it reads.</summary>
    private static Dictionary<int, DateOnly> SigningDates(CheckedFile file)
    {
        var dates = new Dictionary<int, DateOnly>();
        foreach (var prose in file.Paragraphs)
            if (prose.Kind == ProseKind.Paragraph && BrokenParagraph.DateLine(prose.Text) is { } date)
                foreach (var year in Years(prose.Text))
                    dates[prose.OffsetOf(year.Start)] = date;
        return dates;
    }

    private static (List<(int Offset, string Value, bool InTitle)> Standard, List<(int Offset, string Value, bool InTitle)> Other) Find(
        CheckedFile file, Func<string, IEnumerable<Date>> dates)
    {
        var (standard, other) = (new List<(int, string, bool)>(), new List<(int, string, bool)>());
        foreach (var prose in file.Fields.Concat(file.Paragraphs))
            foreach (var date in dates(prose.Text))
                (date.Standard ? standard : other).Add((prose.OffsetOf(date.Start), prose.Text[date.Start..date.End], InTitle(prose.Text, date.Start)));
        return (standard, other);
    }

    /// <summary>Whether the text at <paramref name="index"/> stands inside a title in book marks, 《…》.</summary>
    private static bool InTitle(string text, int index) => text.LastIndexOf('《', index) is var open and >= 0 && text.IndexOf('》', open) is var close && close > index;

    /// <summary>A date in a text: <see cref="Standard"/> when it ends in 日 (a day) or is in Arabic numerals (a year).</summary>
    internal readonly record struct Date(int Start, int End, bool Standard);

    // Dates are found from their 月 and 年, which are rare, not by a pattern that tries every numeral (一 is everywhere).

    /// <summary>Days of a month: 10月27日, 十月二十七号 — one or two numerals of one kind before 月 (no numeral before them), one or two digits or up to three Chinese numerals after it, then 日 or 号.</summary>
    internal static IEnumerable<Date> DaysOfMonth(string text)
    {
        for (var month = text.IndexOf('月'); month >= 0; month = text.IndexOf('月', month + 1))
        {
            var start = MonthStart(text, month);
            var digits = RunLength(text, month + 1, char.IsDigit, 3);
            var length = digits > 0 ? (digits <= 2 ? digits : 0) : RunLength(text, month + 1, IsDayNumeral, 4) is var n && n <= 3 ? n : 0;
            var day = month + 1 + length;
            if (start >= 0 && length > 0 && day < text.Length && text[day] is '日' or '号')
                yield return new Date(start, day + 1, text[day] == '日');
        }
    }

    /// <summary>Years: four Arabic or four Chinese numerals (〇 or 零 for zero), no numeral before them, then 年.</summary>
    internal static IEnumerable<Date> Years(string text)
    {
        for (var year = text.IndexOf('年'); year >= 0; year = text.IndexOf('年', year + 1))
        {
            var start = year - 4;
            if (start < 0 || start > 0 && (char.IsDigit(text[start - 1]) || IsYearNumeral(text[start - 1]))) continue;
            var digits = text.AsSpan(start, 4);
            if (All(digits, char.IsDigit)) yield return new Date(start, year + 1, true);
            else if (All(digits, IsYearNumeral)) yield return new Date(start, year + 1, false);
        }
    }

    /// <summary>Where the month before 月 starts: one or two numerals of one kind, no numeral before them; -1 if there is none.</summary>
    private static int MonthStart(string text, int month)
    {
        for (var start = Math.Max(0, month - 2); start < month; start++) // the leftmost start first
        {
            var run = text.AsSpan(start, month - start);
            if ((All(run, char.IsDigit) || All(run, IsDayNumeral))
                && (start == 0 || !(char.IsDigit(text[start - 1]) || text[start - 1] == '零' || IsDayNumeral(text[start - 1]))))
                return start;
        }
        return -1;
    }

    private static int RunLength(string text, int start, Func<char, bool> kind, int cap)
    {
        var length = 0;
        while (length < cap && start + length < text.Length && kind(text[start + length])) length++;
        return length;
    }

    private static bool All(ReadOnlySpan<char> run, Func<char, bool> kind)
    {
        foreach (var c in run)
            if (!kind(c)) return false;
        return true;
    }

    private static bool IsDayNumeral(char c) => "一二三四五六七八九十".Contains(c);

    private static bool IsYearNumeral(char c) => "〇零一二三四五六七八九".Contains(c);
}
