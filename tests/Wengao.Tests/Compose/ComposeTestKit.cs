using System.Text;
using Wengao.Model;
using Wengao.Render.Pdf.Compose;

namespace Wengao.Tests.Compose;

/// <summary>Shared helpers for the line composer tests: a fake font, the body measure and invariant checks.</summary>
internal static class ComposeTestKit
{
    public const double Width = 442.2;
    public const double FontSize = 16;
    public const double Pitch = Width / 28;
    public const double Tolerance = 0.01;

    public static readonly LineSpec Body = new(Width, FontSize, Pitch, 2 * Pitch, LineAlign.Justify);

    /// <summary>Fake hmtx: digits and letters 0.5 em, space 0.25 em, ASCII punctuation 0.3 em, anything else 0.5 em.</summary>
    public static double FakeAdvance(FontRole role, int cp)
    {
        if (cp is >= '0' and <= '9' || cp is >= 'a' and <= 'z' || cp is >= 'A' and <= 'Z') return 0.5;
        if (cp == ' ') return 0.25;
        if (cp < 0x80) return 0.3;
        return 0.5;
    }

    // Independent copies of the rules (not taken from the implementation).
    private const string NoStart = "，。、；：？！）》」』】〕〉”’…—％,.;:?!)]}%";
    private const string NoEnd = "（《「『【〔〈“‘([{";

    public static IReadOnlyList<ComposedLine> ComposeText(string text, LineSpec? spec = null) =>
        ParagraphComposer.Compose([new StyledRun(text, FontRole.FangSong)], spec ?? Body, FakeAdvance);

    public static string LineText(ComposedLine line)
    {
        var sb = new StringBuilder();
        foreach (var item in line.Items) sb.Append(item.Text);
        return sb.ToString();
    }

    public static List<string> LineTexts(IReadOnlyList<ComposedLine> lines)
    {
        var list = new List<string>(lines.Count);
        foreach (var line in lines) list.Add(LineText(line));
        return list;
    }

    public static string Visible(ComposedLine line) => LineText(line).Trim(' ', '\n', '\t', '\r');

    /// <summary>Right edge of a line: the rightmost extent of any item's slot or ink box (an ink box is one pitch wide).</summary>
    public static double RightEdge(ComposedLine line)
    {
        var edge = 0.0;
        foreach (var item in line.Items)
        {
            edge = Math.Max(edge, item.X + item.Width);
            if (item.InkOffset != 0) edge = Math.Max(edge, item.X + item.InkOffset + Pitch);
        }
        return edge;
    }

    /// <summary>Right edge of the visible (non-white-space) items.</summary>
    public static double VisibleRightEdge(ComposedLine line)
    {
        var edge = 0.0;
        foreach (var item in line.Items)
        {
            if (item.IsWhiteSpace) continue;
            edge = Math.Max(edge, item.X + item.Width);
        }
        return edge;
    }

    /// <summary>
    /// Checks everything that must hold for any paragraph: text preserved, no overflow, items in order without overlap,
    /// no forbidden mark at a line start or end (straight quotes by parity), justified lines full, last line natural.
    /// </summary>
    public static void AssertInvariants(string input, IReadOnlyList<ComposedLine> lines, LineSpec spec)
    {
        Assert.Equal(input, string.Concat(LineTexts(lines)));
        if (input.Length > 0) Assert.True(lines[^1].EndsParagraph);

        var quotes = 0;
        for (var li = 0; li < lines.Count; li++)
        {
            var line = lines[li];
            Assert.Equal(li == lines.Count - 1, line.EndsParagraph);
            Assert.NotEmpty(line.Items);
            Assert.True(RightEdge(line) <= spec.Width + Tolerance,
                $"line {li} overflows: {RightEdge(line)} > {spec.Width}: {LineText(line)}");

            var prevEnd = double.NegativeInfinity;
            PlacedText? firstVisible = null, lastVisible = null;
            int firstQuoteIndex = -1, lastQuoteIndex = -1;
            foreach (var item in line.Items)
            {
                Assert.True(item.Width >= -1e-9, $"negative width in line {li}");
                Assert.True(item.X >= prevEnd - 1e-6, $"items overlap in line {li}: {LineText(line)}");
                Assert.True(item.X >= -1e-9);
                prevEnd = item.X + item.Width;
                var isQuote = item.Text == "\"";
                if (isQuote) quotes++;
                if (item.IsWhiteSpace) continue;
                if (firstVisible is null)
                {
                    firstVisible = item;
                    firstQuoteIndex = isQuote ? quotes : -1;
                }
                lastVisible = item;
                lastQuoteIndex = isQuote ? quotes : -1;
            }
            if (firstVisible is null) continue;

            var startChar = firstVisible.Value.Text[0];
            Assert.False(li > 0 && NoStart.Contains(startChar), $"line {li} starts with {startChar}: {LineText(line)}");
            Assert.False(li > 0 && firstQuoteIndex > 0 && firstQuoteIndex % 2 == 0, $"line {li} starts with a closing quote: {LineText(line)}");
            var endText = lastVisible!.Value.Text;
            var endChar = endText[^1];
            Assert.False(!line.EndsParagraph && NoEnd.Contains(endChar), $"line {li} ends with {endChar}: {LineText(line)}");
            Assert.False(!line.EndsParagraph && lastQuoteIndex > 0 && lastQuoteIndex % 2 == 1, $"line {li} ends with an opening quote: {LineText(line)}");

            var indent = li == 0 ? spec.FirstLineIndent : 0;
            if (spec.Align == LineAlign.Justify && !line.EndsParagraph)
            {
                Assert.True(Math.Abs(VisibleRightEdge(line) - spec.Width) <= Tolerance,
                    $"justified line {li} is {VisibleRightEdge(line)} wide, not {spec.Width}: {LineText(line)}");
            }
            else if (spec.Align != LineAlign.Center)
            {
                Assert.Equal(indent, firstVisible.Value.X, 6);
                Assert.Equal(indent + line.NaturalWidth, VisibleRightEdge(line), 6);
            }
        }
    }

    /// <summary>Index of the line that holds the character at <paramref name="charIndex"/> of the paragraph.</summary>
    public static int LineOf(IReadOnlyList<ComposedLine> lines, int charIndex)
    {
        var pos = 0;
        for (var li = 0; li < lines.Count; li++)
        {
            foreach (var item in lines[li].Items) pos += item.Text.Length;
            if (charIndex < pos) return li;
        }
        throw new ArgumentOutOfRangeException(nameof(charIndex));
    }
}
