namespace Wengao.Model;

/// <summary>One problem in the user's sources: where, what, and how to fix it.</summary>
public sealed record SourceError(SourceSpan Where, string Message, string? Hint = null)
{
    public override string ToString() =>
        Hint is null ? $"{Where}: error: {Message}" : $"{Where}: error: {Message}\n  hint: {Hint}";
}
