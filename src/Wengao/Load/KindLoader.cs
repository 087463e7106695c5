using System.Collections.Immutable;
using System.Reflection;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>
/// Reads the kinds of document: those templates/kinds/ declares (speech and briefing are shipped there; when a templates
/// folder has no kinds/, the shipped declarations, built into Wengao), then those content/kinds/ adds or replaces.
/// </summary>
public static class KindLoader
{
    public const string Folder = "kinds";

    /// <summary>The document fields every kind has, read by the loader itself, which no kind may declare again.</summary>
    public static readonly string[] Common = ["title", "date", "tags", "outcomes", "draft", .. FurnitureFields.Keys, .. DistributionFields.Keys];

    private static readonly Dictionary<string, FieldType> Types = new(StringComparer.Ordinal)
    {
        ["text"] = FieldType.Text, ["integer"] = FieldType.Integer, ["date"] = FieldType.Date, ["boolean"] = FieldType.Boolean,
        ["list"] = FieldType.List, ["lists"] = FieldType.Lists, ["charts"] = FieldType.Charts,
    };

    /// <summary>Where a kind that gives no `order:` comes: after the shipped ones (speech 1, briefing 2), by name.</summary>
    private const int DefaultOrder = 100;


    /// <summary>
    /// Folders that are content's or the site's own (content/outcomes/, kinds/, checks/; the site's pdf/ and its lists):
    /// a kind's documents there would be read as data or written over pages.
    /// </summary>
    private static readonly string[] Reserved = ["outcomes", Folder, "checks", "pdf", Taxonomy.Speakers, Taxonomy.Occasions, Taxonomy.Tags, "images"];

    /// <param name="templates">the templates folder; null for the shipped kinds alone (`wengao check` reads no templates)</param>
    /// <param name="cache">the kinds of earlier loads, reused while their declarations are unchanged (`wengao serve`)</param>
    public static ImmutableArray<DocumentKind> Load(string? templates, string content, SourceCache? cache = null)
    {
        DocumentKind File(string path) => cache is null ? Read(SourceText.Read(path), path) : cache.Get(path, "", () => Read(SourceText.Read(path), path));
        var errors = new ErrorList();
        var kinds = new List<DocumentKind>();
        void Add(DocumentKind? kind)
        {
            if (kind is null) return;
            var at = kinds.FindIndex(k => k.Name == kind.Name);
            if (at >= 0) kinds[at] = kind; else kinds.Add(kind);
        }
        var shipped = templates is null ? null : Path.Combine(templates, Folder);
        if (shipped is not null && Directory.Exists(shipped))
            foreach (var path in Files(shipped)) Add(errors.Catch(() => File(path)));
        else
            foreach (var kind in Shipped.Value) Add(kind);
        foreach (var path in Files(Path.Combine(content, Folder))) Add(errors.Catch(() => File(path)));
        foreach (var clash in kinds.GroupBy(k => k.Folder).Where(g => g.Count() > 1))
            errors.Add(clash.Last().Where, $"the kinds {string.Join(" and ", clash.Select(k => $"`{k.Name}`"))} share the folder `{clash.Key}`",
                "give each kind a folder of its own under `folder:`");
        errors.ThrowIfAny();
        return [.. kinds.OrderBy(k => k.Order).ThenBy(k => k.Name, StringComparer.Ordinal)];
    }

    private static DocumentKind Read(string text, string path)
    {
        var errors = new ErrorList();
        var yaml = YamlDocument.Parse(text, path, 1, errors);
        var name = yaml.String("name", required: true) ?? "";
        if (name.Length > 0 && !Text.Slugs.Is(name))
            errors.Add(yaml.SpanOf("name"), $"the kind's name `{name}` is not a short latin id", "e.g. `name: minutes`: lower-case letters, digits and '-'");
        var folder = yaml.String("folder", required: true) ?? "";
        if (folder.Length > 0 && !Text.Slugs.Is(folder))
            errors.Add(yaml.SpanOf("folder"), $"the folder `{folder}` is not a short latin name", "e.g. `folder: minutes`; it names content/<folder>/ and the site's folder");
        else if (Reserved.Contains(folder))
            errors.Add(yaml.SpanOf("folder"), $"the folder `{folder}` is the content's or the site's own", $"name another; these are taken: {string.Join(", ", Reserved)}");
        var fields = Fields(yaml, errors);
        string? Field(string key)
        {
            var field = yaml.String(key);
            if (field is not null && fields.All(f => f.Name != field))
                errors.Add(yaml.SpanOf(key), $"`{key}` names `{field}`, which is not a field of the kind",
                    $"name one of the fields declared under `fields:`: {string.Join(", ", fields.Select(f => f.Name))}");
            return field;
        }
        var label = yaml.String("label") ?? name;
        var kind = new DocumentKind(
            Name: name,
            Label: label,
            Short: yaml.String("short") ?? label,
            Folder: folder,
            ListTitle: yaml.String("list_title") ?? label,
            Fields: fields,
            Page: yaml.String("page") ?? "document.sbn",
            ListTemplate: yaml.String("list") ?? "_list.sbn",
            Pdfs: Pdfs(yaml),
            Archetype: yaml.String("archetype") ?? "document.md",
            Author: Field("author"),
            Occasion: Field("occasion"),
            Import: Import(yaml.Mapping("import"), errors),
            Where: new SourceSpan(path, 1, 1))
        {
            Order = yaml.Integer("order") ?? DefaultOrder,
            Rules = KindRules.Read(yaml, fields, errors),
            Version = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
        };
        yaml.Done();
        errors.ThrowIfAny(); // a kind with errors is no kind: its documents would be read wrongly
        return kind;
    }

    private static ImmutableArray<FieldSpec> Fields(YamlFields yaml, ErrorList errors)
    {
        if (yaml.Mapping("fields") is not { } map) return [];
        var fields = ImmutableArray.CreateBuilder<FieldSpec>();
        foreach (var key in map.Keys.ToList())
        {
            if (map.Mapping(key, required: true) is not { } spec) continue;
            if (Common.Contains(key))
                errors.Add(map.SpanOf(key), $"`{key}` is a field every document has", "delete it here; `title`, `date`, `tags`, `outcomes`, `draft`, the furniture fields, `issued_to` and `watermark` are read for every kind");
            var typeName = spec.String("type", required: true) ?? "text";
            if (!Types.TryGetValue(typeName, out var type))
                errors.Add(spec.SpanOf("type"), $"unknown field type `{typeName}`", $"one of: {string.Join(", ", Types.Keys)}");
            var taxonomy = spec.String("taxonomy");
            if (taxonomy is not null && !Taxonomy.OfFields.Contains(taxonomy))
                errors.Add(spec.SpanOf("taxonomy"), $"unknown list `{taxonomy}`", $"one of: {string.Join(", ", Taxonomy.OfFields)}");
            var values = spec.StringList("values");
            if (!values.IsEmpty && type is not (FieldType.Text or FieldType.List))
                errors.Add(spec.SpanOf("values"), $"`values` limits a text or list field, and `{key}` is a {typeName}", "delete `values`, or make the field `type: text`");
            var pattern = spec.String("pattern");
            if (pattern is not null && type != FieldType.Text)
                errors.Add(spec.SpanOf("pattern"), $"`pattern` checks a text field, and `{key}` is a {typeName}", "delete `pattern`, or make the field `type: text`");
            else if (pattern is not null && !IsPattern(pattern))
                errors.Add(spec.SpanOf("pattern"), $"`{pattern}` is not a regular expression", "write it as .NET writes them, e.g. '^(绝密|机密|秘密)(★[0-9]+年)?$'");
            fields.Add(new FieldSpec(key, type, spec.Boolean("required") ?? false, spec.String("means") ?? "", spec.Integer("min"),
                spec.StringList("keys"), taxonomy, spec.Boolean("prose") ?? false, values, pattern, spec.String("example")));
            spec.Done();
        }
        return fields.ToImmutable();
    }

    private static ImmutableArray<PdfOutput> Pdfs(YamlFields yaml)
    {
        if (!yaml.Has("pdfs")) return [new PdfOutput("document.sbn", "", "PDF")];
        return [.. yaml.MappingList("pdfs").Select(pdf =>
        {
            var output = new PdfOutput(pdf.String("template", required: true) ?? "", pdf.String("suffix") ?? "", pdf.String("label") ?? "PDF",
                pdf.Boolean("copies") ?? false);
            pdf.Done();
            return output;
        })];
    }

    private static bool IsPattern(string pattern)
    {
        try { _ = new System.Text.RegularExpressions.Regex(pattern); return true; }
        catch (ArgumentException) { return false; }
    }

    private static ImportRule Import(YamlFields? yaml, ErrorList errors)
    {
        if (yaml is null) return ImportRule.Plain;
        var rule = new ImportRule(yaml.StringList("recognise"), yaml.String("salutation"), yaml.Boolean("byline") ?? false,
            yaml.Boolean("furniture") ?? false, yaml.String("addressee"), yaml.String("genre"), yaml.String("mark"), yaml.String("mark_word"),
            yaml.String("signers"), yaml.String("secrecy"), yaml.String("urgency"), Masthead(yaml.Mapping("masthead")));
        foreach (var pattern in rule.Recognise.Where(p => !IsPattern(p)))
            errors.Add(yaml.SpanOf("recognise"), $"`{pattern}` is not a regular expression", "write each as .NET writes them, e.g. '^第[0-9一二三四五六七八九十]+期$'");
        yaml.Done();
        return rule;
    }

    private static MastheadRule? Masthead(YamlFields? yaml)
    {
        if (yaml is null) return null;
        var labels = yaml.Mapping("labels");
        var rule = new MastheadRule(yaml.String("name"), yaml.String("issue"), yaml.String("distribution"),
            labels is null ? [] : [.. labels.Keys.Select(label => (label, labels.String(label) ?? ""))], yaml.String("copies"));
        labels?.Done();
        yaml.Done();
        return rule;
    }

    private static string[] Files(string directory)
    {
        if (!Directory.Exists(directory)) return [];
        var files = Directory.GetFiles(directory, "*.yml");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>The shipped speech kind: what a draft outside any project is checked and imported as.</summary>
    public static DocumentKind Speech => Shipped.Value.Single(k => k.Name == "speech");

    // templates/kinds/*.yml, built in (Wengao.csproj) for a templates folder without its own; read once.
    private static readonly Lazy<ImmutableArray<DocumentKind>> Shipped = new(() =>
    {
        var assembly = typeof(KindLoader).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith("Wengao.Kinds.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return Read(reader.ReadToEnd(), $"templates/kinds/{name["Wengao.Kinds.".Length..]}");
            }).ToImmutableArray();
    });
}
