using System.Buffers.Binary;

namespace Wengao.Render.Pdf.Fonts;

/// <summary>sfnt integers are big-endian; these helpers bounds-check so a corrupt file fails as a readable error.</summary>
internal static class BigEndian
{
    public static ushort U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(Slice(data, offset, 2));

    public static short S16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt16BigEndian(Slice(data, offset, 2));

    public static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(Slice(data, offset, 4));

    public static string Tag(ReadOnlySpan<byte> data, int offset)
    {
        var b = Slice(data, offset, 4);
        return string.Create(4, (b[0], b[1], b[2], b[3]), static (s, t) =>
        {
            s[0] = (char)t.Item1; s[1] = (char)t.Item2; s[2] = (char)t.Item3; s[3] = (char)t.Item4;
        });
    }

    public static void WriteU16(Span<byte> data, int offset, int value) => BinaryPrimitives.WriteUInt16BigEndian(data.Slice(offset, 2), (ushort)value);

    public static void WriteU32(Span<byte> data, int offset, uint value) => BinaryPrimitives.WriteUInt32BigEndian(data.Slice(offset, 4), value);

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, int offset, int length)
    {
        if (offset < 0 || offset > data.Length - length)
            throw new InvalidDataException($"font data truncated: need {length} bytes at offset {offset}, have {data.Length}");
        return data.Slice(offset, length);
    }
}
