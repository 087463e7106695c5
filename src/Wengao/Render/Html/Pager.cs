using Scriban.Runtime;

namespace Wengao.Render.Html;

/// <summary>One page of a list cut into pages of site.yml's `lists: page_size:`: where it lives and what it holds.</summary>
/// <param name="First">the address of the list's first page</param>
public sealed record ListPage<T>(string First, int Number, int Count, IReadOnlyList<T> Items)
{
    public string Url => Pager.Url(First, Number);
}

/// <summary>
/// Long lists (the home page, the archive, each speaker's, occasion's and tag's documents, the names of each list) cut
/// into pages. Page 1 keeps the list's own address (tags/帮扶.html), page n is in the folder of that name
/// (tags/帮扶/2.html): no name of a document or list can be a folder's, so no page takes another's address.
/// </summary>
public static class Pager
{
    // The page numbers shown each side of the current one; the first and last are always shown, the rest as "…".
    private const int Window = 2;

    public static string Url(string first, int number) => number == 1 ? first : $"{first[..^".html".Length]}/{number}.html";

    /// <summary>The list's pages; an empty list has one page, empty, at its address.</summary>
    public static IReadOnlyList<ListPage<T>> Pages<T>(string first, IReadOnlyList<T> items, int size)
    {
        var count = Math.Max(1, (items.Count + size - 1) / size);
        return [.. Enumerable.Range(1, count).Select(n => new ListPage<T>(first, n, count, [.. items.Skip((n - 1) * size).Take(size)]))];
    }

    /// <summary>The page of a list that item <paramref name="index"/> (from 0) is on.</summary>
    public static int PageOf(int index, int size) => index / size + 1;

    /// <summary>What _pager.sbn draws: the page numbers with their links (root-relative, percent-encoded) and gaps, previous and next.</summary>
    public static ScriptObject View<T>(ListPage<T> page)
    {
        string Href(int n) => SitePaths.Href(Url(page.First, n));
        var shown = Enumerable.Range(1, page.Count).Where(n => n == 1 || n == page.Count || Math.Abs(n - page.Number) <= Window).ToList();
        var items = new List<ScriptObject>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] > shown[i - 1] + 1) items.Add(new ScriptObject { ["gap"] = true });
            items.Add(new ScriptObject { ["gap"] = false, ["number"] = shown[i], ["href"] = Href(shown[i]), ["current"] = shown[i] == page.Number });
        }
        return new ScriptObject
        {
            ["number"] = page.Number, ["count"] = page.Count, ["pages"] = items,
            ["previous"] = page.Number > 1 ? Href(page.Number - 1) : null,
            ["next"] = page.Number < page.Count ? Href(page.Number + 1) : null,
        };
    }
}
