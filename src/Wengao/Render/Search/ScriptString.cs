using System.Buffers;
using System.Text;

namespace Wengao.Render.Search;

/// <summary>
/// A chunk's text as a JSON string, written without a JSON writer: 2,000 characters a chunk and ten thousand chunks at
/// 5,000 documents, where the writer's escaper looked at each ideograph in turn. Runs of characters that need no escape are
/// found at once (vectorised) and copied as UTF-8. Escaped are what JSON and a script must: the quote, the backslash,
/// control characters, the JavaScript line terminators U+2028 and U+2029, and a lone half of a surrogate pair (not UTF-8).
/// </summary>
internal static class ScriptString
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\', '\u2028', '\u2029', .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c)]);

    /// <summary><paramref name="head"/>, <paramref name="fields"/>, <paramref name="name"/>, the text as a quoted string, then <paramref name="end"/>.</summary>
    public static byte[] Append(ReadOnlySpan<byte> head, ReadOnlySpan<byte> fields, ReadOnlySpan<byte> name, ReadOnlySpan<char> text, ReadOnlySpan<byte> end)
    {
        var buffer = new ArrayBufferWriter<byte>(head.Length + fields.Length + name.Length + text.Length * 3 + end.Length + 16);
        buffer.Write(head);
        buffer.Write(fields);
        buffer.Write(name);
        buffer.Write("\""u8);
        while (!text.IsEmpty)
        {
            var plain = text.IndexOfAny(Escaped);
            var run = plain < 0 ? text : text[..plain];
            buffer.Advance(Encoding.UTF8.GetBytes(run, buffer.GetSpan(run.Length * 3)));
            if (plain < 0) break;
            var c = text[plain];
            if (char.IsHighSurrogate(c) && plain + 1 < text.Length && char.IsLowSurrogate(text[plain + 1]))
            {
                buffer.Advance(Encoding.UTF8.GetBytes(text.Slice(plain, 2), buffer.GetSpan(4)));
                text = text[(plain + 2)..];
                continue;
            }
            buffer.Write(Escape(c));
            text = text[(plain + 1)..];
        }
        buffer.Write("\""u8);
        buffer.Write(end);
        return buffer.WrittenSpan.ToArray();
    }

    private static ReadOnlySpan<byte> Escape(char c) => c switch
    {
        '"' => "\\\""u8,
        '\\' => "\\\\"u8,
        '\n' => "\\n"u8,
        '\r' => "\\r"u8,
        '\t' => "\\t"u8,
        _ => Encoding.ASCII.GetBytes($"\\u{(int)c:X4}"),
    };
}
