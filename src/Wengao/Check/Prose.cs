using Markdig.Syntax;

namespace Wengao.Check;

/// <summary>Where a piece of prose stands: a body paragraph or heading, or a front-matter field read as text.</summary>
internal enum ProseKind { Paragraph, Heading, Field }

/// <summary>A run-in heading (段首标题) inside a paragraph at its level (<see cref="Parse.HeadingLevels"/>), as a range of <see cref="Prose.Text"/>.</summary>
internal readonly record struct RunIn(int Level, int Start, int End);

/// <summary>
/// The text a reader sees in one paragraph, as written in the source: Markdown markers left out, each character
/// of a {{ … }} expression replaced by <see cref="Expression"/>, and every character mapped to its offset in the file.
/// </summary>
/// <param name="level">a heading's level (1–4) by the build's rule, for <see cref="ProseKind.Heading"/>; else 0</param>
/// <param name="listItem">the Markdown list item the paragraph is the first of, if any (import writes 1.… lines so)</param>
internal sealed class Prose(ProseKind kind, string text, SourceOffsets offsets, IReadOnlyList<RunIn> headings, int level = 0, ListItemBlock? listItem = null)
{
    /// <summary>Stands for a character of a Scriban expression: it renders a figure, so it reads as Chinese text.</summary>
    public const char Expression = '\uE000';

    public ProseKind Kind { get; } = kind;
    public string Text { get; } = text;
    public IReadOnlyList<RunIn> Headings { get; } = headings;
    public int Level { get; } = level;

    /// <summary>The list item the paragraph stands in (a Markdown block), or null: items are apart whether or not they end in 。.</summary>
    public ListItemBlock? ListItem { get; } = listItem;

    /// <summary>The file offset of the character at <paramref name="index"/>; the end of the text maps past the last character.</summary>
    public int OffsetOf(int index) =>
        index < offsets.Length ? offsets[index] : offsets.Length == 0 ? 0 : offsets[offsets.Length - 1] + 1;

    /// <summary>The level-1 heading leading the paragraph, if any.</summary>
    public RunIn? Lead => Headings.Count > 0 && Headings[0].Level == 1 ? Headings[0] : null;

    public string Slice(RunIn heading) => Text[heading.Start..heading.End];
}

/// <summary>
/// The file offset of each character of a prose text, kept as runs of consecutive offsets: a literal of a paragraph is
/// one run, so a paragraph of hundreds of characters holds a few numbers, not one for each (at 5,000 speeches that was
/// 14 million offsets, most of the checks' garbage).
/// </summary>
internal sealed class SourceOffsets
{
    // Where each run starts in the text, and the file offset of its first character.
    private readonly int[] _starts, _offsets;

    private SourceOffsets(int[] starts, int[] offsets, int length) => (_starts, _offsets, Length) = (starts, offsets, length);

    public int Length { get; }

    public int this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
            var run = Array.BinarySearch(_starts, index);
            if (run < 0) run = ~run - 1;
            return _offsets[run] + index - _starts[run];
        }
    }

    /// <summary><paramref name="count"/> characters at consecutive offsets from <paramref name="offset"/>.</summary>
    public static SourceOffsets Run(int offset, int count) => new Builder().Add(offset, count).Build();

    /// <summary>Collects the offsets in text order, joining a character to the run before it when it follows it in the file.</summary>
    internal sealed class Builder
    {
        private readonly List<int> _starts = [], _offsets = [];
        private int _length, _next = -1;

        /// <summary>The next <paramref name="count"/> characters stand at consecutive offsets from <paramref name="offset"/>.</summary>
        public Builder Add(int offset, int count = 1)
        {
            if (count <= 0) return this;
            if (offset != _next || _length == 0)
            {
                _starts.Add(_length);
                _offsets.Add(offset);
            }
            (_length, _next) = (_length + count, offset + count);
            return this;
        }

        public SourceOffsets Build() => new([.. _starts], [.. _offsets], _length);
    }
}
