namespace Wengao.Authoring;

/// <summary>Where a piece of text stands in the draft: from an offset on, or from an index of a draft's paragraph, whose
/// characters may come from several lines (<see cref="DraftLine.Joins"/>).</summary>
internal readonly record struct DraftPlace(int Start, DraftLine? Line = null)
{
    /// <summary>The draft's offset of the text's character at <paramref name="index"/>.</summary>
    public int Of(int index) => Line is null ? Start + index : Line.At(Start + index);

    public DraftPlace Plus(int count) => this with { Start = Start + count };

    public static DraftPlace In(DraftLine line, int index = 0) => new(index, line);

    /// <summary>An offset is a place: a table's cell, written from its raw line (rows are never joined), is found so.</summary>
    public static implicit operator DraftPlace(int offset) => new(offset);
}
