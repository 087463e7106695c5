using System.Text;
using System.Text.Unicode;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Reads a source file as strict UTF-8, so a GBK/GB18030 file is reported instead of turned into mojibake.</summary>
public static class SourceText
{
    /// <summary>
    /// The largest source file (a speech, a briefing, a YAML file, a template) a build reads. Building takes about 120
    /// bytes of memory per byte of the largest source (measured: a 4 MB speech peaked at 0.49 GB, a 40 MB one at 5.2 GB),
    /// so 4 MiB keeps a build under half a gigabyte; the longest real speech is some 60 KB (20,000 characters).
    /// </summary>
    public const int MaxSourceBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path)
    {
        var bytes = ReadBytes(path, MaxSourceBytes, "split it into several documents (a long report into its parts)");
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        if (!Utf8.IsValid(bytes.AsSpan(start)))
            throw new BuildFailedException(new SourceError(
                FirstInvalid(path, bytes, start),
                "the file is not valid UTF-8",
                "save it as UTF-8 (it may be GB18030/GBK: convert it with `iconv -f GB18030 -t UTF-8`)"));
        var text = Strict.GetString(bytes, start, bytes.Length - start).Replace("\r\n", "\n");
        if (ControlCharacters.IndexIn(text) is var at and >= 0)
            throw new BuildFailedException(new SourceError(Locate(path, text, at),
                $"the file holds the control character {ControlCharacters.Name(text[at])}", ControlCharacters.Hint));
        return text;
    }

    /// <summary>
    /// A file's bytes, refusing what is not a regular file of at most <paramref name="limit"/> bytes. A device or a pipe
    /// reports a length of 0 and is never opened: /dev/zero read to its end filled the memory, a pipe would block.
    /// </summary>
    /// <param name="shorten">how to bring a file over the limit under it</param>
    public static byte[] ReadBytes(string path, int limit, string shorten)
    {
        // A link is judged by what it links to: its own length is that of the name it holds.
        var info = new FileInfo(path);
        if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target) info = target;
        if (info.Exists && info.Length == 0)
            throw new BuildFailedException(new SourceError(new(path, 1, 1), "the file is empty, or not a regular file (a device, a pipe)",
                "name a file that holds text"));
        if (info.Length > limit)
            throw new BuildFailedException(Oversized(path, limit, shorten));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var buffer = new byte[info.Length];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read < buffer.Length) return buffer[..read];
        // A file that grew since its length was read: read on, as far as the limit.
        using var rest = new MemoryStream();
        var chunk = new byte[81920];
        for (int n; (n = stream.Read(chunk)) > 0;)
        {
            if (buffer.Length + rest.Length + n > limit) throw new BuildFailedException(Oversized(path, limit, shorten));
            rest.Write(chunk, 0, n);
        }
        return rest.Length == 0 ? buffer : [.. buffer, .. rest.ToArray()];
    }

    private static SourceError Oversized(string path, int limit, string shorten) =>
        new(new(path, 1, 1), $"the file is larger than {limit / (1024 * 1024)} MB, the most Wengao reads from one file", shorten);

    private static SourceSpan Locate(string path, string text, int at)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return new SourceSpan(path, line, at - lineStart + 1);
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
