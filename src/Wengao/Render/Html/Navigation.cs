using Wengao.Model;
using Wengao.Parse;
using Wengao.Text;

namespace Wengao.Render.Html;

/// <summary>A document as lists show it: a link with its date and kind.</summary>
public sealed record DocumentLink(string Title, string Url, string Date, string DateText, string Kind, DateOnly Day,
    IReadOnlyList<string> Tags, string? Speaker, string? Occasion, string? Outcomes);

/// <summary>A speaker, occasion or tag with the documents under it; <see cref="Href"/> is its link, percent-encoded.</summary>
public sealed record Taxon(string Name, string Url, IReadOnlyList<DocumentLink> Documents)
{
    public string Href => SitePaths.Href(Url);
}

/// <summary>A month of the archive; <see cref="Id"/> is its section's anchor on the archive's pages.</summary>
public sealed record ArchiveMonth(int Year, int Month, string Label, IReadOnlyList<DocumentLink> Documents)
{
    public string Id => IdOf(new DateOnly(Year, Month, 1));

    /// <summary>The anchor of the month a day is in: m2024-1.</summary>
    public static string IdOf(DateOnly day) => $"m{day.Year}-{day.Month}";

    /// <summary>Its heading: 2024年1月.</summary>
    public static string LabelOf(DateOnly day) => $"{day.Year}年{day.Month}月";

    public static ArchiveMonth Of(int year, int month, IReadOnlyList<DocumentLink> documents) => new(year, month, LabelOf(new DateOnly(year, month, 1)), documents);
}

/// <summary>A year of the archive's index, with its months, newest first.</summary>
public sealed record ArchiveYear(int Year, string Label, IReadOnlyList<ArchiveMonth> Months);

/// <summary>
/// How an edition's documents connect: newest first, previous/next within their kind, related by tags and
/// outcomes, and the archive, speaker, occasion and tag lists. Built once per edition, linear in the documents.
/// </summary>
public sealed class Navigation
{
    private readonly Dictionary<string, (DocumentLink? Older, DocumentLink? Newer)> _neighbours = [];
    private readonly Dictionary<string, DocumentLink> _byUrl = [];

    /// <param name="documents">every document of the edition, newest first</param>
    /// <param name="names">the order of names in the speaker, occasion and tag lists (site.yml's `lists: name_order:`)</param>
    public Navigation(IEnumerable<ParsedDocument> documents, NameOrdering names = NameOrdering.Pinyin)
    {
        (_names, _people) = (Names(names, people: false), Names(names, people: true));
        var links = documents.Select(p => p.Document).Select(d => (d.Kind.Name, Link: new DocumentLink(d.Title, SitePaths.Document(d),
            Iso(d.Date), ChineseText.Date(d.Date), d.Kind.Label, d.Date, d.Tags, Listed(d, Taxonomy.Speakers), Listed(d, Taxonomy.Occasions), d.OutcomesId))).ToList();
        foreach (var list in links.GroupBy(l => l.Name).Select(g => g.Select(l => l.Link).ToList()))
            for (var i = 0; i < list.Count; i++) // lists are newest first
                _neighbours[list[i].Url] = (i + 1 < list.Count ? list[i + 1] : null, i > 0 ? list[i - 1] : null);
        All = [.. links.Select(l => l.Link).OrderByDescending(d => d.Day).ThenBy(d => d.Url, StringComparer.Ordinal)];
        foreach (var d in All) _byUrl[d.Url] = d;
        SpeakerList = Group(Taxonomy.Speakers, d => d.Speaker is null ? [] : [d.Speaker], _people);
        OccasionList = Group(Taxonomy.Occasions, d => d.Occasion is null ? [] : [d.Occasion], _names);
        TagList = Group(Taxonomy.Tags, d => d.Tags, _names);
        Archive = [.. All.GroupBy(d => (d.Day.Year, d.Day.Month))
            .Select(g => ArchiveMonth.Of(g.Key.Year, g.Key.Month, [.. g]))];
        Years = [.. Archive.GroupBy(m => m.Year).Select(g => new ArchiveYear(g.Key, $"{g.Key}年", [.. g]))];
        for (var i = 0; i < All.Count; i++) _indexOf[All[i].Url] = i;
        IndexRelations();
    }

    /// <summary>Every document, newest first.</summary>
    public IReadOnlyList<DocumentLink> All { get; }
    public IReadOnlyList<Taxon> SpeakerList { get; }
    public IReadOnlyList<Taxon> OccasionList { get; }
    public IReadOnlyList<Taxon> TagList { get; }
    public IReadOnlyList<ArchiveMonth> Archive { get; }
    public IReadOnlyList<ArchiveYear> Years { get; }

    /// <summary>Where a document stands in <see cref="All"/>: its place in the archive, for the archive's page it is on.</summary>
    public int IndexOf(DocumentLink document) => _indexOf[document.Url];

    private readonly Dictionary<string, int> _indexOf = [];
    // Occasions and tags, and the speakers: people, whose surnames are read as surnames.
    private readonly NameOrder _names, _people;

    /// <summary>The order of site.yml's `lists: name_order:` for names, or for people's names (a speaker's: surnames read as surnames).</summary>
    public static NameOrder Names(NameOrdering names, bool people) => (names == NameOrdering.Strokes, people) switch
    {
        (true, true) => NameOrder.StrokesPeople,
        (true, false) => NameOrder.Strokes,
        (false, true) => NameOrder.PinyinPeople,
        (false, false) => NameOrder.Pinyin,
    };

    public (DocumentLink? Older, DocumentLink? Newer) Neighbours(string url) => _neighbours.GetValueOrDefault(url);

    public DocumentLink Find(string url) => _byUrl[url];

    /// <summary>
    /// Up to five documents that share most tags or the outcomes data with this one, nearest in time first.
    /// Candidates are the few nearest in each shared list, so a large archive costs no more per page.
    /// </summary>
    public IReadOnlyList<DocumentLink> Related(DocumentLink self)
    {
        var keys = _keys[self.Url];
        var candidates = new HashSet<DocumentLink>(ReferenceEqualityComparer.Instance);
        foreach (var key in keys)
        {
            var (list, at) = (_lists[key], _positions[(key, self.Url)]);
            for (var i = Math.Max(0, at - Nearest); i < Math.Min(list.Count, at + Nearest + 1); i++)
                if (i != at) candidates.Add(list[i]);
        }
        candidates.RemoveWhere(d => d.Url == self.Url); // never itself, however its keys were written
        return [.. candidates.Select(d => (Doc: d, Score: _keys[d.Url].Count(keys.Contains)))
            .OrderByDescending(x => x.Score).ThenBy(x => Math.Abs(x.Doc.Day.DayNumber - self.Day.DayNumber))
            .ThenBy(x => x.Doc.Url, StringComparer.Ordinal).Take(5).Select(x => x.Doc)];
    }

    private const int Nearest = 5;
    private readonly Dictionary<string, List<DocumentLink>> _lists = [];
    private readonly Dictionary<(string, string), int> _positions = [];
    private readonly Dictionary<string, string[]> _keys = [];

    private static IEnumerable<string> Keys(DocumentLink d) =>
        d.Tags.Select(t => "tag:" + t).Concat(d.Outcomes is null ? [] : ["outcomes:" + d.Outcomes]);

    private void IndexRelations()
    {
        foreach (var d in All)
            foreach (var key in _keys[d.Url] = [.. Keys(d)])
            {
                if (!_lists.TryGetValue(key, out var list)) _lists[key] = list = [];
                _positions[(key, d.Url)] = list.Count;
                list.Add(d);
            }
    }

    private IReadOnlyList<Taxon> Group(string kind, Func<DocumentLink, IEnumerable<string>> names, NameOrder order) =>
        [.. All.SelectMany(d => names(d).Select(n => (Name: n, Doc: d))).GroupBy(x => x.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, order)
            .Select(g => new Taxon(g.Key, SitePaths.Taxon(kind, g.Key), [.. g.Select(x => x.Doc).Distinct()]))];

    /// <summary>
    /// The value of the field a document's kind lists under <paramref name="taxonomy"/> (its speaker, its occasion); for
    /// the author's field, a signed document's issuer where it names no speaker.
    /// </summary>
    private static string? Listed(Document document, string taxonomy) =>
        document.Kind.Fields.FirstOrDefault(f => f.Taxonomy == taxonomy) is not { } field ? null
        : field.Name == document.Kind.Author ? document.Author : document.Text(field.Name);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
