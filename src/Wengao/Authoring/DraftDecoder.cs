using System.Text;
using System.Text.Unicode;
using Wengao.Diagnostics;

namespace Wengao.Authoring;

/// <summary>
/// Decodes a plain-text draft by trying encodings strictly, never from the file name: a BOM says UTF-8 or UTF-16;
/// else bytes that are valid UTF-8 are UTF-8 (GB18030 text almost never is); else GB18030 (a superset of GBK and
/// GB2312) if every byte sequence decodes; else the file is refused.
/// </summary>
internal static class DraftDecoder
{
    static DraftDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <returns>the text, with line ends as '\n', and the name of the encoding found</returns>
    public static (string Text, string Encoding) Decode(byte[] bytes, string path)
    {
        var (text, encoding) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Strict(StrictUtf8, bytes, 3, path), "UTF-8 (BOM)"),
            [0xFF, 0xFE, ..] => (Strict(new UnicodeEncoding(false, false, true), bytes, 2, path), "UTF-16"),
            [0xFE, 0xFF, ..] => (Strict(new UnicodeEncoding(true, false, true), bytes, 2, path), "UTF-16"),
            _ when bytes.AsSpan().Contains((byte)0) => throw Refuse(path, "the file is binary, not text", HintFormats),
            _ when Utf8.IsValid(bytes) => (StrictUtf8.GetString(bytes), "UTF-8"),
            _ => (Strict(Gb18030(), bytes, 0, path), "GB18030"),
        };
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            throw Refuse(path, $"the file is binary, not text (it has control characters as {encoding})", HintFormats);
        if (string.IsNullOrWhiteSpace(text))
            throw Refuse(path, "the file is empty", "import a file that holds the text of the speech");
        return (text.Replace("\r\n", "\n").Replace('\r', '\n'), encoding);
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
