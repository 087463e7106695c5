using System.Text;
using Wengao.Model;

namespace Wengao.Redact;

/// <summary>One name an edition must not show, found in a text: where, and which registry entry it names.</summary>
public readonly record struct NameMatch(int Start, int End, RegistryEntry Entry);

/// <summary>
/// Finds and masks the names an edition may not show: on text read as a reader reads it (<see cref="NormalisedText"/>),
/// longest alias first, with the guards for one- and two-character aliases (<see cref="Guards"/>). The same matcher
/// masks the sources and scans the written files, so what one masks the other accepts.
/// </summary>
public sealed class Redactor
{
    private readonly Dictionary<char, List<Term>> _byFirst = [];
    // Null where the edition hides nothing: the guards fold their word lists, which builds the reading fold's tables
    // (some 30 ms at start), and an internal edition need pay for neither.
    private readonly Guards? _guards;
    private readonly Registry _registry;

    private readonly record struct Term(string Text, RegistryEntry Entry, bool Guarded, bool Person);

    public Redactor(Registry registry, Edition edition)
    {
        Edition = edition;
        _registry = registry;
        // Guarded: one- and two-character aliases, and one-character names (a surname: 冀书记).
        var terms = registry.Entries.Where(e => !e.ShownIn(edition))
            .SelectMany(e => e.Terms.Select(NormalisedText.Fold)
                .Select((t, i) => new Term(t, e, t.Length == 1 || i > 0 && t.Length <= 2, e.Kind == EntryKind.Person)))
            .Where(t => t.Text.Length > 0)
            .DistinctBy(t => (t.Text, t.Entry.Name))
            .OrderByDescending(t => t.Text.Length).ThenBy(t => t.Text, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (!_byFirst.TryGetValue(term.Text[0], out var list)) _byFirst[term.Text[0]] = list = [];
            list.Add(term);
        }
        if (_byFirst.Count > 0) _guards = Guards.For(registry);
    }

    public Edition Edition { get; }

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>
    /// The registry entries, by name, whose terms this redactor hides differently from <paramref name="before"/>; null
    /// where anything may mask differently (another edition or mask, other guards). A text in which neither masks a
    /// term of these entries is masked alike by both: at each place the longest standing term wins, and the other
    /// entries' terms are the same. So an incremental build masks and renders again only the sources that hold them.
    /// </summary>
    public IReadOnlySet<string>? ChangedFrom(Redactor before)
    {
        if (before.Edition != Edition || !before._registry.Titles.SequenceEqual(_registry.Titles)
            || !before._registry.Verbs.SequenceEqual(_registry.Verbs) || !before._registry.KeepWords.SequenceEqual(_registry.KeepWords))
            return null;
        var (now, then) = (HiddenTerms(), before.HiddenTerms());
        return now.Keys.Union(then.Keys).Where(name => now.GetValueOrDefault(name) != then.GetValueOrDefault(name)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Each hidden entry's terms as one text, with how each is matched.</summary>
    private Dictionary<string, string> HiddenTerms() =>
        _byFirst.Values.SelectMany(list => list).GroupBy(t => t.Entry.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(t => $"{t.Text} {t.Guarded} {t.Person}").Order(StringComparer.Ordinal)), StringComparer.Ordinal);

    /// <summary>Every name in <paramref name="text"/> (a source: entities and URLs decoded) this edition may not show, as spans of it.</summary>
    public List<NameMatch> Find(string text) => Find(text, Escapes.Source);

    internal List<NameMatch> Find(string text, Escapes escapes) => Find(text, escapes, [(0, text.Length)]);

    /// <summary>The names in the given ranges of <paramref name="text"/>, read on from one range to the next.</summary>
    internal List<NameMatch> Find(string text, Escapes escapes, ReadOnlySpan<(int Start, int End)> ranges)
    {
        var found = new List<NameMatch>();
        if (IsEmpty || text.Length == 0) return found;
        using var normal = NormalisedText.Of(text, escapes, ranges);
        var s = normal.Text;
        for (var i = 0; i < s.Length;)
        {
            var hit = _byFirst.TryGetValue(s[i], out var candidates) ? Match(normal, i, candidates) : null;
            if (hit is not { } term) { i++; continue; }
            var (start, end) = normal.Original(i, i + term.Text.Length);
            found.Add(new NameMatch(start, end, term.Entry));
            i += term.Text.Length;
        }
        return found;
    }

    private Term? Match(NormalisedText normal, int at, List<Term> candidates)
    {
        var s = normal.Text;
        foreach (var c in candidates)
            if (s[at..].StartsWith(c.Text, StringComparison.Ordinal)
                && (!c.Guarded || _guards!.Stands(normal, at, c.Text.Length, c.Person && c.Text.Length > 1))
                && !_guards!.InKeptWord(s, at, c.Text))
                return c;
        return null;
    }

    /// <summary>The text with every name this edition may not show replaced by its mask; counts what it masked.</summary>
    public string Mask(string text, RedactionTally? tally = null)
    {
        var matches = Find(text);
        if (matches.Count == 0) return text;
        var masked = new StringBuilder(text.Length);
        var at = 0;
        foreach (var m in matches)
        {
            masked.Append(text, at, m.Start - at).Append(Edition.Mask);
            tally?.Add(m.Entry.Name);
            at = WithClosingMarks(text, m.Start, m.End);
        }
        return masked.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Markdown's emphasis marks, which a name may have inside it (张**苇**) and the reading fold passes over.</summary>
    private const string EmphasisMarks = "*_~";

    /// <summary>
    /// The end of a masked name with the marks that close an emphasis opened inside it: 张**苇**同志 masks to xxx同志,
    /// not to xxx** with the marks left as text. Marks around the whole name (**张苇**) are the page's and stay.
    /// </summary>
    private static int WithClosingMarks(string text, int start, int end)
    {
        foreach (var mark in EmphasisMarks)
        {
            var inside = text.AsSpan(start, end - start).Count(mark);
            if (inside == 0) continue;
            var after = end;
            while (after < text.Length && after - end < inside && text[after] == mark) after++;
            if (after - end == inside) end = after;
        }
        return end;
    }

    /// <summary>A slug with Latin aliases masked, still a valid slug (the mask in Latin letters, or "x").</summary>
    public string MaskSlug(string slug)
    {
        var latin = string.Concat(NormalisedText.Fold(Edition.Mask).Where(char.IsAsciiLetterOrDigit));
        return Mask(slug).Replace(Edition.Mask, latin.Length > 0 ? latin : "x", StringComparison.Ordinal);
    }
}

/// <summary>What an edition masked: registry name → how many times, for the secretary's audit.</summary>
public sealed class RedactionTally
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string name)
    {
        lock (_counts) _counts[name] = _counts.GetValueOrDefault(name) + 1;
    }

    public IReadOnlyList<(string Name, int Count)> Counts
    {
        get { lock (_counts) return [.. _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value))]; }
    }
}
