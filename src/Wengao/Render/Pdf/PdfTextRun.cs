using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Render.Pdf;

/// <summary>
/// A run of pieces of text in one font, size and colour on one baseline, each piece from its own x (a line's characters
/// on the grid, a Latin word among them), drawn with one PDFsharp <c>DrawString</c> of the whole run whose
/// <c>&lt;glyphs&gt; Tj</c> is then rewritten as one <c>TJ</c> array that moves each piece to its x: a number in the array
/// moves the next glyph left by n/1000 of the font size (ISO 32000-1 §9.4.3). PDFsharp still does everything else
/// of drawing text: it registers the glyphs for the subset and its ToUnicode map, sets the font and the colour, and marks
/// the content for the structure tree. Only the positions are Wengao's, as they were with one <c>DrawString</c> for each
/// character (a reader advances each glyph by its /W width and, for a simulated bold, PDFsharp's character spacing; each
/// number is reckoned from where the pen stands, so rounding never adds up along a line). Those calls cost a sixth of a PDF build's CPU: PDFsharp raises its events, realises the font and formats
/// two numbers for every call (docs/performance.md, issue 21, session 13).
/// </summary>
internal static class PdfTextRun
{
    /// <summary>Digits a TJ adjustment is written with: 1/100,000 of the em, under a thousandth of a millimetre at any text size here.</summary>
    private const int Decimals = 2;

    /// <summary>
    /// The character spacing (Tc) PDFsharp 6.2.4 sets for a bold it simulates by stroking the outlines, in ems, and the
    /// decimals it writes it with (PdfGraphicsState.RealizeFont): a reader adds it to every glyph's advance.
    /// </summary>
    private const double BoldSpacingEm = 0.02;
    private const int SpacingDecimals = 3;

    /// <summary>What PDFsharp writes after a run's glyph ids when it draws the run (a Unicode font: glyph ids in hex).</summary>
    private const string Show = "> Tj\n";

    /// <summary>Hex digits of one glyph id: PDFsharp's Unicode fonts show two bytes per glyph (Identity-H).</summary>
    private const int HexPerGlyph = 4;

    /// <param name="pieces">each piece's text and the x its first glyph is drawn at, in order; a piece's own glyphs at the font's advances</param>
    /// <param name="face">the face <paramref name="font"/> draws with, for the widths a reader advances by</param>
    public static void Draw(XGraphics graphics, IReadOnlyList<(string Text, double X)> pieces, XFont font, SfntFace face, XBrush brush, double baseline)
    {
        if (pieces.Count == 1)
        {
            graphics.DrawString(pieces[0].Text, font, brush, pieces[0].X, baseline, XStringFormats.Default);
            return;
        }
        var content = graphics.Internals.ContentStringBuilder
            ?? throw new InvalidOperationException("PDFsharp's graphics has no content stream to write text into");
        var text = new StringBuilder();
        var counts = new int[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            text.Append(pieces[i].Text);
            foreach (var _ in pieces[i].Text.EnumerateRunes()) counts[i]++;
        }
        graphics.DrawString(text.ToString(), font, brush, pieces[0].X, baseline, XStringFormats.Default);

        // PDFsharp breaks a long hex string into lines (of 100 digits): the digits are read back without them.
        var hex = new char[HexPerGlyph * counts.Sum()];
        var open = ReadHex(content, hex)
            ?? throw new InvalidOperationException($"PDFsharp did not draw \"{text}\" as {hex.Length / HexPerGlyph} glyph ids and Tj, which its TJ rewriting needs");
        content.Length = open;

        // Where the pen is and where the next piece should start, in thousandths of the em from the run's start: each
        // adjustment corrects the rounding of the ones before it, so none adds up along the line.
        double pen = 0, scale = 1000 / font.Size;
        // Every bold is simulated: FaceRegistry resolves a bold of any face to the face with BoldSimulation.
        var spacing = font.Bold ? Math.Round(font.Size * BoldSpacingEm, SpacingDecimals) * scale : 0;
        Span<char> number = stackalloc char[32];
        content.Append("[<");
        var at = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            for (var g = 0; g < counts[i]; g++, at += HexPerGlyph)
            {
                content.Append(hex, at, HexPerGlyph);
                pen += spacing + face.PdfWidth(int.Parse(hex.AsSpan(at, HexPerGlyph), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            }
            if (i == pieces.Count - 1) break;
            var adjustment = Math.Round(pen - (pieces[i + 1].X - pieces[0].X) * scale, Decimals);
            if (adjustment == 0) continue;
            adjustment.TryFormat(number, out var written, "0.##", CultureInfo.InvariantCulture);
            content.Append("> ").Append(number[..written]).Append(" <");
            pen -= adjustment;
        }
        content.Append(">] TJ\n");
    }

    /// <summary>
    /// Fills <paramref name="hex"/> with the digits of the hex string the content ends with, shown by Tj, and gives where
    /// its `&lt;` stands; null where the content does not end so, or the string has another number of digits.
    /// </summary>
    private static int? ReadHex(StringBuilder content, char[] hex)
    {
        if (!EndsWith(content, Show)) return null;
        var n = hex.Length;
        for (var i = content.Length - Show.Length - 1; i >= 0; i--)
        {
            var c = content[i];
            if (c == '<') return n == 0 ? i : null;
            if (char.IsAsciiHexDigit(c) && n > 0) hex[--n] = c;
            else if (c != '\n') return null;
        }
        return null;
    }

    private static bool EndsWith(StringBuilder content, string tail)
    {
        if (content.Length < tail.Length) return false;
        for (var i = 0; i < tail.Length; i++)
            if (content[content.Length - tail.Length + i] != tail[i]) return false;
        return true;
    }
}
