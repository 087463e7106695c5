using System.Text;
using System.Xml;
using Wengao.Model;
using Wengao.Render.Html;

namespace Wengao.Render.Feeds;

/// <summary>The edition's Atom feed: its newest documents, dated from their sources, so the same sources give the same feed.</summary>
public static class AtomFeed
{
    private const int Entries = 50;

    public static string Write(Site site, IReadOnlyList<DocumentLink> documents)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            // Without a base URL the links stay relative to the feed, which sits at the site's root.
            if (site.BaseUrl is { } baseUrl) xml.WriteAttributeString("xml", "base", null, baseUrl);
            xml.WriteElementString("title", site.Title);
            xml.WriteElementString("id", site.BaseUrl ?? $"urn:wengao:{Uri.EscapeDataString(site.Title)}");
            xml.WriteElementString("updated", documents.Count == 0 ? "1970-01-01T00:00:00Z" : $"{documents[0].Date}T00:00:00Z");
            Link(xml, SitePaths.Index, "alternate");
            Link(xml, SitePaths.Feed, "self");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Organisation.Length > 0 ? site.Organisation : site.Title);
            xml.WriteEndElement();
            foreach (var d in documents.Take(Entries))
            {
                xml.WriteStartElement("entry");
                xml.WriteElementString("title", d.Title);
                xml.WriteElementString("id", $"tag:wengao,{d.Date}:{d.Url}");
                xml.WriteElementString("updated", $"{d.Date}T00:00:00Z");
                Link(xml, d.Url, "alternate");
                xml.WriteElementString("summary", $"{d.Kind}，{d.DateText}{(d.Speaker is null ? "" : "，" + d.Speaker)}");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", SitePaths.Href(href));
        xml.WriteEndElement();
    }
}
