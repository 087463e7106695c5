using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace Wengao.Render.Pdf;

/// <summary>
/// Document information from the source (never the wall clock), and a save that is byte-for-byte repeatable:
/// PDFsharp draws a random font subset tag, XMP uuids and a trailer /ID on every save, which are replaced
/// here by values derived from the document itself, each of the same length so the xref offsets stay valid.
/// </summary>
internal static class PdfMetadata
{
    public static void Describe(PdfDocument document, Layout.PdfInfo info)
    {
        var time = info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject ?? "";
        document.Info.Keywords = string.Join(", ", info.Keywords);
        document.Info.Creator = "Wengao";
        document.Info.CreationDate = time;
        document.Info.ModificationDate = time;
    }

    /// <summary>Settings every document shares.</summary>
    public static void Prepare(PdfDocument document)
    {
        document.Options.CompressContentStreams = true;
        FontPrograms.Prepare(document); // the font programs are compressed after the save, each subset once for the build
        document.ViewerPreferences.DisplayDocTitle = true;
        document.SetPdfA(); // PDFsharp marks PDF/A-1a and requires the structure tree the typesetter writes
    }

    /// <param name="programs">the build's font programs, which compresses this document's</param>
    public static byte[] Save(PdfDocument document, FontPrograms programs)
    {
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        var bytes = XmpPacket.Escape(programs.Compress(stream.GetBuffer(), (int)stream.Length), document.Info);
        var parts = RandomParts(bytes);
        var blanked = (byte[])bytes.Clone();
        foreach (var (index, length) in parts) blanked.AsSpan(index, length).Fill((byte)'0');
        var seed = SHA256.HashData(blanked);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (index, length) in parts)
        {
            var found = Encoding.Latin1.GetString(bytes, index, length);
            if (!replacements.TryGetValue(found, out var value))
                replacements[found] = value = Derive(seed, replacements.Count, found);
            Encoding.Latin1.GetBytes(value, bytes.AsSpan(index, length));
        }
        return bytes;
    }

    /// <summary>
    /// Where PDFsharp's random values stand, in file order: a subset tag (six capitals between `/` and `+`), an XMP uuid
    /// (after `uuid:`), the trailer's two /ID strings (`/ID [&lt;hex&gt; &lt;hex&gt;]`). Found by searching for the byte
    /// each begins or ends at, not by a regular expression tried at every offset of the file (a tenth of a PDF's CPU time
    /// went there: the fonts' binary streams are most of its bytes).
    /// </summary>
    internal static List<(int Index, int Length)> RandomParts(ReadOnlySpan<byte> pdf)
    {
        var parts = new List<(int Index, int Length)>();
        for (var plus = pdf.IndexOf((byte)'+'); plus >= 0; plus = Next(pdf, plus, (byte)'+'))
            if (plus >= TagLength + 1 && pdf[plus - TagLength - 1] == '/' && !pdf[(plus - TagLength)..plus].ContainsAnyExceptInRange((byte)'A', (byte)'Z'))
                parts.Add((plus - TagLength, TagLength));
        for (var at = pdf.IndexOf("uuid:"u8); at >= 0; at = Next(pdf, at, "uuid:"u8))
            if (IsUuid(pdf[(at + 5)..])) parts.Add((at + 5, Uuid.Length));
        for (var at = pdf.IndexOf("/ID"u8); at >= 0; at = Next(pdf, at, "/ID"u8))
        {
            var i = Skip(pdf, at + 3);
            if (i >= pdf.Length || pdf[i] != '[') continue;
            if (Hex(pdf, Skip(pdf, i + 1)) is not { } first) continue;
            parts.Add(first);
            if (Hex(pdf, Skip(pdf, first.Index + first.Length + 1)) is { } second) parts.Add(second);
        }
        parts.Sort((a, b) => a.Index.CompareTo(b.Index));
        return parts;
    }

    private const int TagLength = 6;
    private const string Uuid = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

    private static int Next(ReadOnlySpan<byte> pdf, int at, byte value) => pdf[(at + 1)..].IndexOf(value) is var i and >= 0 ? at + 1 + i : -1;

    private static int Next(ReadOnlySpan<byte> pdf, int at, ReadOnlySpan<byte> value) => pdf[(at + 1)..].IndexOf(value) is var i and >= 0 ? at + 1 + i : -1;

    private static bool IsUuid(ReadOnlySpan<byte> text)
    {
        if (text.Length < Uuid.Length) return false;
        for (var i = 0; i < Uuid.Length; i++)
            if (Uuid[i] == '-' ? text[i] != '-' : !(char.IsAsciiDigit((char)text[i]) || text[i] is >= (byte)'a' and <= (byte)'f')) return false;
        return true;
    }

    // White space as a regular expression's \s reads Latin-1 text (which the /ID was found by before).
    private static int Skip(ReadOnlySpan<byte> pdf, int i)
    {
        while (i < pdf.Length && char.IsWhiteSpace((char)pdf[i])) i++;
        return i;
    }

    // `<`, one or more hex digits, `>`: where the digits stand.
    private static (int Index, int Length)? Hex(ReadOnlySpan<byte> pdf, int i)
    {
        if (i >= pdf.Length || pdf[i] != '<') return null;
        var end = i + 1;
        while (end < pdf.Length && char.IsAsciiHexDigit((char)pdf[end])) end++;
        return end > i + 1 && end < pdf.Length && pdf[end] == '>' ? (i + 1, end - i - 1) : null;
    }

    // Same shape as the random value it replaces: a subset tag stays six capitals, a uuid lower-case hex, an /ID upper-case hex.
    private static string Derive(byte[] seed, int index, string shape)
    {
        var alphabet = shape.Contains('-') ? "0123456789abcdef"
            : shape.Length == 6 && shape.All(char.IsAsciiLetterUpper) ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            : "0123456789ABCDEF";
        var hash = SHA256.HashData([.. seed, .. BitConverter.GetBytes(index)]);
        var result = new char[shape.Length];
        for (var i = 0; i < shape.Length; i++)
            result[i] = shape[i] == '-' ? '-' : alphabet[(hash[i % hash.Length] + i / hash.Length) % alphabet.Length];
        return new string(result);
    }
}
