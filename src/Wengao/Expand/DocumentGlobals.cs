using Scriban.Runtime;
using Wengao.Model;

namespace Wengao.Expand;

/// <summary>
/// What every template sees of a document as `page`, whatever its kind: title, date, slug, kind, tags, draft, and each
/// field its kind declares by its own name (page.speaker, page.issue, page.distribution.bao). The body's expressions,
/// the site's pages and the PDFs' templates all start from this one object.
/// </summary>
public static class DocumentGlobals
{
    public static ScriptObject Of(Document document)
    {
        var page = new ScriptObject
        {
            ["kind"] = document.Kind.Name,
            ["kind_label"] = document.Kind.Label,
            ["slug"] = document.Slug,
            ["title"] = document.Title,
            ["date"] = document.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["date_text"] = Text.ChineseText.Date(document.Date),
            ["tags"] = document.Tags.ToArray(),
            ["draft"] = document.Draft,
            ["author"] = document.Author,
            ["occasion"] = document.Occasion,
            ["outcomes_id"] = document.OutcomesId,
        };
        // Every declared field is a name in `page`, absent ones too (null), so a template can test `if page.copies`.
        foreach (var field in document.Kind.Fields)
            page[field.Name] = Value(field, document.Fields.GetValueOrDefault(field.Name));
        return page;
    }

    private static object? Value(FieldSpec field, FieldValue? value) => field.Type switch
    {
        // Each declared key is there, empty where the source gives none: `page.distribution.fa.size > 0`.
        FieldType.Lists => Lists(field, value),
        FieldType.Charts => (value?.Ids ?? []).Select(id => new ScriptObject { ["id"] = id, ["svg"] = "" }).ToList(),
        FieldType.List => (value?.List ?? []).ToArray(),
        _ => (object?)value?.Text ?? (object?)value?.Number ?? (object?)value?.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? value?.Flag,
    };

    private static ScriptObject Lists(FieldSpec field, FieldValue? value)
    {
        var map = new ScriptObject();
        foreach (var key in field.Keys.IsDefault ? [] : field.Keys) map[key] = Array.Empty<string>();
        foreach (var (key, items) in value?.Lists ?? []) map[key] = items.ToArray();
        return map;
    }
}
