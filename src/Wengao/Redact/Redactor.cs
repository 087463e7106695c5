using System.Text;
using Wengao.Model;

namespace Wengao.Redact;

/// <summary>One name an edition must not show, found in a text: where, and which registry entry it names.</summary>
public readonly record struct NameMatch(int Start, int End, RegistryEntry Entry);

/// <summary>
/// Finds and masks the names an edition may not show: on normalised text, longest alias first, with the registry's
/// guards for one- and two-character aliases. The same matcher masks the sources and scans the written files.
/// </summary>
public sealed class Redactor
{
    private readonly Dictionary<char, List<(string Term, RegistryEntry Entry, bool Guarded)>> _byFirst = [];
    private readonly Registry _registry;
    private readonly string[] _keep;

    public Redactor(Registry registry, Edition edition)
    {
        _registry = registry;
        _keep = [.. registry.KeepWords.Select(NormalisedText.Fold)];
        Edition = edition;
        // Guarded: one- and two-character aliases, and one-character names (a surname: 冀书记).
        var terms = registry.Entries.Where(e => !e.ShownIn(edition))
            .SelectMany(e => e.Terms.Select(t => NormalisedText.Fold(string.Concat(t.Where(c => !char.IsWhiteSpace(c)))))
                .Select((t, i) => (Term: t, Entry: e, Guarded: t.Length == 1 || i > 0 && t.Length <= 2)))
            .Where(t => t.Term.Length > 0)
            .OrderByDescending(t => t.Term.Length).ThenBy(t => t.Term, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (!_byFirst.TryGetValue(term.Term[0], out var list)) _byFirst[term.Term[0]] = list = [];
            list.Add(term);
        }
    }

    public Edition Edition { get; }

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>Every name in <paramref name="text"/> this edition may not show, as spans of the original text.</summary>
    public List<NameMatch> Find(string text)
    {
        var found = new List<NameMatch>();
        if (IsEmpty || text.Length == 0) return found;
        var normal = new NormalisedText(text);
        var s = normal.Text;
        for (var i = 0; i < s.Length;)
        {
            var hit = _byFirst.TryGetValue(s[i], out var candidates)
                ? candidates.FirstOrDefault(c => string.CompareOrdinal(s, i, c.Term, 0, c.Term.Length) == 0
                    && (!c.Guarded || Stands(s, i, c.Term)) && !InKeptWord(s, i, c.Term))
                : default;
            if (hit.Term is null) { i++; continue; }
            var (start, end) = normal.Original(i, i + hit.Term.Length);
            found.Add(new NameMatch(start, end, hit.Entry));
            i += hit.Term.Length;
        }
        return found;
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
            at = m.End;
        }
        return masked.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>A slug with Latin aliases masked, still a valid slug (the mask in Latin letters, or "x").</summary>
    public string MaskSlug(string slug)
    {
        var latin = string.Concat(NormalisedText.Fold(Edition.Mask).Where(char.IsAsciiLetterOrDigit));
        return Mask(slug).Replace(Edition.Mask, latin.Length > 0 ? latin : "x", StringComparison.Ordinal);
    }

    // A word the registry keeps as it is (白云山 for the place 白云) is never masked.
    private bool InKeptWord(string s, int at, string term)
    {
        foreach (var keep in _keep)
            for (var k = keep.IndexOf(term, StringComparison.Ordinal); k >= 0; k = keep.IndexOf(term, k + 1, StringComparison.Ordinal))
                if (at - k >= 0 && string.CompareOrdinal(s, at - k, keep, 0, keep.Length) == 0) return true;
        return false;
    }

    // A short alias stands as a name where no ideograph follows it, or a title does (海燕同志).
    private bool Stands(string s, int at, string term)
    {
        var next = at + term.Length;
        if (next >= s.Length || !IsIdeograph(s[next])) return true;
        return _registry.Titles.Any(t => string.CompareOrdinal(s, next, t, 0, t.Length) == 0);
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' || char.IsHighSurrogate(c);
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
