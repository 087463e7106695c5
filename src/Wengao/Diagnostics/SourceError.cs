namespace Wengao.Diagnostics;

/// <summary>One problem in the user's sources: where, what, and how to fix it.</summary>
public sealed record SourceError(SourceSpan Where, string Message, string? Hint = null)
{
    public override string ToString() =>
        Hint is null ? $"{Where}: error: {Message}" : $"{Where}: error: {Message}\n  hint: {Hint}";
}

/// <summary>Thrown when sources cannot be built; carries every error found, not just the first.</summary>
public sealed class BuildFailedException(IReadOnlyList<SourceError> errors)
    : Exception(string.Join("\n", errors))
{
    public IReadOnlyList<SourceError> Errors { get; } = errors;

    public BuildFailedException(SourceError error) : this([error]) { }
}
