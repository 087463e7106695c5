using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace Wengao.Render.Pdf;

/// <summary>
/// Document information from the source (never the wall clock), and a save that is byte-for-byte repeatable:
/// PDFsharp draws a random font subset tag, XMP uuids and a trailer /ID on every save, which are replaced
/// here by values derived from the document itself, each of the same length so the xref offsets stay valid.
/// </summary>
internal static partial class PdfMetadata
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
        document.ViewerPreferences.DisplayDocTitle = true;
        document.SetPdfA(); // PDFsharp marks PDF/A-1a and requires the structure tree the typesetter writes
    }

    [GeneratedRegex(@"(?<=/)[A-Z]{6}(?=\+)|(?<=uuid:)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=/ID\s*\[\s*<)[0-9A-Fa-f]+(?=>)|(?<=/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<)[0-9A-Fa-f]+(?=>)")]
    private static partial Regex RandomParts();

    public static byte[] Save(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        var bytes = XmpPacket.Escape(stream.ToArray(), document.Info);
        // Latin-1 maps bytes to chars one to one, so match indexes are byte offsets.
        var text = Encoding.Latin1.GetString(bytes);
        var matches = RandomParts().Matches(text);
        var blanked = (byte[])bytes.Clone();
        foreach (Match m in matches) blanked.AsSpan(m.Index, m.Length).Fill((byte)'0');
        var seed = SHA256.HashData(blanked);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in matches)
        {
            if (!replacements.TryGetValue(m.Value, out var value))
                replacements[m.Value] = value = Derive(seed, replacements.Count, m.Value);
            Encoding.Latin1.GetBytes(value, bytes.AsSpan(m.Index, m.Length));
        }
        return bytes;
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
