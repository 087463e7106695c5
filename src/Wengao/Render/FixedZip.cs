using System.IO.Compression;
using System.Text;

namespace Wengao.Render;

/// <summary>
/// A ZIP package of parts (a .docx, an OFD) whose bytes depend on the parts alone: each part in the order given, with
/// one fixed time (1980-01-01, the ZIP format's first) and one compression level, so the same document gives the same
/// bytes every time.
/// </summary>
internal static class FixedZip
{
    private static readonly DateTimeOffset Fixed = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="parts">each part's path in the package and its bytes, in the order they are written</param>
    public static byte[] Write(IEnumerable<(string Path, byte[] Bytes)> parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, Utf8))
            foreach (var (path, bytes) in parts)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = Fixed;
                using var writer = entry.Open();
                writer.Write(bytes);
            }
        return stream.ToArray();
    }
}
