using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Render.Pdf;

/// <summary>
/// The font programs of the PDFs (FontFile2, the TrueType subsets), compressed here and not by PDFsharp, once for
/// every PDF of the build that embeds the same subset. PDFsharp 6.2.4 deflates each subset at every save, with no hook
/// between making it and writing it; a speech's manuscript and reading copy embed the same subsets, and so do many
/// documents' headings (400 PDFs of 200 speeches embed 1,200 programs, 493 of them different). The documents are saved
/// with PDFsharp's NoCompression, which leaves its content streams compressed (CompressContentStreams) and only the
/// font programs raw; each is then emptied of the metrics of the glyphs it left out (<see cref="SubsetBearings"/>),
/// deflated, and put back in place with its /Filter, the cross-reference offsets after it moved.
/// One instance serves a build (its documents are saved in parallel).
/// </summary>
internal sealed class FontPrograms
{
    /// <summary>
    /// zlib's level 6 (PDFsharp's own): measured on the 1,200 subsets of 200 speeches, levels 2 and 4 saved 25 % and
    /// 15 % of what is left of the time once the same subset is not deflated twice, and made the fonts 8 % and 2 % larger
    /// (docs/performance.md, issue 21, session 12).
    /// </summary>
    private const int Level = 6;

    /// <summary>Compressed programs kept, the most recent: a document's PDFs are made one after the other, and common heading subsets recur.</summary>
    private const int Kept = 64;

    private readonly ConcurrentDictionary<string, byte[]> _compressed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>How PDFsharp writes a font program when it does not compress it: `&lt;&lt;/Length1 N/Length N&gt;&gt;`, then the stream.</summary>
    private static readonly byte[] Header = "obj\n<</Length1 "u8.ToArray(), Middle = "/Length "u8.ToArray(), Open = ">>\nstream\n"u8.ToArray(),
        Close = "\nendstream"u8.ToArray();

    /// <summary>Sets the document to be saved with its font programs raw, for <see cref="Compress"/>.</summary>
    public static void Prepare(PdfSharp.Pdf.PdfDocument document) => document.Options.NoCompression = true;

    /// <summary>
    /// The saved PDF, the first <paramref name="length"/> bytes of <paramref name="saved"/>, with each raw font program
    /// compressed; the other bytes as they were, moved. Written once into an array of its final size: a raw PDF is a
    /// megabyte, and each copy of it is garbage on the large object heap.
    /// </summary>
    public byte[] Compress(byte[] saved, int length)
    {
        var pdf = saved.AsSpan(0, length);
        var programs = new List<(int Header, int End, byte[] Dictionary, byte[] Compressed)>();
        foreach (var offset in CrossReference.Offsets(pdf))
        {
            if (Program(pdf, offset) is not var (header, data, size)) continue;
            var compressed = Compressed(pdf.Slice(data, size));
            var dictionary = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"<</Length1 {size}/Filter/FlateDecode/Length {compressed.Length}>>\nstream\n"));
            programs.Add((header, data + size, dictionary, compressed));
        }
        var output = new byte[length + programs.Sum(p => p.Dictionary.Length + p.Compressed.Length - (p.End - p.Header))];
        var moves = new List<(int At, int Shift)>();
        var (copied, written) = (0, 0);
        foreach (var (header, end, dictionary, compressed) in programs)
        {
            pdf[copied..header].CopyTo(output.AsSpan(written));
            written += header - copied;
            dictionary.CopyTo(output, written);
            compressed.CopyTo(output, written + dictionary.Length);
            written += dictionary.Length + compressed.Length;
            copied = end;
            moves.Add((end, written - end));
        }
        pdf[copied..].CopyTo(output.AsSpan(written));
        return moves.Count == 0 ? output : CrossReference.Moved(output, old =>
        {
            var moved = old;
            foreach (var (at, by) in moves)
                if (old >= at) moved = old + by;
            return moved;
        });
    }

    // A raw font program at `offset` (`K 0 obj` as PDFsharp writes it): where its dictionary begins, its data, its length.
    private static (int Header, int Data, int Length)? Program(ReadOnlySpan<byte> pdf, int offset)
    {
        var line = pdf.Slice(offset, Math.Min(64, pdf.Length - offset));
        var at = line.IndexOf(Header);
        if (at < 0 || line[..at].ContainsAnyExcept("0123456789 "u8)) return null;
        var header = offset + at + 4;
        var i = header + Header.Length - 4;
        if (Digits(pdf, ref i) is not { } length1 || !pdf[i..].StartsWith(Middle)) return null;
        i += Middle.Length;
        if (Digits(pdf, ref i) is not { } length || length != length1 || !pdf[i..].StartsWith(Open)) return null;
        var data = i + Open.Length;
        return data + length <= pdf.Length && pdf[(data + length)..].StartsWith(Close) ? (header, data, length) : null;
    }

    private static int? Digits(ReadOnlySpan<byte> pdf, ref int i)
    {
        var start = i;
        while (i < pdf.Length && char.IsAsciiDigit((char)pdf[i])) i++;
        return i > start && i - start < 10 ? int.Parse(pdf.Slice(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    // The same subset gives the same bytes: compressed once while it is kept.
    private byte[] Compressed(ReadOnlySpan<byte> program)
    {
        var key = Convert.ToHexString(SHA256.HashData(program));
        if (_compressed.TryGetValue(key, out var known)) return known;
        var font = program.ToArray();
        SubsetBearings.Clear(font);
        using var stream = new MemoryStream(font.Length / 3);
        using (var zlib = new ZLibStream(stream, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true)) zlib.Write(font);
        var compressed = stream.ToArray();
        if (_compressed.TryAdd(key, compressed))
        {
            _order.Enqueue(key);
            while (_order.Count > Kept && _order.TryDequeue(out var oldest)) _compressed.TryRemove(oldest, out _);
        }
        return compressed;
    }
}
