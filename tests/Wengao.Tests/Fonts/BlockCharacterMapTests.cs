using System.Buffers.Binary;
using System.Text;
using Wengao.Render.Pdf.Fonts;

namespace Wengao.Tests.Fonts;

/// <summary>
/// The faces' bytes as PDFsharp is given them (BlockCharacterMap): a format 4 map of few segments that maps every BMP
/// character to the glyph the face's own map gives it. Read with a format 4 reader of the test's own.
/// </summary>
public sealed class BlockCharacterMapTests
{
    private static SfntFace Face(string family) => SystemFonts.Catalog.Value.Find(family) ?? throw new InvalidOperationException($"{family} is not installed");

    private static int U16(byte[] data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));

    private static (int Offset, int Length) Table(byte[] font, string tag)
    {
        for (var i = 0; i < U16(font, 4); i++)
            if (Encoding.ASCII.GetString(font, 12 + 16 * i, 4) == tag)
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + 16 * i + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + 16 * i + 12)));
        throw new InvalidOperationException($"no {tag}");
    }

    /// <summary>The (3,1) subtable of the font's cmap: its segment count and what it maps each BMP character to.</summary>
    private static (int Segments, int[] Glyphs) Windows(byte[] font)
    {
        var cmap = Table(font, "cmap").Offset;
        for (var i = 0; i < U16(font, cmap + 2); i++)
        {
            var at = cmap + 4 + 8 * i;
            if (U16(font, at) != 3 || U16(font, at + 2) != 1) continue;
            var sub = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(at + 4));
            Assert.Equal(4, U16(font, sub));
            var count = U16(font, sub + 6) / 2;
            int ends = sub + 14, starts = ends + 2 * count + 2, deltas = starts + 2 * count, ranges = deltas + 2 * count;
            var glyphs = new int[0x10000];
            for (var s = 0; s < count; s++)
                for (var c = U16(font, starts + 2 * s); c <= U16(font, ends + 2 * s) && c < 0xFFFF; c++)
                {
                    var range = U16(font, ranges + 2 * s);
                    var raw = range == 0 ? c : U16(font, ranges + 2 * s + range + 2 * (c - U16(font, starts + 2 * s)));
                    glyphs[c] = raw == 0 && range != 0 ? 0 : (raw + U16(font, deltas + 2 * s)) & 0xFFFF;
                }
            return (count, glyphs);
        }
        throw new InvalidOperationException("no (3,1) map");
    }

    [Theory]
    [InlineData("AR PL SungtiL GB")]
    [InlineData("AR PL KaitiM GB")]
    public void A_long_map_is_given_in_blocks_that_map_every_character_alike(string family)
    {
        var face = Face(family);
        var (segments, own) = Windows(face.Data);
        var (blocks, given) = Windows(face.PdfSharpData);
        Assert.True(segments > 3000, $"{family}: {segments} segments");
        Assert.True(blocks <= 257, $"{family}: {blocks} segments given to PDFsharp");
        Assert.Equal(own, given);
        Assert.Equal(7000, own.Count(g => g != 0), new ToleranceComparer(1000)); // GB2312's characters and more: the maps are not empty
    }

    [Theory]
    [InlineData("AR PL SungtiL GB")]
    [InlineData("AR PL KaitiM GB")]
    public void The_tables_but_the_map_are_the_faces_and_the_checksums_right(string family)
    {
        var face = Face(family);
        var given = face.PdfSharpData;
        foreach (var tag in new[] { "glyf", "loca", "hmtx", "hhea", "maxp", "name" })
        {
            var (a, b) = (Table(face.Data, tag), Table(given, tag));
            Assert.True(face.Data.AsSpan(a.Offset, a.Length).SequenceEqual(given.AsSpan(b.Offset, b.Length)), $"{family}: {tag} changed");
        }
        uint sum = 0;
        for (var i = 0; i < given.Length; i += 4)
            for (var k = 0; k < 4; k++) sum += (uint)(i + k < given.Length ? given[i + k] : 0) << (24 - 8 * k);
        Assert.Equal(0xB1B0AFBAu, sum);
    }

    [Fact]
    public void A_short_map_is_left_as_it_is()
    {
        var face = Face("WenQuanYi Zen Hei");
        Assert.True(Windows(face.Data).Segments < 300);
        Assert.Same(face.Data, face.PdfSharpData);
    }

    private sealed class ToleranceComparer(int tolerance) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(int obj) => 0;
    }
}
