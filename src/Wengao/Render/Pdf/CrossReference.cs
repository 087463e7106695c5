using System.Globalization;
using System.Text;

namespace Wengao.Render.Pdf;

/// <summary>
/// The cross-reference table PDFsharp writes after the objects (ISO 32000-1 §7.5.4): each object's byte offset, then
/// startxref, the table's own. A pass over the saved file that changes the length of bytes before an object moves its
/// entry by as much (<see cref="XmpPacket"/>, <see cref="FontPrograms"/>).
/// </summary>
internal static class CrossReference
{
    /// <summary>An entry: ten digits of offset, a space, five of generation, a space, n or f, two bytes of line end.</summary>
    private const int Entry = 20;

    private static readonly byte[] StartXref = "startxref"u8.ToArray();

    /// <summary>The byte offset of each object in use, in file order.</summary>
    public static List<int> Offsets(ReadOnlySpan<byte> pdf)
    {
        var offsets = new List<int>();
        foreach (var at in Entries(pdf, Start(pdf).Offset)) offsets.Add(Number(pdf.Slice(at, 10)));
        offsets.Sort();
        return offsets;
    }

    /// <summary>
    /// <paramref name="pdf"/> (changed in place), whose bytes before its table were changed, with each entry and startxref taken from the
    /// file before the change to where <paramref name="move"/> puts that offset now (the table's own too: its entries
    /// are read where the table stands now).
    /// </summary>
    public static byte[] Moved(byte[] pdf, Func<int, int> move)
    {
        var (digits, old) = Start(pdf);
        var xref = move(old);
        foreach (var at in Entries(pdf, xref))
            Encoding.ASCII.GetBytes(move(Number(pdf.AsSpan(at, 10))).ToString("D10", CultureInfo.InvariantCulture), pdf.AsSpan(at, 10));
        var number = Encoding.ASCII.GetBytes(xref.ToString(CultureInfo.InvariantCulture));
        var end = digits + old.ToString(CultureInfo.InvariantCulture).Length;
        if (end - digits == number.Length)
        {
            number.CopyTo(pdf, digits); // the same width: in place, no copy of the file
            return pdf;
        }
        return [.. pdf.AsSpan(0, digits), .. number, .. pdf.AsSpan(end)];
    }

    // Where startxref's number stands, and the offset it gives.
    private static (int Digits, int Offset) Start(ReadOnlySpan<byte> pdf)
    {
        var at = pdf.LastIndexOf(StartXref);
        if (at < 0) throw new InvalidOperationException("PDFsharp wrote no startxref");
        var digits = at + StartXref.Length;
        while (digits < pdf.Length && pdf[digits] is (byte)'\r' or (byte)'\n' or (byte)' ') digits++;
        var length = 0;
        while (digits + length < pdf.Length && char.IsAsciiDigit((char)pdf[digits + length])) length++;
        return (digits, Number(pdf.Slice(digits, length)));
    }

    // Where each in-use entry's offset stands in the table at `xref`: its sections, each `first count` and count entries.
    private static List<int> Entries(ReadOnlySpan<byte> pdf, int xref)
    {
        if (xref < 0 || xref + 4 > pdf.Length || !pdf.Slice(xref, 4).SequenceEqual("xref"u8))
            throw new InvalidOperationException("PDFsharp wrote a cross-reference stream, not a table");
        var entries = new List<int>();
        var at = Skip(pdf, xref + 4);
        while (at < pdf.Length && char.IsAsciiDigit((char)pdf[at]))
        {
            var space = pdf[at..].IndexOf((byte)' ');
            var line = pdf[at..].IndexOf((byte)'\n');
            var count = Number(pdf.Slice(at + space + 1, line - space - 1).TrimEnd((byte)'\r'));
            at += line + 1;
            for (var k = 0; k < count; k++, at += Entry)
                if (pdf[at + 17] == 'n') entries.Add(at);
        }
        return entries;
    }

    private static int Skip(ReadOnlySpan<byte> pdf, int at)
    {
        while (at < pdf.Length && pdf[at] is (byte)'\r' or (byte)'\n') at++;
        return at;
    }

    private static int Number(ReadOnlySpan<byte> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
