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
internal sealed class Prose(ProseKind kind, string text, int[] offsets, IReadOnlyList<RunIn> headings, int level = 0, ListItemBlock? listItem = null)
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
        index < offsets.Length ? offsets[index] : offsets.Length == 0 ? 0 : offsets[^1] + 1;

    /// <summary>The level-1 heading leading the paragraph, if any.</summary>
    public RunIn? Lead => Headings.Count > 0 && Headings[0].Level == 1 ? Headings[0] : null;

    public string Slice(RunIn heading) => Text[heading.Start..heading.End];
}
