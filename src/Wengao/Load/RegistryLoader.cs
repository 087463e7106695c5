using System.Collections.Immutable;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Loads content/registry.yml: people, organisations and places, and the guards for short aliases.</summary>
internal static class RegistryLoader
{
    private static readonly (string Key, EntryKind Kind)[] Sections =
        [("people", EntryKind.Person), ("organisations", EntryKind.Organisation), ("places", EntryKind.Place)];

    // Two words or more of letters (tone marks too: Zhāng Wěi), with a pinyin apostrophe or hyphen inside one (Xi'an, Xiu-ying).
    private static bool IsPinyin(string pinyin)
    {
        var words = pinyin.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => IsLatinLetter(w[0]) && w.All(c => IsLatinLetter(c) || c is '\'' or '’' or '-'
            || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark));
    }

    // Basic Latin to Latin Extended-B: every letter of pinyin with its tone marks (ā ǎ ǚ), no ideograph.
    private static bool IsLatinLetter(char c) => char.IsLetter(c) && c < '\u0250';

    /// <param name="editions">the editions site.yml declares, which `show` may name</param>
    public static Registry Load(string contentDirectory, IReadOnlyList<Edition> editions)
    {
        var path = Path.Combine(contentDirectory, "registry.yml");
        if (!File.Exists(path)) return Registry.Empty;
        var errors = new ErrorList();
        var yaml = YamlDocument.Parse(SourceText.Read(path), path, 1, errors);
        var entries = ImmutableArray.CreateBuilder<RegistryEntry>();
        foreach (var (key, kind) in Sections)
            foreach (var e in yaml.MappingList(key))
            {
                var name = e.String("name", required: true) ?? "";
                var entry = new RegistryEntry(name, kind, e.StringList("aliases"),
                    e.String("role"), e.StringList("show"), e.Where, e.String("pinyin"), e.String("surname"));
                if (entry.Pinyin is { } pinyin && !IsPinyin(pinyin))
                    errors.Add(e.SpanOf("pinyin"), $"`pinyin: {pinyin}` is not a name in Latin letters of two words or more",
                        "write the family name first, then the given name, in letters, with a space between: `pinyin: Zhang Wei`");
                if (entry.Surname is { } surname && (surname.Length == 0 || surname.Length >= name.Length || !name.StartsWith(surname, StringComparison.Ordinal)))
                    errors.Add(e.SpanOf("surname"), $"`surname: {surname}` is not the start of the name {name}",
                        $"write the family name as the name begins with it: `surname: {(name.Length > 0 ? name[..1] : "张")}` (two characters for a compound one: 欧阳)");
                foreach (var shown in entry.Show.Where(s => editions.All(ed => ed.Name != s)))
                    errors.Add(e.SpanOf("show"), $"no edition `{shown}`", $"editions in site.yml: {string.Join(", ", editions.Select(ed => ed.Name))}");
                e.Done();
                entries.Add(entry);
            }
        // The user's guards add to those Wengao ships (Redact/Data/guards.yml), which the redactor reads.
        var (titles, keep, verbs) = (ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);
        if (yaml.Mapping("guards") is { } guards)
        {
            (titles, keep, verbs) = (guards.StringList("titles"), guards.StringList("keep"), guards.StringList("verbs"));
            guards.Done();
        }
        yaml.Done();
        errors.ThrowIfAny();
        return new Registry(entries.ToImmutable(), titles, keep, verbs);
    }
}
