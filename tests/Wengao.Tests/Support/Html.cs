using System.Xml;
using System.Xml.Linq;

namespace Wengao.Tests.Support;

/// <summary>Parses the site's pages. They are polyglot HTML5 (well-formed as XML), so the XML parser reads them strictly.</summary>
public static class Html
{
    public static XDocument Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static IEnumerable<XElement> All(this XDocument page, string name) => page.Descendants(name);

    public static string Text(this XElement element) => string.Concat(element.DescendantNodes().OfType<XText>().Select(t => t.Value));
}
