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

    /// <param name="Titled">a surname the registry asks for: a name only where a title follows it (张书记)</param>
    /// <param name="Pinyin">a pinyin spelling, read with its syllables' tone numbers too (Zhang1 Wei3); null for any other term</param>
    private readonly record struct Term(string Text, RegistryEntry Entry, bool Guarded, bool Person, bool Titled = false, PinyinWords? Pinyin = null);

    /// <summary>Where a pinyin term's words meet in its folded text (zhang|wei): a comma may stand there, as in a Western list of authors (Zhang, Wei).</summary>
    private sealed record PinyinWords(IReadOnlyList<int> Breaks)
    {
        public static PinyinWords Of(string pinyin)
        {
            var (breaks, at) = (new List<int>(), 0);
            foreach (var word in pinyin.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]) breaks.Add(at += NormalisedText.Fold(word).Length);
            return new(breaks);
        }
    }

    public Redactor(Registry registry, Edition edition)
    {
        Edition = edition;
        _registry = registry;
        var terms = registry.Entries.Where(e => !e.ShownIn(edition)).SelectMany(TermsOf)
            .Where(t => t.Text.Length > 0)
            .DistinctBy(t => (t.Text, t.Entry.Name, t.Titled))
            .OrderByDescending(t => t.Text.Length).ThenBy(t => t.Text, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (!_byFirst.TryGetValue(term.Text[0], out var list)) _byFirst[term.Text[0]] = list = [];
            list.Add(term);
        }
        if (_byFirst.Count > 0) _guards = Guards.For(registry);
    }

    // Guarded: one- and two-character aliases, and one-character names (a surname: 冀书记). The pinyin in both orders
    // (Zhang Wei, Wei Zhang) is a name of its own, matched wherever it is read as a longer name is.
    private static IEnumerable<Term> TermsOf(RegistryEntry e)
    {
        var person = e.Kind == EntryKind.Person;
        var named = e.Terms.Select(NormalisedText.Fold).Select((t, i) => new Term(t, e, t.Length == 1 || i > 0 && t.Length <= 2, person));
        var pinyin = e.PinyinOrders.Select(p => new Term(NormalisedText.Fold(p), e, false, person, Pinyin: PinyinWords.Of(p)));
        return e.Surname is { } surname ? [.. named, .. pinyin, new Term(NormalisedText.Fold(surname), e, true, person, Titled: true)] : named.Concat(pinyin);
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
            .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(t => $"{t.Text} {t.Guarded} {t.Person} {t.Titled}").Order(StringComparer.Ordinal)), StringComparer.Ordinal);

    /// <summary>
    /// Every name in <paramref name="text"/> (a source: entities and URLs decoded) this edition may not show, as spans
    /// of it, in order: those read in its text and those in the markup it passes over (a link's destination), which
    /// <see cref="Mask"/> masks on their own.
    /// </summary>
    public List<NameMatch> Find(string text)
    {
        var pieces = new List<MarkupPiece>();
        var found = Find(text, Escapes.Source, [(0, text.Length)], pieces);
        foreach (var p in pieces)
            if (p.InnerEnd > p.InnerStart)
                found.AddRange(Find(text[p.InnerStart..p.InnerEnd]).Select(m => m with { Start = m.Start + p.InnerStart, End = m.End + p.InnerStart }));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The names in the given ranges of <paramref name="text"/>, read on from one range to the next.</summary>
    internal List<NameMatch> Find(string text, Escapes escapes, ReadOnlySpan<(int Start, int End)> ranges) => Find(text, escapes, ranges, null);

    /// <param name="pieces">where given, filled with the pieces of markup the reading passed over (<see cref="NormalisedText.Kept"/>)</param>
    private List<NameMatch> Find(string text, Escapes escapes, ReadOnlySpan<(int Start, int End)> ranges, List<MarkupPiece>? pieces)
    {
        var found = new List<NameMatch>();
        if (IsEmpty || text.Length == 0) return found;
        using var normal = NormalisedText.Of(text, escapes, ranges);
        pieces?.AddRange(normal.Kept);
        var s = normal.Text;
        for (var i = 0; i < s.Length;)
        {
            var hit = _byFirst.TryGetValue(s[i], out var candidates) ? Match(normal, i, candidates) : null;
            if (hit is not var (term, length)) { i++; continue; }
            var (start, end) = normal.Original(i, i + length);
            found.Add(new NameMatch(start, end, term.Entry));
            i += length;
        }
        return found;
    }

    /// <summary>The term read at <paramref name="at"/>, with the length of the normalised text it takes.</summary>
    private (Term Term, int Length)? Match(NormalisedText normal, int at, List<Term> candidates)
    {
        var s = normal.Text;
        foreach (var c in candidates)
        {
            var length = c.Pinyin is { } words ? AsPinyin(normal, at, c.Text, words) : s[at..].StartsWith(c.Text, StringComparison.Ordinal) ? c.Text.Length : 0;
            if (length > 0
                && (c.Titled ? _guards!.Titled(normal, at, length)
                    : !c.Guarded || _guards!.Stands(normal, at, length, c.Person && c.Text.Length > 1))
                && !_guards!.InKeptWord(s, at, c.Text))
                return (c, length);
        }
        return null;
    }

    /// <summary>
    /// How much of the normalised text from <paramref name="at"/> spells the pinyin, with or without the tone numbers of
    /// its syllables (Zhang1 Wei3, zhang1wei3; 5 for the neutral tone, as dictionaries and input methods write them) and
    /// with or without a comma where its words meet (ZHANG, Wei; Zhang，Wei); 0 where it does not.
    /// A number counts as a tone only right after a letter (no space or separator between), and before a letter or, after the
    /// last syllable, before no digit: "Zhang Wei 2023" keeps its year and "Zhang Wei-3" its number.
    /// </summary>
    private static int AsPinyin(NormalisedText normal, int at, string pinyin, PinyinWords words)
    {
        var s = normal.Text;
        var (k, j) = (at, 0);
        while (j < pinyin.Length)
        {
            if (k < s.Length && s[k] == pinyin[j]) (k, j) = (k + 1, j + 1);
            else if (IsTone(normal, k) && k + 1 < s.Length && (char.IsAsciiLetter(s[k + 1]) || IsComma(s[k + 1]) && words.Breaks.Contains(j))) k++;
            else if (k + 1 < s.Length && IsComma(s[k]) && words.Breaks.Contains(j) && s[k + 1] == pinyin[j]) k++;
            else return 0;
        }
        return IsTone(normal, k) && (k + 1 == s.Length || !char.IsAsciiDigit(s[k + 1])) ? k + 1 - at : k - at;
    }

    private static bool IsComma(char c) => c is ',' or '，';

    private static bool IsTone(NormalisedText normal, int k) =>
        k > 0 && k < normal.Text.Length && normal.Text[k] is >= '1' and <= '5' && char.IsAsciiLetter(normal.Text[k - 1]) && !normal.BoundaryBefore(k);

    /// <summary>
    /// The text with every name this edition may not show replaced by its mask; counts what it masked. Markdown's
    /// structure inside a name stays around the mask (张[苇](url) → [xxx](url), 张[^1]苇 → xxx[^1], | 张 | 苇 | →
    /// | xxx| |), and what the reading passed over — a link's destination and title, a label, a tag's attributes — is
    /// masked on its own, so a name in it is masked too.
    /// </summary>
    public string Mask(string text, RedactionTally? tally = null)
    {
        if (IsEmpty || text.Length == 0) return text;
        var pieces = new List<MarkupPiece>();
        var matches = Find(text, Escapes.Source, [(0, text.Length)], pieces);
        if (matches.Count == 0 && !pieces.Exists(p => p.InnerEnd > p.InnerStart)) return text;
        var masked = new StringBuilder(text.Length);
        var (at, next) = (0, 0); // where the text is copied to, and the first piece not yet passed
        foreach (var m in matches)
        {
            var inside = pieces.Skip(next).SkipWhile(p => p.End <= m.Start).TakeWhile(p => p.End <= m.End).ToList();
            var (start, end) = WithEmphasis(text, m.Start, m.End, inside, at);
            next = Copy(text, at, start, pieces, next, masked, tally);
            foreach (var p in inside.Where(p => p.Place == MarkupPlace.Before)) masked.Append(text, p.Start, p.End - p.Start);
            masked.Append(Edition.Mask);
            tally?.Add(m.Entry.Name);
            foreach (var p in inside.Where(p => p.Place == MarkupPlace.After)) Piece(text, p, masked, tally);
            next += inside.Count;
            at = end;
        }
        Copy(text, at, text.Length, pieces, next, masked, tally);
        return masked.ToString();
    }

    // The text [from, to) as it is, but for what the pieces of markup in it hold, masked; returns the first piece after it.
    private int Copy(string text, int from, int to, List<MarkupPiece> pieces, int next, StringBuilder masked, RedactionTally? tally)
    {
        for (; next < pieces.Count && pieces[next].Start < to; next++)
        {
            var p = pieces[next];
            if (p.Start < from) continue; // passed over with closing marks
            masked.Append(text, from, p.Start - from);
            Piece(text, p, masked, tally);
            from = p.End;
        }
        masked.Append(text, from, to - from);
        return next;
    }

    private void Piece(string text, MarkupPiece p, StringBuilder masked, RedactionTally? tally) =>
        masked.Append(text, p.Start, p.InnerStart - p.Start)
            .Append(p.InnerEnd > p.InnerStart ? Mask(text[p.InnerStart..p.InnerEnd], tally) : "")
            .Append(text, p.InnerEnd, p.End - p.InnerEnd);

    /// <summary>Markdown's emphasis and code marks, which a name may have inside it (张**苇**, 张`苇`) and the reading fold passes over.</summary>
    private const string EmphasisMarks = "*_~`";

    /// <summary>
    /// A masked name's span with the marks of an emphasis or code span that a mark inside it opens or closes: 张**苇**同志
    /// masks to xxx同志 and *张*苇 to xxx, not to xxx** or *xxx with the marks left as text. Marks around the whole name
    /// (**张苇**) are the page's and stay; marks inside a piece of markup (a link's destination) are no emphasis.
    /// </summary>
    /// <param name="from">where the text is copied to: the span does not reach back before it</param>
    private static (int Start, int End) WithEmphasis(string text, int start, int end, List<MarkupPiece> inside, int from)
    {
        foreach (var mark in EmphasisMarks)
        {
            var count = text.AsSpan(start, end - start).Count(mark);
            foreach (var p in inside) count -= text.AsSpan(p.Start, p.End - p.Start).Count(mark);
            if (count <= 0) continue;
            var after = end;
            while (after < text.Length && after - end < count && text[after] == mark) after++;
            var before = start;
            while (before > from && start - before < count && text[before - 1] == mark) before--;
            if (after - end == count) end = after;
            else if (start - before == count) start = before;
        }
        return (start, end);
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
