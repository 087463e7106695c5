using System.Collections.Immutable;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Loads content/registry.yml: people, organisations and places, and the guards for short aliases.</summary>
internal static class RegistryLoader
{
    private static readonly (string Key, EntryKind Kind)[] Sections =
        [("people", EntryKind.Person), ("organisations", EntryKind.Organisation), ("places", EntryKind.Place)];

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
                var entry = new RegistryEntry(e.String("name", required: true) ?? "", kind, e.StringList("aliases"),
                    e.String("role"), e.StringList("show"), e.Where);
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
