using Scriban;
using Scriban.Runtime;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Authoring;

/// <summary>
/// `wengao new`: renders the kind's archetype (templates/archetypes/, as its declaration names it: a Scriban template the
/// user may edit) with the title, the date and the kind into a new source, never over an existing file.
/// </summary>
public static class NewSource
{
    /// <returns>the path written</returns>
    public static string Create(DocumentKind kind, string title, string content, string templates, DateOnly date, string? slug = null)
    {
        var archetype = Path.Combine(templates, "archetypes", kind.Archetype);
        if (!File.Exists(archetype))
            throw new BuildFailedException(new SourceError(new(archetype, 1, 1), "the archetype does not exist",
                "create it (copy one from the sample's templates/archetypes/), or name the templates folder with --templates DIR"));
        var path = SourceName.PathFor(content, kind, date, slug);
        var template = Template.Parse(File.ReadAllText(archetype).Replace("\r\n", "\n"), archetype);
        if (template.HasErrors)
        {
            var first = template.Messages[0];
            throw new BuildFailedException(new SourceError(new(archetype, first.Span.Start.Line + 1, first.Span.Start.Column + 1),
                first.Message, "archetypes are Scriban templates: {{ title | quote }}, {{ date }}"));
        }
        var globals = new ScriptObject { ["title"] = title, ["date"] = date.ToString("yyyy-MM-dd"), ["kind"] = KindView(kind) };
        globals["quote"] = DelegateCustomFunction.CreateFunc<string, string>(YamlText.Quote); // typed: no reflection over the delegate
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(globals);
        string text;
        try { text = template.Render(context); }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new BuildFailedException(new SourceError(new(archetype, e.Span.Start.Line + 1, e.Span.Start.Column + 1),
                e.OriginalMessage, "archetypes know `title`, `date`, `kind` (its name, label and fields: name, type, required, means, keys, values, example) and the function `quote`"));
        }
        SourceName.Write(path, text);
        return path;
    }

    /// <summary>The kind as an archetype sees it: a generic archetype writes each of its fields with what it means.</summary>
    private static ScriptObject KindView(DocumentKind kind) => new()
    {
        ["name"] = kind.Name, ["label"] = kind.Label,
        ["fields"] = kind.Fields.Select(f => new ScriptObject
        {
            ["name"] = f.Name, ["type"] = f.Type.ToString().ToLowerInvariant(), ["required"] = f.Required, ["means"] = f.Means,
            ["keys"] = f.Keys.IsDefault ? [] : f.Keys.ToArray(), ["values"] = f.Values.IsDefault ? [] : f.Values.ToArray(),
            ["example"] = f.Example,
        }).ToList(),
    };
}
