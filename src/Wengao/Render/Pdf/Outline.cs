using PdfSharp.Pdf;

namespace Wengao.Render.Pdf;

/// <summary>The PDF's bookmarks: every heading, nested by level, pointing at the line it stands on.</summary>
internal sealed class Outline(PdfDocument document)
{
    private readonly List<(int Level, PdfOutline Entry)> _open = [];

    public void Add(Bookmark bookmark, PdfPage page, double top)
    {
        while (_open.Count > 0 && _open[^1].Level >= bookmark.Level) _open.RemoveAt(_open.Count - 1);
        var siblings = _open.Count == 0 ? document.Outlines : _open[^1].Entry.Outlines;
        var entry = siblings.Add(bookmark.Title, page, opened: true);
        entry.PageDestinationType = PdfPageDestinationType.FitH;
        entry.Top = top;
        _open.Add((bookmark.Level, entry));
    }
}
