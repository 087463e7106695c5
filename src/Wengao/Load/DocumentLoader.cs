using System.Collections.Immutable;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>
/// Loads content/&lt;folder&gt;/YYYY-MM-DD-slug.md as a document of its kind: the fields every document has (title, date,
/// tags, outcomes, draft, furniture, distribution), then each field the kind declares, by its type; any other key is an error with the
/// nearest known key.
/// </summary>
internal static class DocumentLoader
{
    /// <param name="outcomes">the outcomes files that loaded, by id, to check the charts named</param>
    /// <param name="outcomeIds">the outcomes files that exist (one that failed to load reports its own errors)</param>
    public static Document Load(string path, DocumentKind kind, IReadOnlySet<string> outcomeIds, IReadOnlyDictionary<string, OutcomeSet> outcomes)
    {
        var source = DatedSource.Open(path, kind.Folder);
        var yaml = source.Yaml;
        var draft = yaml.Boolean("draft") ?? false;
        var texts = kind.Fields.Where(f => f.Type is FieldType.Text or FieldType.List or FieldType.Lists).Select(f => f.Name);
        var unfinished = source.Unfinished(draft, ["title", .. texts, "date", .. FurnitureFields.TextKeys]);
        var furniture = FurnitureFields.Read(yaml, source.Errors);
        var distribution = DistributionFields.Read(yaml, kind, source.Errors);
        var title = yaml.String("title", required: true) ?? "";
        var date = source.Date();
        // A tag written twice is one tag (the page lists it once, its list counts the document once); the checks warn (duplicate-tag).
        var written = yaml.StringList("tags");
        var tags = written.Distinct(StringComparer.Ordinal).ToImmutableArray();
        var outcomesId = yaml.String("outcomes");
        var fields = ImmutableSortedDictionary.CreateBuilder<string, FieldValue>(StringComparer.Ordinal);
        foreach (var field in kind.Fields)
        {
            // A document signed by its issuers (a 通知, a 报告) has them for its author; a speech names its speaker.
            var required = field.Required && !(field.Name == kind.Author && furniture.Signs);
            if (Read(yaml, field, required, source.Errors) is { } value) fields[field.Name] = value;
        }
        KindRules.Check(kind, yaml, source.Errors);
        var document = new Document(kind, source.Slug, path, title, date, tags, outcomesId, fields.ToImmutable(),
            source.Front.Body, source.Front.Head, source.BodyStart, draft || unfinished is not null, unfinished) { Furniture = furniture, Distribution = distribution, RepeatsTags = tags.Length < written.Length };
        foreach (var field in kind.Fields.Where(f => f.Type == FieldType.Charts && document.Fields.ContainsKey(f.Name)))
            Charts(yaml, field.Name, document.Fields[field.Name].Ids!.Value, outcomesId, outcomes, source.Errors);
        source.Close(outcomesId, outcomeIds);
        return document;
    }

    private static FieldValue? Read(YamlFields yaml, FieldSpec field, bool required, ErrorList errors)
    {
        var key = field.Name;
        switch (field.Type)
        {
            case FieldType.Text:
                if (yaml.String(key, required) is not { } text) return null;
                Allowed(yaml, field, [text], errors);
                if (field.Pattern is { } pattern && !Placeholder.Is(text) && !System.Text.RegularExpressions.Regex.IsMatch(text, $"^(?:{pattern})$"))
                    errors.Add(yaml.SpanOf(key), $"`{key}` `{text}` is not written as the kind expects", Means(field, field.Example is { } e ? $"e.g. `{key}: {e}`" : $"match {pattern}"));
                return new FieldValue(Text: text);
            case FieldType.Integer:
                if (yaml.Integer(key, required) is not { } number) return null;
                if (number < field.Min)
                    errors.Add(yaml.SpanOf(key), $"`{key}` must be at least {field.Min}", Means(field, $"e.g. `{key}: {field.Min}`"));
                return new FieldValue(Number: number);
            case FieldType.Date:
                return yaml.Date(key, required) is { } day ? new FieldValue(Date: day) : null;
            case FieldType.Boolean:
                return yaml.Boolean(key, required) is { } flag ? new FieldValue(Flag: flag) : null;
            case FieldType.List or FieldType.Charts:
                var list = yaml.StringList(key);
                if (list.IsEmpty && required) errors.Add(yaml.Where, $"missing required key `{key}`", Means(field, $"add a line `{key}: [...]`"));
                Allowed(yaml, field, list, errors);
                return list.IsEmpty ? null : field.Type == FieldType.List ? new FieldValue(List: list) : new FieldValue(Ids: list);
            default:
                if (yaml.Mapping(key, required) is not { } map) return null;
                var keys = field.Keys.IsDefaultOrEmpty ? map.Keys.ToImmutableArray() : field.Keys;
                var lists = keys.Select(k => (Key: k, Items: map.StringList(k))).Where(l => l.Items.Length > 0).ToImmutableArray();
                if (!field.Keys.IsDefaultOrEmpty) map.Done(); // keys the kind does not declare are errors, with the nearest
                return new FieldValue(Lists: lists);
        }
    }

    /// <summary>A field whose kind limits its values holds only those (a 公文's 文种 is one of the fifteen).</summary>
    private static void Allowed(YamlFields yaml, FieldSpec field, IEnumerable<string> given, ErrorList errors)
    {
        if (field.Values.IsDefaultOrEmpty) return;
        foreach (var value in given.Where(v => !field.Values.Contains(v) && !Placeholder.Is(v)))
            errors.Add(yaml.SpanOf(field.Name), $"`{field.Name}` `{value}` is not one of the values the kind allows",
                (Text.EditDistance.Nearest(value, field.Values) is { } near ? $"did you mean `{near}`? " : "") + $"one of: {string.Join(" ", field.Values)}");
    }

    private static string Means(FieldSpec field, string example) => field.Means.Length > 0 ? $"{field.Means}; {example}" : example;

    /// <summary>Charts come from the document's outcomes file, and each id must name one of its charts.</summary>
    private static void Charts(YamlFields yaml, string key, ImmutableArray<string> ids, string? outcomesId,
        IReadOnlyDictionary<string, OutcomeSet> outcomes, ErrorList errors)
    {
        if (outcomesId is null)
        {
            errors.Add(yaml.SpanOf(key), "charts come from an outcomes file", "add `outcomes: <id>` naming the file whose charts to show");
            return;
        }
        if (outcomes.GetValueOrDefault(outcomesId) is not { } set) return;
        foreach (var chart in ids.Where(c => set.Charts.All(d => d.Id != c)))
            errors.Add(yaml.SpanOf(key), $"no chart `{chart}` in the outcomes file `{outcomesId}`",
                $"charts there: {string.Join(", ", set.Charts.Select(c => c.Id))}");
    }
}
