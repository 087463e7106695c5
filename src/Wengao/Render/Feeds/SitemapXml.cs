using System.Text;
using System.Xml;
using Wengao.Model;
using Wengao.Render.Html;

namespace Wengao.Render.Feeds;

/// <summary>sitemap.xml: every page of the edition. The protocol wants absolute URLs, so they are made from `base_url` when set.</summary>
public static class SitemapXml
{
    public static string Write(Site site, IEnumerable<(string Path, DateOnly? Modified)> pages)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (path, modified) in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", (site.BaseUrl ?? "") + SitePaths.Href(path));
                if (modified is { } day) xml.WriteElementString("lastmod", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
