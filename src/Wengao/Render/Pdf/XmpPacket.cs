using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using PdfSharp.Pdf;

namespace Wengao.Render.Pdf;

/// <summary>
/// The PDF's XMP packet made well-formed XML. PDFsharp 6.2.4 writes the packet on every save from the document
/// information (PdfMetadata.GenerateXmp, created in PdfDocument.PrepareForSave, which no option turns off) and pastes
/// each value into the XML as it is: a title or tag with &amp; or &lt; (关于&lt;A&gt;&amp;B的讲话) makes a packet no
/// XML reader can read, and PDF/A-1 (ISO 19005-1 §6.7.2) requires the metadata stream to be valid XMP. So after the
/// save each value PDFsharp pasted is written again, escaped, in its place, and the stream's /Length, the
/// cross-reference offsets after it and startxref are moved by what the packet grew.
/// </summary>
internal static partial class XmpPacket
{
    private const string Begin = "<?xpacket begin=";
    private const string End = "<?xpacket end=";

    [GeneratedRegex(@"/Length (?<n>\d+)")]
    private static partial Regex LengthEntry();

    /// <summary>The saved PDF with its packet's values escaped; the same bytes where nothing needed escaping.</summary>
    public static byte[] Escape(byte[] pdf, PdfDocumentInformation info)
    {
        // Latin-1 maps bytes to chars one to one, so indexes are byte offsets.
        var file = Encoding.Latin1.GetString(pdf);
        var begin = file.IndexOf(Begin, StringComparison.Ordinal);
        var close = begin < 0 ? -1 : file.IndexOf(End, begin, StringComparison.Ordinal);
        if (close < 0) return pdf;
        var end = file.IndexOf("?>", close, StringComparison.Ordinal) + 2;
        var packet = Encoding.UTF8.GetString(pdf, begin, end - begin);
        var escaped = Escaped(packet, info);
        if (escaped == packet) return pdf;

        var grown = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(escaped));
        var objectStart = file.LastIndexOf(" obj", begin, StringComparison.Ordinal);
        var length = LengthEntry().Match(file, objectStart, begin - objectStart);
        if (objectStart < 0 || !length.Success) throw new InvalidOperationException("PDFsharp wrote the XMP stream without a /Length");
        var newLength = (int.Parse(length.Groups["n"].Value, CultureInfo.InvariantCulture) + grown.Length - (end - begin)).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder(file.Length + grown.Length)
            .Append(file, 0, length.Groups["n"].Index).Append(newLength)
            .Append(file, length.Groups["n"].Index + length.Groups["n"].Length, begin - length.Groups["n"].Index - length.Groups["n"].Length)
            .Append(grown).Append(file, end, file.Length - end).ToString();
        var shift = text.Length - file.Length;
        return CrossReference.Moved(Encoding.Latin1.GetBytes(text), offset => offset > begin ? offset + shift : offset);
    }

    // Each value PDFsharp pasted, found in the packet's order after the one before, written again as XML text.
    private static string Escaped(string packet, PdfDocumentInformation info)
    {
        (string Open, string Value, string Close)[] fields =
        [
            ("<pdf:Producer>", info.Producer, "</pdf:Producer>"),
            ("<pdf:Keywords>", info.Keywords, "</pdf:Keywords>"),
            ("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">", info.Title, "</rdf:li>"),
            ("<dc:creator><rdf:Seq><rdf:li>", info.Author, "</rdf:li>"),
            ("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">", info.Subject, "</rdf:li>"),
            ("<xmp:CreatorTool>", info.Creator, "</xmp:CreatorTool>"),
        ];
        var result = new StringBuilder(packet.Length + 64);
        var at = 0;
        foreach (var (open, value, closing) in fields)
        {
            var pasted = open + value + closing;
            var found = packet.IndexOf(pasted, at, StringComparison.Ordinal);
            if (found < 0) throw new InvalidOperationException($"PDFsharp's XMP packet no longer holds {open}…{closing} as written: see XmpPacket");
            result.Append(packet, at, found - at).Append(open).Append(XmlText(value)).Append(closing);
            at = found + pasted.Length;
        }
        return result.Append(packet, at, packet.Length - at).ToString();
    }

    // &, < and > escaped; characters XML 1.0 cannot hold at all (C0 controls but tab and line ends, U+FFFE, lone surrogates) left out.
    private static string XmlText(string value)
    {
        var text = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { text.Append(c).Append(value[++i]); continue; }
            if (!XmlConvert.IsXmlChar(c)) continue;
            text.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
        }
        return text.ToString();
    }
}
