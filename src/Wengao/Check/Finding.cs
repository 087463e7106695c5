using Wengao.Diagnostics;

namespace Wengao.Check;

/// <summary>A safe fix: replace <see cref="Old"/> at <see cref="Offset"/> of the file's text (line ends as \n) by <see cref="New"/>.</summary>
public sealed record TextEdit(int Offset, string Old, string New);

/// <summary>One proofreading finding: where, which rule, what is wrong, and a safe fix when there is one.</summary>
/// <param name="Line">the source line, for the caret display</param>
public sealed record Finding(string RuleId, Severity Severity, SourceSpan Where, string Message, string? Hint, TextEdit? Fix, string Line)
{
    public string Label => Severity == Severity.Error ? "error" : "warning";

    /// <summary>The one-line form: file:line:column: severity rule-id: message.</summary>
    public override string ToString() => $"{Where}: {Label} {RuleId}: {Message}";

    public SourceError ToError() => new(Where, $"{RuleId}: {Message}", Hint ?? (Fix is null ? null : "run `wengao check --fix`"));
}
