using Wengao.Model;

namespace Wengao.Check;

/// <summary>A safe fix: replace <see cref="Old"/> at <see cref="Offset"/> of the file's text (line ends as \n) by <see cref="New"/>.</summary>
public sealed record TextEdit(int Offset, string Old, string New);

/// <summary>What <see cref="SourceSpan.Line"/> of a finding counts: lines of a text file, or paragraphs of a Word file.</summary>
public enum LocationUnit { Line, Paragraph }

/// <summary>One proofreading finding: where, which rule, how sure it is, what is wrong, and a safe fix when there is one.</summary>
/// <param name="Line">the source line (a Word file's paragraph), for the caret display</param>
public sealed record Finding(string RuleId, Severity Severity, Confidence Confidence, SourceSpan Where, string Message, string? Hint, TextEdit? Fix,
    string Line, LocationUnit Unit = LocationUnit.Line)
{
    public string Label => Severity == Severity.Error ? "error" : "warning";

    /// <summary>file:line:column, or file:¶paragraph:column in a Word file (¶ is Word's paragraph mark).</summary>
    public string Location => Unit == LocationUnit.Paragraph ? $"{Where.File}:¶{Where.Line}:{Where.Column}" : Where.ToString();

    /// <summary>The one-line form: file:line:column: severity rule-id: message.</summary>
    public override string ToString() => $"{Location}: {Label} {RuleId}: {Message}";

    public SourceError ToError() => new(Where, $"{RuleId}: {Message}", Hint ?? (Fix is null ? null : "run `wengao check --fix`"));
}
