using System.Text;
using System.Text.Unicode;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Authoring;

/// <summary>A decoded text file, and how to write it back as it was: its encoding, BOM and line ends.</summary>
/// <param name="Text">the text, with line ends as '\n'</param>
/// <param name="Name">the encoding found, for the user: UTF-8, UTF-8 (BOM), UTF-16, GB18030</param>
internal sealed record DecodedText(string Text, string Name, Encoding Encoding, byte[] Bom, bool Crlf)
{
    /// <summary>A changed text in the file's own encoding: GB18030 stays GB18030, a BOM and CRLF line ends stay.</summary>
    public byte[] Encode(string text) => [.. Bom, .. Encoding.GetBytes(Crlf ? text.Replace("\n", "\r\n") : text)];
}

/// <summary>
/// Decodes a plain-text draft by trying encodings strictly, never from the file name: a BOM says UTF-8 or UTF-16;
/// else bytes that are valid UTF-8 are UTF-8 (GB18030 text almost never is); else GB18030 (a superset of GBK and
/// GB2312) if every byte sequence decodes; else the file is refused.
/// </summary>
internal static class DraftDecoder
{
    static DraftDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static DecodedText Decode(byte[] bytes, string path)
    {
        var (encoding, bom, name) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3, "UTF-8 (BOM)"),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2, "UTF-16"),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2, "UTF-16"),
            _ when bytes.AsSpan().Contains((byte)0) => throw Refuse(path, "the file is binary, not text", HintFormats),
            _ when Utf8.IsValid(bytes) => (StrictUtf8, 0, "UTF-8"),
            _ => (Gb18030(), 0, "GB18030"),
        };
        var text = Strict(encoding, bytes, bom, path);
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            throw Refuse(path, $"the file is binary, not text (it has control characters as {name})", HintFormats);
        if (string.IsNullOrWhiteSpace(text))
            throw Refuse(path, "the file is empty", "import a file that holds the text of the speech");
        return new DecodedText(text.Replace("\r\n", "\n").Replace('\r', '\n'), name, encoding, bytes[..bom], text.Contains("\r\n"));
    }

    private const string HintFormats = "import plain text (UTF-8 or GB18030/GBK) or a Word .docx file; save other formats as one of these first";

    private static Encoding Gb18030() =>
        Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static string Strict(Encoding encoding, byte[] bytes, int start, string path)
    {
        try { return encoding.GetString(bytes, start, bytes.Length - start); }
        catch (DecoderFallbackException)
        {
            throw Refuse(path, $"the file is neither UTF-8 nor GB18030 text{(start > 0 ? $" ({encoding.WebName} by its BOM, but does not decode as such)" : "")}",
                "save it as UTF-8 (in Notepad or WPS: Save As → encoding UTF-8) and import it again");
        }
    }

    public static BuildFailedException Refuse(string path, string message, string hint) =>
        new(new SourceError(new(path, 1, 1), message, hint));
}
