using Wengao.Load;

namespace Wengao.Check;

/// <summary>
/// The names and fixed expressions that keep their Chinese numerals whatever else a text writes (GB/T 15835-2011 §4.2:
/// 已定型的含汉字数字的词语): the shipped numerals.yml, extended by content/checks/numerals.yml.
/// </summary>
internal sealed class FixedNumerals
{
    private const string Name = "numerals.yml";
    public const string UserFile = CheckList.Folder + Name;

    private readonly string[] _phrases;

    private FixedNumerals(IEnumerable<string> phrases) =>
        _phrases = [.. phrases.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="quantity"/>, at <paramref name="index"/> of <paramref name="text"/>, is part of a listed phrase there.</summary>
    // Asked only where a Chinese quantity stands, so the cost is the list's, not the text's.
    public bool Covers(string text, int index, string quantity)
    {
        foreach (var phrase in _phrases)
            for (var at = phrase.IndexOf(quantity, StringComparison.Ordinal); at >= 0; at = phrase.IndexOf(quantity, at + 1, StringComparison.Ordinal))
                if (index - at >= 0 && text.AsSpan(index - at).StartsWith(phrase, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <param name="contentDirectory">the content folder, whose checks/numerals.yml extends the shipped list; null for that alone</param>
    public static FixedNumerals Load(string? contentDirectory)
    {
        var phrases = new List<string>();
        CheckList.Read(Name, contentDirectory, (yaml, _) =>
        {
            phrases.AddRange(yaml.StringList("fixed"));
            yaml.Done();
        });
        return new FixedNumerals(phrases);
    }
}
