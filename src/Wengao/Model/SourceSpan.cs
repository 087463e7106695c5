namespace Wengao.Model;

/// <summary>
/// A position in a source file; line and column are 1-based, as editors show them. Line 0 is a file or folder as a
/// whole (one that is missing, or a folder that is not what was expected), printed as its path alone, since a
/// `:1:1` would point into a file that has no such place.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>A file or folder as a whole, not a place in it.</summary>
    public static SourceSpan Whole(string path) => new(path, 0, 0);

    public override string ToString() => Line == 0 ? File : $"{File}:{Line}:{Column}";
}
