using System.Collections.Immutable;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>
/// Reads a kind's `rules:` and checks a document against them: what its fields must hold together, as the 文种 of a
/// 公文 implies (a 请示 names one 主送机关 and its 签发人, a 纪要 is not signed). Each broken rule is an error at the field
/// that breaks it, or at the field that makes the rule apply, with the rule's reason.
/// </summary>
internal static class KindRules
{
    public static ImmutableArray<KindRule> Read(YamlFields yaml, ImmutableArray<FieldSpec> fields, ErrorList errors)
    {
        var known = fields.Select(f => f.Name).Concat(KindLoader.Common).ToHashSet(StringComparer.Ordinal);
        void Known(YamlFields at, string key, string field)
        {
            if (!known.Contains(field))
                errors.Add(at.SpanOf(key), $"`{key}` names `{field}`, which is not a field of the kind",
                    $"name a declared field ({string.Join(", ", fields.Select(f => f.Name))}) or one every document has ({string.Join(", ", KindLoader.Common)})");
        }
        var rules = ImmutableArray.CreateBuilder<KindRule>();
        foreach (var rule in yaml.MappingList("rules"))
        {
            var when = ImmutableArray.CreateBuilder<(string, ImmutableArray<string>)>();
            if (rule.Mapping("when") is { } condition)
            {
                foreach (var field in condition.Keys.ToList())
                {
                    Known(rule, "when", field);
                    when.Add((field, condition.StringList(field)));
                }
                condition.Done();
            }
            var require = rule.StringList("require");
            var forbid = rule.StringList("forbid");
            foreach (var field in require) Known(rule, "require", field);
            foreach (var field in forbid) Known(rule, "forbid", field);
            var atMost = ImmutableArray.CreateBuilder<(string, int)>();
            if (rule.Mapping("at_most") is { } limits)
            {
                foreach (var field in limits.Keys.ToList())
                {
                    Known(rule, "at_most", field);
                    if (fields.FirstOrDefault(f => f.Name == field) is { Type: not FieldType.List } spec)
                        errors.Add(rule.SpanOf("at_most"), $"`at_most` counts the items of a list field, and `{field}` is not one", "name a field of `type: list`");
                    if (limits.Integer(field, required: true) is { } count) atMost.Add((field, count));
                }
                limits.Done();
            }
            var why = rule.String("why", required: true) ?? "";
            rule.Done();
            rules.Add(new KindRule(when.ToImmutable(), require, forbid, atMost.ToImmutable(), why));
        }
        return rules.ToImmutable();
    }

    /// <summary>The document's value of a field as a rule's `when` compares it: its text, list items, or true/false.</summary>
    private static IEnumerable<string> Values(YamlFields yaml, string field) =>
        yaml.Has(field) && !yaml.IsBlank(field) ? yaml.Peek(field) : [];

    public static void Check(DocumentKind kind, YamlFields yaml, ErrorList errors)
    {
        foreach (var rule in kind.Rules)
        {
            if (!rule.When.All(w => Values(yaml, w.Field).Any(w.Values.Contains))) continue;
            var given = rule.When.Select(w => $"`{w.Field}: {string.Join("/", Values(yaml, w.Field).Intersect(w.Values))}`").ToList();
            var because = given.Count == 0 ? $"every {kind.Label}" : $"a document with {string.Join(" and ", given)}";
            var at = rule.When.Length > 0 ? yaml.SpanOf(rule.When[0].Field) : yaml.Where;
            foreach (var field in rule.Require.Where(f => !yaml.Has(f) || yaml.IsBlank(f)))
                errors.Add(at, $"{because} must give `{field}`{Means(kind, field)}", $"{rule.Why}; add `{field}: …`");
            foreach (var field in rule.Forbid.Where(f => yaml.Has(f) && !yaml.IsBlank(f)))
                errors.Add(yaml.SpanOf(field), $"{because} has no `{field}`{Means(kind, field)}", $"{rule.Why}; delete `{field}`");
            foreach (var (field, most) in rule.AtMost)
                if (Values(yaml, field).Count() is var count && count > most)
                    errors.Add(yaml.SpanOf(field), $"{because} names at most {most} in `{field}`{Means(kind, field)}, and this names {count}",
                        $"{rule.Why}; keep {most}");
        }
    }

    private static string Means(DocumentKind kind, string field) =>
        kind.Fields.FirstOrDefault(f => f.Name == field) is { Means.Length: > 0 } spec ? $" ({spec.Means.Split('，', '（', '：')[0]})"
        : FurnitureFields.Names.TryGetValue(field, out var name) ? $" ({name})" : "";
}
