using System.Text;
using System.Text.Unicode;
using Wengao.Diagnostics;

namespace Wengao.Load;

/// <summary>Reads a source file as strict UTF-8, so a GBK/GB18030 file is reported instead of turned into mojibake.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        if (!Utf8.IsValid(bytes.AsSpan(start)))
            throw new BuildFailedException(new SourceError(
                FirstInvalid(path, bytes, start),
                "the file is not valid UTF-8",
                "save it as UTF-8 (it may be GB18030/GBK: convert it with `iconv -f GB18030 -t UTF-8`)"));
        return Strict.GetString(bytes, start, bytes.Length - start).Replace("\r\n", "\n");
    }

    private static SourceSpan FirstInvalid(string path, byte[] bytes, int i)
    {
        int line = 1, column = 1;
        while (i < bytes.Length)
        {
            var length = bytes[i] < 0x80 ? 1 : bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : 2;
            if (i + length > bytes.Length || !Utf8.IsValid(bytes.AsSpan(i, length))) break;
            if (bytes[i] == (byte)'\n') { line++; column = 1; } else column++;
            i += length;
        }
        return new SourceSpan(path, line, column);
    }
}
