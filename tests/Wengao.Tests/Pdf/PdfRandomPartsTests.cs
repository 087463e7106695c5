using System.Text;
using Wengao.Render.Pdf;

namespace Wengao.Tests.Pdf;

/// <summary>
/// The values PDFsharp draws at random on every save are found where they stand, and nothing else is: a subset tag
/// (six capitals between `/` and `+`), an XMP uuid, the trailer's two /ID strings. What is found is replaced by a
/// value derived from the document, so a miss makes two builds differ and a false find rewrites the document's bytes.
/// </summary>
public sealed class PdfRandomPartsTests
{
    private static List<string> Found(string pdf)
    {
        var bytes = Encoding.Latin1.GetBytes(pdf);
        return [.. PdfMetadata.RandomParts(bytes).Select(p => Encoding.Latin1.GetString(bytes, p.Index, p.Length))];
    }

    [Fact]
    public void Tags_uuids_and_both_ids_are_found_in_file_order()
    {
        var pdf = "/BaseFont /QWERTY+AR PL SungtiL GB xmpMM:DocumentID=\"uuid:0123abcd-4567-89ef-0123-456789abcdef\"\n"
            + "/FontName/ZXCVBN+WenQuanYi trailer << /ID [ <00FF12ab>\n<A1B2> ] >>";
        Assert.Equal(["QWERTY", "0123abcd-4567-89ef-0123-456789abcdef", "ZXCVBN", "00FF12ab", "A1B2"], Found(pdf));
    }

    [Fact]
    public void Near_misses_are_left_alone()
    {
        var pdf = "/ABCDEFG+seven /ABCDE+five /AbCDEF+lower ABCDEF+noslash uuid:0123ABCD-4567-89ef-0123-456789abcdef "
            + "uuid:0123abcd-4567 /ID <00FF> /ID [<>] /ID [<12G4>]";
        Assert.Empty(Found(pdf));
    }
}
