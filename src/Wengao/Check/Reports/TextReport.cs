using System.Text;
using Wengao.Model;

namespace Wengao.Check.Reports;

/// <summary>
/// Findings for a terminal: `file:line:column: severity rule-id: message`, the source line (a window of it around
/// the column, as paragraphs are long lines) with a caret under the column, and the fix or a hint.
/// </summary>
public static class TextReport
{
    private const int Context = 24;

    public static void Write(IReadOnlyList<Finding> findings, TextWriter output)
    {
        foreach (var finding in findings)
        {
            output.WriteLine(finding.ToString());
            var (excerpt, caret) = Excerpt(finding.Line, finding.Where.Column);
            output.WriteLine($"    {excerpt}");
            output.WriteLine($"    {caret}^");
            if (finding.Fix is { } fix) output.WriteLine($"  fix: replace `{fix.Old}` with `{fix.New}`");
            else if (finding.Hint is { } hint) output.WriteLine($"  hint: {hint}");
        }
        output.WriteLine(Summary(findings));
    }

    /// <summary>"2 errors, 160 warnings (punctuation-width 150, …)", or that there is nothing to report.</summary>
    public static string Summary(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return "no findings";
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var rules = findings.GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        return $"{errors} error(s), {findings.Count - errors} warning(s): {string.Join(", ", rules)}";
    }

    /// <summary>The line around the column, and the padding that puts a caret under it in a terminal (CJK is two cells wide).</summary>
    private static (string Excerpt, string Caret) Excerpt(string line, int column)
    {
        var at = column - 1;
        var (from, to) = (Math.Max(0, at - Context), at + Context);
        var excerpt = new StringBuilder(from > 0 ? "…" : "");
        var caret = new StringBuilder(from > 0 ? " " : "");
        var i = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (i == to) { excerpt.Append('…'); break; }
            if (i++ < from) continue;
            excerpt.Append(rune.ToString());
            if (i <= at) caret.Append(IsWide(rune) ? "  " : " ");
        }
        return (excerpt.ToString(), caret.ToString());
    }

    private static bool IsWide(Rune r) =>
        r.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
}
