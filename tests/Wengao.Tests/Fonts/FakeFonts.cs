using System.Buffers.Binary;
using System.Text;

namespace Wengao.Tests.Fonts;

/// <summary>Synthetic font files built byte by byte, for cases the installed fonts do not cover.</summary>
internal static class FakeFonts
{
    /// <summary>An 'OTTO' (OpenType/CFF) sfnt with a dummy 'CFF ' table and a name table naming <paramref name="family"/>.</summary>
    public static byte[] Cff(string family)
    {
        byte[] text = Encoding.BigEndianUnicode.GetBytes(family);
        var name = new byte[18 + text.Length];
        U16(name, 2, 1);                 // one record
        U16(name, 4, 18);                // strings start after it
        U16(name, 6, 3); U16(name, 8, 1); U16(name, 10, 0x0409); U16(name, 12, 1); // Windows, Unicode BMP, en-US, family
        U16(name, 14, text.Length);
        text.CopyTo(name, 18);

        byte[] cff = [1, 0, 4, 1];
        int header = 12 + 2 * 16;
        int nameAt = header + 4;
        var font = new byte[nameAt + ((name.Length + 3) & ~3)];
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(0), 0x4F54544F); // 'OTTO'
        U16(font, 4, 2);
        Record(font, 12, "CFF ", header, cff.Length);
        Record(font, 28, "name", nameAt, name.Length);
        cff.CopyTo(font, header);
        name.CopyTo(font, nameAt);
        return font;
    }

    private static void Record(byte[] font, int at, string tag, int offset, int length)
    {
        Encoding.ASCII.GetBytes(tag).CopyTo(font, at);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(at + 8), (uint)offset);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(at + 12), (uint)length);
    }

    private static void U16(byte[] data, int at, int value) => BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), (ushort)value);
}
