using Wengao.Model;

namespace Wengao.Diagnostics;

/// <summary>Thrown when sources cannot be built; carries every error found, not just the first.</summary>
public sealed class BuildFailedException(IReadOnlyList<SourceError> errors)
    : Exception(string.Join("\n", errors))
{
    public IReadOnlyList<SourceError> Errors { get; } = errors;

    public BuildFailedException(SourceError error) : this([error]) { }
}
