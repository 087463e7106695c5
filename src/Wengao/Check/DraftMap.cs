using Wengao.Authoring;
using Wengao.Model;

namespace Wengao.Check;

/// <summary>
/// Where the characters of the source `wengao import` composes from a draft stand in the original file: line and
/// column of a text file (as decoded), paragraph and column of a Word file. What import adds (escapes, `**` marks)
/// and what it leaves out (indentation, a site's chrome lines) do not shift a finding.
/// </summary>
internal sealed class DraftMap
{
    private readonly string _path;
    private readonly int[] _origins;
    // The draft's lines joined by '\n': what the origins index; for a text file, the file's text as decoded.
    private readonly string _original;
    private readonly int[] _lineStarts;

    public DraftMap(string path, DraftText draft, int[] origins)
    {
        (_path, _origins, _original) = (path, origins, string.Join('\n', draft.Lines));
        _lineStarts = new int[draft.Lines.Count];
        for (var i = 1; i < _lineStarts.Length; i++) _lineStarts[i] = _lineStarts[i - 1] + draft.Lines[i - 1].Length + 1;
        Unit = draft.Decoded is null ? LocationUnit.Paragraph : LocationUnit.Line;
    }

    public LocationUnit Unit { get; }

    /// <summary>The original line (or paragraph) and column of a source offset, and that line's text for the caret display.</summary>
    public (SourceSpan Where, string Line) Place(int offset)
    {
        var origin = Origin(offset);
        var line = Array.BinarySearch(_lineStarts, origin);
        if (line < 0) line = ~line - 1;
        var start = _lineStarts[line];
        var column = 1;
        foreach (var c in _original.AsSpan(start, origin - start))
            if (!char.IsLowSurrogate(c)) column++;
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] - 1 : _original.Length;
        // A line break inside a Word paragraph would break the excerpt; a space has the same width in columns.
        var text = _original[start..end].Replace('\n', ' ');
        return (new SourceSpan(_path, line + 1, column), text);
    }

    /// <summary>The fix at its place in the original text, or none where the original does not read what the check saw.</summary>
    public TextEdit? Edit(TextEdit? fix)
    {
        if (fix is null) return null;
        var origin = Origin(fix.Offset);
        return string.CompareOrdinal(_original, origin, fix.Old, 0, fix.Old.Length) == 0 ? fix with { Offset = origin } : null;
    }

    // The end of the source maps past the draft's last character.
    private int Origin(int offset) =>
        Math.Min(_original.Length, offset < _origins.Length ? _origins[offset] : _origins.Length == 0 ? 0 : _origins[^1] + 1);
}
