using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Wengao.Redact;

/// <summary>An OFD's text as a reader reads it (GB/T 33190): OFD.xml's documents, each document's pages in order, each page's TextCodes in order.</summary>
internal static class OfdReading
{
    private static readonly XNamespace Ofd = Render.Ofd.OfdDocument.Namespace;

    public static string Text(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var text = new StringBuilder();
        foreach (var root in Load(zip, "OFD.xml").Descendants(Ofd + "DocRoot").Select(r => r.Value.TrimStart('/')))
        {
            var folder = root.Contains('/') ? root[..(root.LastIndexOf('/') + 1)] : "";
            foreach (var page in Load(zip, root).Descendants(Ofd + "Page"))
                foreach (var code in Load(zip, folder + ((string?)page.Attribute("BaseLoc") ?? "").TrimStart('/')).Descendants(Ofd + "TextCode"))
                    text.Append(code.Value);
        }
        return text.ToString();
    }

    private static XDocument Load(ZipArchive zip, string part)
    {
        using var stream = (zip.GetEntry(part) ?? throw new InvalidDataException($"it has no part {part}")).Open();
        return XDocument.Load(stream);
    }
}
