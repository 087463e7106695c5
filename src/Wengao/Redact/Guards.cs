using Wengao.Load;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Redact;

/// <summary>
/// When a one- or two-character alias, or a one-character name, is a name and not part of a word: where a word
/// boundary or no ideograph follows it (海燕、), a title does (海燕同志, 冀书记, 海燕副县长), or — a person's alias —
/// a verb (海燕说, 海燕对); and never inside a kept word (任何, 京津冀 for 何, 冀). The lists Wengao ships
/// (Data/guards.yml) and the registry's own, folded as the text is.
/// </summary>
internal sealed class Guards
{
    private const string Shipped = "Wengao.Redact.guards.yml";

    private static readonly Lazy<(string[] Titles, string[] Verbs, string[] Keep)> Builtin = new(Load);

    private readonly string[] _titles, _verbs, _keep;

    private Guards(string[] titles, string[] verbs, string[] keep) => (_titles, _verbs, _keep) = (titles, verbs, keep);

    public static Guards For(Registry registry)
    {
        var (titles, verbs, keep) = Builtin.Value;
        static string[] With(string[] shipped, IEnumerable<string> user) =>
            [.. shipped.Concat(user.Select(NormalisedText.Fold)).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];
        return new Guards(With(titles, registry.Titles), With(verbs, registry.Verbs), With(keep, registry.KeepWords));
    }

    /// <summary>True where the term at folded [at, at + length) stands as a name.</summary>
    /// <param name="byVerb">a person's alias of two or more characters, which a verb after it makes a name</param>
    public bool Stands(NormalisedText normal, int at, int length, bool byVerb)
    {
        var s = normal.Text;
        var next = at + length;
        if (next >= s.Length || normal.BoundaryBefore(next) || !Ideographs.Is(s[next])) return true;
        var after = s[next..];
        return StartsWithAny(after, _titles) || byVerb && StartsWithAny(after, _verbs);
    }

    /// <summary>True where a title follows the term at folded [at, at + length): a surname the registry asks for (张书记, 张 副县长).</summary>
    public bool Titled(NormalisedText normal, int at, int length) => StartsWithAny(normal.Text[(at + length)..], _titles);

    // A word the registry keeps as it is (白云山 for the place 白云) is never masked.
    public bool InKeptWord(ReadOnlySpan<char> s, int at, string term)
    {
        foreach (var keep in _keep)
            for (var k = keep.IndexOf(term, StringComparison.Ordinal); k >= 0; k = keep.IndexOf(term, k + 1, StringComparison.Ordinal))
                if (at - k >= 0 && s[(at - k)..].StartsWith(keep, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
            if (text.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static (string[], string[], string[]) Load()
    {
        using var stream = typeof(Guards).Assembly.GetManifestResourceStream(Shipped)
            ?? throw new InvalidOperationException($"{Shipped} is not embedded");
        var errors = new ErrorList();
        var yaml = YamlDocument.Parse(new StreamReader(stream).ReadToEnd(), "guards.yml (built in)", 1, errors);
        string[] List(string key) => [.. yaml.StringList(key).Select(NormalisedText.Fold)];
        var lists = (List("titles"), List("verbs"), List("keep"));
        yaml.Done();
        errors.ThrowIfAny();
        return lists;
    }
}
