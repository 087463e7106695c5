using System.Collections.Immutable;

namespace Wengao.Model;

/// <summary>An edition of the site (internal, public): what it is called and how it masks what it may not show.</summary>
public sealed record Edition(string Name, string Mask);

public enum EntryKind { Person, Organisation, Place }

/// <summary>A person, organisation or place of content/registry.yml, with the editions that may show it.</summary>
/// <param name="Aliases">other ways the text names it: short forms (海燕), Latin spellings for slugs (lijianqin)</param>
/// <param name="Pinyin">the name in Latin letters, family name first (Zhang Wei, Ouyang Xiu): a person's read in either order</param>
/// <param name="Surname">the family name (张, 欧阳), asked for where a title after it names this person (张书记, 张副县长)</param>
public sealed record RegistryEntry(string Name, EntryKind Kind, ImmutableArray<string> Aliases, string? Role,
    ImmutableArray<string> Show, SourceSpan Where, string? Pinyin = null, string? Surname = null)
{
    public IEnumerable<string> Terms => Aliases.Prepend(Name);

    /// <summary>
    /// The pinyin as written (Zhang Wei) and, for a person, in the Western order, given name first (Wei Zhang, Xiuying Wang): a name
    /// in an English text or a byline is written either way. The first word is the family name, the rest the given name.
    /// With ü (Lü Bu, 吕布) also as it is typed and as passports write it: Lv Bu, Lyu Bu (and Lu Bu, the ü read without its dots).
    /// </summary>
    public IEnumerable<string> PinyinOrders
    {
        get
        {
            if (Pinyin is null) return [];
            var words = Pinyin.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // A place or organisation is not reordered: Hanyang Zhen is never Zhen Hanyang.
            string[] orders = Kind == EntryKind.Person && words.Length > 1
                ? [string.Join(' ', words), string.Join(' ', words[1..].Append(words[0]))] : [string.Join(' ', words)];
            return orders.SelectMany(o => UmlautU.Any(o.Contains) || o.Contains("u\u0308", StringComparison.OrdinalIgnoreCase)
                ? [o, WithU(o, "v"), WithU(o, "yu")] : new[] { o });
        }
    }

    // ü with or without a tone mark, precomposed or as u + U+0308.
    private const string UmlautU = "üÜǖǘǚǜǕǗǙǛ";

    private static string WithU(string pinyin, string u)
    {
        var text = pinyin.Replace("u\u0308", "ü").Replace("U\u0308", "Ü");
        foreach (var c in UmlautU) text = text.Replace(c.ToString(), u);
        return System.Text.RegularExpressions.Regex.Replace(text, "\\p{Mn}", "");
    }

    public bool ShownIn(Edition edition) => Show.Contains(edition.Name);
}

/// <summary>
/// The registry, and the guards that keep names from masking words that merely contain them: a one- or
/// two-character alias (or a one-character name) counts only where an ideograph does not follow it, or a title
/// does (海燕同志, 冀书记), or for a person's alias a verb (海燕说); no name counts inside a word listed in
/// <see cref="KeepWords"/> (白云山 for 白云). The lists are the user's, added to those Wengao ships (Redact/Data/guards.yml).
/// </summary>
public sealed record Registry(ImmutableArray<RegistryEntry> Entries, ImmutableArray<string> Titles, ImmutableArray<string> KeepWords,
    ImmutableArray<string> Verbs)
{
    public static readonly Registry Empty = new([], [], [], []);
}
