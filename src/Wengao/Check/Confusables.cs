using System.Buffers;
using Wengao.Load;

namespace Wengao.Check;

/// <summary>A word written wrong, what to write instead, and why.</summary>
internal sealed record Confusable(string Wrong, string Right, string? Why);

/// <summary>
/// The dictionary of words commonly miswritten in official texts: the shipped confusables.yml, extended by
/// content/checks/confusables.yml, whose entries replace shipped ones with the same `wrong` and whose
/// `allow` phrases silence a match inside them (e.g. a proper name).
/// </summary>
internal sealed class Confusables
{
    private const string Name = "confusables.yml";
    public const string UserFile = CheckList.Folder + Name;

    private readonly Dictionary<string, Confusable> _words;
    // For each wrong word, the allowed phrases containing it and where it stands in them.
    private readonly Dictionary<string, List<(string Phrase, int At)>> _allowed = new(StringComparer.Ordinal);

    private Confusables(Dictionary<string, Confusable> words, IEnumerable<string> allow)
    {
        _words = words;
        foreach (var phrase in allow)
            foreach (var wrong in words.Keys)
                for (var at = phrase.IndexOf(wrong, StringComparison.Ordinal); at >= 0; at = phrase.IndexOf(wrong, at + 1, StringComparison.Ordinal))
                    (_allowed.TryGetValue(wrong, out var list) ? list : _allowed[wrong] = []).Add((phrase, at));
        // A vectorised search for the words' first characters finds where one may start; the longest there wins.
        _firsts = SearchValues.Create(string.Concat(words.Keys.Select(w => w[0]).Distinct()));
        _byFirst = words.Keys.GroupBy(w => w[0]).ToDictionary(g => g.Key,
            g => g.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray());
    }

    private readonly SearchValues<char> _firsts;
    private readonly Dictionary<char, string[]> _byFirst;

    /// <summary>Every entry's wrong word in the text, left to right, not overlapping; at one place the longest.</summary>
    public IEnumerable<(int Index, string Wrong)> Matches(string text)
    {
        for (var at = 0; at < text.Length;)
        {
            var next = text.AsSpan(at).IndexOfAny(_firsts);
            if (next < 0) yield break;
            at += next;
            var wrong = _byFirst[text[at]].FirstOrDefault(w => text.AsSpan(at).StartsWith(w, StringComparison.Ordinal));
            if (wrong is null) at++;
            else
            {
                yield return (at, wrong);
                at += wrong.Length;
            }
        }
    }

    public Confusable this[string wrong] => _words[wrong];

    public bool IsAllowed(string text, int index, string wrong) =>
        _allowed.TryGetValue(wrong, out var phrases)
        && phrases.Any(p => index - p.At >= 0 && text.AsSpan(index - p.At).StartsWith(p.Phrase, StringComparison.Ordinal));

    /// <param name="contentDirectory">the content folder, whose checks/confusables.yml extends the shipped words; null for those alone</param>
    public static Confusables Load(string? contentDirectory)
    {
        var words = new Dictionary<string, Confusable>(StringComparer.Ordinal);
        var allow = new List<string>();
        CheckList.Read(Name, contentDirectory, (yaml, errors) => Read(yaml, words, allow, errors));
        return new Confusables(words, allow);
    }

    private static void Read(YamlFields yaml, Dictionary<string, Confusable> words, List<string> allow, ErrorList errors)
    {
        foreach (var entry in yaml.MappingList("words"))
        {
            var wrong = entry.String("wrong", required: true);
            var right = entry.String("right", required: true);
            var why = entry.String("why");
            entry.Done();
            if (wrong is null || right is null) continue;
            if (wrong == right) errors.Add(entry.Where, $"`{wrong}` is both wrong and right", "remove the entry, or add the phrase to `allow:`");
            else words[wrong] = new Confusable(wrong, right, why);
        }
        allow.AddRange(yaml.StringList("allow"));
        yaml.Done();
    }
}
