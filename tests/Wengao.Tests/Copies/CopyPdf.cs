using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Wengao.Tests.Copies;

/// <summary>
/// A PDF's letters read back with PdfPig as a tagged-PDF reader reads them: each marked as content or as an artifact
/// (page numbers, marks, a watermark) by the marked-content sequence it stands in, in the order drawn.
/// </summary>
internal sealed record TaggedLetter(int Page, Letter Letter, bool Artifact);

internal static class CopyPdf
{
    public static IReadOnlyList<TaggedLetter> Letters(string path)
    {
        using var document = PdfDocument.Open(path);
        var letters = new List<TaggedLetter>();
        foreach (var page in document.GetPages())
        {
            void Walk(MarkedContentElement element, bool artifact)
            {
                artifact |= element.IsArtifact;
                letters.AddRange(element.Letters.Select(l => new TaggedLetter(page.Number, l, artifact)));
                foreach (var child in element.Children) Walk(child, artifact);
            }
            foreach (var element in page.GetMarkedContents()) Walk(element, false);
        }
        return letters;
    }

    /// <summary>The document's text as a reader that skips artifacts extracts it: every page's content, in order.</summary>
    public static string Content(string path) => string.Concat(Letters(path).Where(l => !l.Artifact).Select(l => l.Letter.Value));

    /// <summary>Each page's text set at a slant (neither horizontal nor turned by a right angle): the watermark's.</summary>
    public static IReadOnlyList<(int Page, string Text, bool Artifact)> Slanted(string path) =>
        [.. Letters(path).Where(l => l.Letter.TextOrientation == TextOrientation.Other).GroupBy(l => l.Page)
            .Select(g => (g.Key, string.Concat(g.Select(l => l.Letter.Value)), g.All(l => l.Artifact)))];

    public static int Pages(string path)
    {
        using var document = PdfDocument.Open(path);
        return document.NumberOfPages;
    }
}
