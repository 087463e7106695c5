namespace Wengao.Pipeline;

/// <summary>
/// What an output was rendered from. Loaded and parsed objects are compared by reference — an unchanged source
/// yields the same object from one rebuild to the next — and texts (template hashes) by value.
/// </summary>
internal sealed class Inputs(params object?[] parts)
{
    private readonly object?[] _parts = parts;

    /// <summary>The parts, for the build cache to fingerprint by their contents (<see cref="Cache.Fingerprints"/>).</summary>
    public IReadOnlyList<object?> Parts => _parts;

    public bool Same(Inputs? other) =>
        other is not null && other._parts.Length == _parts.Length
        && _parts.Zip(other._parts).All(p => p.First is string text ? text == p.Second as string : ReferenceEquals(p.First, p.Second));
}
