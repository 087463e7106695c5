using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Wengao.Tests.Fonts;
using Wengao.Tests.Support;

namespace Wengao.Tests.Pdf;

/// <summary>
/// The font programs of the sample's PDFs as Wengao compresses them (FontPrograms, SubsetBearings): each a zlib stream
/// any reader inflates, to the TrueType subset its /Length1 gives, with right checksums, every glyph drawn there with
/// its outline and its face's metrics; the glyphs left out without side bearings; the files' offsets still right.
/// Read with PdfPig's objects and an sfnt reader of the test's own, the faces from the Debian fonts.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class FontProgramTests(SampleBuild sample)
{
    private sealed record Program(string File, string FontName, int Length1, DictionaryToken Dictionary, byte[] Font);

    private IEnumerable<string> Pdfs => Directory.GetFiles(sample.PdfDirectory, "*.pdf").Order(StringComparer.Ordinal);

    /// <summary>Each font program of <paramref name="file"/>, inflated by .NET's zlib (which checks the Adler-32 trailer), with the name its descriptor gives it.</summary>
    private static List<Program> Programs(string file)
    {
        using var document = PdfDocument.Open(file);
        var programs = new List<Program>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is not DictionaryToken descriptor
                || !descriptor.Data.TryGetValue("FontFile2", out var program)) continue;
            var stream = (StreamToken)document.Structure.GetObject(((IndirectReferenceToken)program).Data).Data;
            Assert.True(stream.StreamDictionary.Data.TryGetValue("Filter", out var filter), $"{file}: a font program without /Filter");
            Assert.Equal("FlateDecode", ((NameToken)filter).Data);
            using var inflate = new ZLibStream(new MemoryStream(stream.Data.ToArray()), CompressionMode.Decompress);
            using var font = new MemoryStream();
            inflate.CopyTo(font);
            var length1 = ((NumericToken)stream.StreamDictionary.Data["Length1"]).Int;
            programs.Add(new Program(file, ((NameToken)descriptor.Data["FontName"]).Data, length1, stream.StreamDictionary, font.ToArray()));
        }
        return programs;
    }

    // The sfnt's tables by tag: (offset, length, checksum in the directory).
    private static Dictionary<string, (int Offset, int Length, uint Checksum)> Tables(byte[] font)
    {
        var tables = new Dictionary<string, (int, int, uint)>(StringComparer.Ordinal);
        for (var i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4)); i++)
        {
            var record = font.AsSpan(12 + 16 * i);
            tables[Encoding.ASCII.GetString(record[..4])] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]), BinaryPrimitives.ReadUInt32BigEndian(record[4..]));
        }
        return tables;
    }

    private static uint Sum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
            for (var k = 0; k < 4; k++) sum += (uint)(i + k < data.Length ? data[i + k] : 0) << (24 - 8 * k);
        return sum;
    }

    private static int U16(byte[] data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));

    // Glyph g's outline: where it begins and ends in glyf (loca), and its advance and left side bearing (hmtx).
    private static (int Start, int End, int Advance, int Bearing) Glyph(byte[] font, int g)
    {
        var t = Tables(font);
        var longLoca = U16(font, t["head"].Offset + 50) == 1;
        int Loca(int i) => longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(t["loca"].Offset + 4 * i)) : 2 * U16(font, t["loca"].Offset + 2 * i);
        var metrics = U16(font, t["hhea"].Offset + 34);
        var hmtx = t["hmtx"].Offset;
        return (Loca(g), Loca(g + 1), U16(font, hmtx + 4 * Math.Min(g, metrics - 1)),
            g < metrics ? U16(font, hmtx + 4 * g + 2) : U16(font, hmtx + 4 * metrics + 2 * (g - metrics)));
    }

    [Fact]
    public void Every_font_program_is_deflated_and_inflates_to_its_length1()
    {
        var programs = Pdfs.SelectMany(Programs).ToList();
        Assert.True(programs.Count >= Pdfs.Count(), "every PDF embeds at least one font");
        Assert.All(programs, p => Assert.Equal(p.Length1, p.Font.Length));
    }

    [Fact]
    public void Font_programs_are_truetype_with_right_checksums()
    {
        foreach (var program in Programs(sample.SpeechPdf))
        {
            var tables = Tables(program.Font);
            Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(program.Font));
            foreach (var (tag, (offset, length, checksum)) in tables.Where(t => t.Key != "head"))
                Assert.True(Sum(program.Font.AsSpan(offset, length)) == checksum, $"{program.FontName}: the checksum of {tag}");
            // The whole font sums to 0xB1B0AFBA with head's checkSumAdjustment in it (OpenType, head).
            Assert.Equal(0xB1B0AFBAu, Sum(program.Font));
        }
    }

    /// <summary>
    /// Each character PdfPig reads in a font has, at the face's glyph id for it, the face's own outline and metrics in the
    /// embedded program (the PDF's CIDs are the face's glyph ids); every other glyph is empty, its bearing 0.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_drawn_glyph_is_in_its_subset_with_the_faces_metrics_and_the_rest_are_empty(bool reading)
    {
        var file = reading ? sample.ReadingPdf : sample.SpeechPdf;
        var programs = Programs(file).ToDictionary(p => p.FontName, StringComparer.Ordinal);
        using var document = PdfDocument.Open(file);
        var drawn = document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => l.FontName, StringComparer.Ordinal).ToList();
        Assert.Equal(programs.Keys.Order(StringComparer.Ordinal), drawn.Select(g => g.Key).Order(StringComparer.Ordinal));
        foreach (var letters in drawn)
        {
            var name = letters.Key!;
            var face = SystemFonts.Catalog.Value.Find(name[(name.IndexOf('+') + 1)..]) ?? throw new InvalidOperationException($"no face for {name}");
            var font = programs[name].Font;
            var glyphs = letters.Select(l => face.GlyphId(char.ConvertToUtf32(l.Value, 0))).ToHashSet();
            Assert.DoesNotContain(0, glyphs);
            foreach (var g in glyphs)
            {
                var (start, end, advance, bearing) = Glyph(font, g);
                var own = Glyph(face.Data, g);
                Assert.True(end > start, $"{letters.Key}: glyph {g} drawn but without its outline");
                Assert.Equal(face.Data.AsSpan(Tables(face.Data)["glyf"].Offset + own.Start, own.End - own.Start), font.AsSpan(Tables(font)["glyf"].Offset + start, end - start));
                Assert.Equal((own.Advance, own.Bearing), (advance, bearing));
            }
            var count = U16(font, Tables(font)["maxp"].Offset + 4);
            var empty = Enumerable.Range(1, count - 1).Where(g => !glyphs.Contains(g)).Select(g => Glyph(font, g)).Where(g => g.End == g.Start).ToList();
            Assert.True(empty.Count > count / 2, $"{letters.Key}: a subset keeps most glyphs of its face empty");
            Assert.All(empty, g => Assert.Equal(0, g.Bearing));
        }
    }

    /// <summary>The compressed programs are shorter than the raw ones: every offset after them, read from the file's own table, still points at its object.</summary>
    [Fact]
    public void Every_cross_reference_offset_points_at_its_object()
    {
        foreach (var file in Pdfs)
        {
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(file));
            var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
            var xref = int.Parse(text.AsSpan(startxref + 9).Trim()[..text.AsSpan(startxref + 9).Trim().IndexOf('\n')], CultureInfo.InvariantCulture);
            var lines = text[xref..].Split('\n');
            Assert.Equal("xref", lines[0]);
            var count = int.Parse(lines[1].Split(' ')[1], CultureInfo.InvariantCulture);
            Assert.True(count > 10);
            for (var number = 1; number < count; number++)
            {
                var entry = lines[2 + number];
                if (entry[17] != 'n') continue;
                var offset = int.Parse(entry[..10], CultureInfo.InvariantCulture);
                Assert.True(text.AsSpan(offset).StartsWith($"{number} 0 obj", StringComparison.Ordinal), $"{Path.GetFileName(file)}: object {number} is not at {offset}");
            }
        }
    }

    [Fact]
    public void Pdfs_are_byte_identical_build_after_build()
    {
        var files = sample.BothBuilds("pdf").ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.True(f.First.AsSpan().SequenceEqual(f.Again), $"{f.File} differs between two builds"));
    }
}
