namespace Wengao.Render.Html;

/// <summary>Where each page lives in the site, relative to its root. Plain .html files, so links work from file:// too.</summary>
public static class SitePaths
{
    public const string Index = "index.html";
    public const string Outcomes = "outcomes.html";

    public static string Speech(string slug) => $"speeches/{slug}.html";

    public static string Briefing(string slug) => $"briefings/{slug}.html";

    /// <param name="suffix">which PDF of the document: "" for the manuscript, "-reading" for the reading copy</param>
    public static string Pdf(string slug, string suffix = "") => $"pdf/{slug}{suffix}.pdf";

    /// <summary>The relative prefix from a page back to the site root: "" or "../".</summary>
    public static string RootFrom(string page) => string.Concat(Enumerable.Repeat("../", page.Count(c => c == '/')));
}
