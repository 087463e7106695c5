using Wengao.Model;

namespace Wengao.Render.Html;

/// <summary>Where each page lives in the site, relative to its root. Plain .html files, so links work from file:// too.</summary>
public static class SitePaths
{
    public const string Index = "index.html";
    public const string Outcomes = "outcomes.html";
    public const string Archive = "archive.html";
    public const string Topics = "topics.html";
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";
    public const string NotFound = "404.html";

    // Slugs are latin already (the loader's rule); only a Windows device name (con, nul…) changes.
    /// <summary>A document's page, in its kind's folder: speeches/&lt;slug&gt;.html.</summary>
    public static string Document(Document document) => $"{document.Kind.Folder}/{FileNames.Safe(document.Slug)}.html";

    /// <param name="suffix">which PDF of the document: "" for the manuscript, "-reading" for the reading copy</param>
    public static string Pdf(string slug, string suffix = "") => $"pdf/{FileNames.Safe(slug)}{suffix}.pdf";

    /// <summary>A document's Word file (docs/docx.md).</summary>
    public static string Docx(string slug) => $"docx/{FileNames.Safe(slug)}.docx";

    public static string Ofd(string slug) => $"ofd/{FileNames.Safe(slug)}.ofd";

    /// <summary>
    /// A page listing the documents of one speaker, occasion or tag: the name is the file name (UTF-8 on disk,
    /// percent-encoded in links, see <see cref="Href"/>), or a hashed one where it cannot be (<see cref="FileNames"/>).
    /// </summary>
    public static string Taxon(string kind, string name) => $"{kind}/{FileNames.Safe(name)}.html";

    /// <summary>All names of one list (speakers, occasions, tags) where topics.html shows only their first page: topics/speakers.html.</summary>
    public static string TopicList(string taxonomy) => $"topics/{taxonomy}.html";

    /// <summary>A path as a link: each segment percent-encoded, so Chinese file names work from any server and file://.</summary>
    public static string Href(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The relative prefix from a page back to the site root: "" or "../".</summary>
    public static string RootFrom(string page) => string.Concat(Enumerable.Repeat("../", page.Count(c => c == '/')));
}
