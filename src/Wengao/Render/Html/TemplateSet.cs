using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Wengao.Diagnostics;
using Wengao.Expand;
using Wengao.Model;

namespace Wengao.Render.Html;

/// <summary>
/// The site's Scriban templates, each parsed once per build and shared by every page
/// (includes too: they are handed to each render from the same cache).
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly string _directory;
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    /// <summary>
    /// A partial (`_links.sbn`) is included by other templates, never rendered alone: its name says so, and an output
    /// that may include it depends on it. Every other template is one output's own (or layout.sbn, every page's).
    /// </summary>
    public static bool IsPartial(string name) => name.StartsWith('_');

    /// <summary>Each template's hash by file name, as it was read: what an output rendered from it depends on.</summary>
    public string Hash(string name) => _hashes.GetValueOrDefault(name, "");

    /// <summary>The hashes of every partial together: any template may include any of them.</summary>
    public string PartialsHash => string.Join(",", _hashes.Where(h => IsPartial(h.Key)).Select(h => h.Value));

    public TemplateSet(string directory)
    {
        _directory = Path.GetFullPath(directory);
        if (!Directory.Exists(_directory))
            throw new BuildFailedException(new SourceError(SourceSpan.Whole(directory), "the templates folder does not exist",
                "run wengao from the project folder, or name the folder with --templates DIR"));
        var errors = new List<SourceError>();
        foreach (var path in Directory.GetFiles(_directory, "*.sbn").Order(StringComparer.Ordinal))
        {
            if (TemplateSandbox.IsLink(path))
            {
                errors.Add(TemplateSandbox.LinkRefused(path));
                continue;
            }
            var text = Load.SourceText.Read(path);
            _hashes[Path.GetFileName(path)] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
            var template = Template.Parse(text, path);
            if (template.HasErrors) errors.AddRange(ScribanErrors.FromParse(template, new(path, 1, 1)).Errors);
            _templates[path] = template;
        }
        if (errors.Count > 0) throw new BuildFailedException(errors);
    }

    /// <summary>
    /// The files under static/ to copy into the site as they are, as they are now: (path relative to static/, full path).
    /// A symbolic link among them fails the build; it is never followed.
    /// </summary>
    public IReadOnlyList<(string Relative, string Path)> StaticFiles()
    {
        var errors = new List<SourceError>();
        var files = TemplateSandbox.StaticFiles(Path.Combine(_directory, "static"), errors);
        return errors.Count > 0 ? throw new BuildFailedException(errors) : files;
    }

    // Each thread renders its pages in one context of its own, the page's globals pushed and popped around each: a
    // build renders thousands of pages, and making a context (and filling its template cache) was a tenth of a page.
    [ThreadStatic] private static (TemplateSet Owner, TemplateContext Context)? _threadContext;

    /// <summary>A page: the template <paramref name="name"/>, then layout.sbn around it as `content`.</summary>
    public string RenderPage(string name, ScriptObject globals)
    {
        var context = _threadContext is { } reused && reused.Owner == this ? reused.Context : NewContext();
        _threadContext = null; // until the page is done: a failed render may leave its scopes open
        context.CancellationToken = ExpressionDeadline.Token;
        context.PushGlobal(globals);
        globals["content"] = Render(name, context);
        var page = Render("layout.sbn", context);
        context.PopGlobal();
        _threadContext = (this, context);
        return page;
    }

    private TemplateContext NewContext()
    {
        var context = ScriptGlobals.Context();
        context.TemplateLoader = this;
        foreach (var (key, parsed) in _templates) context.CachedTemplates[key] = parsed;
        return context;
    }

    private string Render(string name, TemplateContext context)
    {
        var path = Path.Combine(_directory, name);
        if (!_templates.TryGetValue(path, out var template))
            throw new BuildFailedException(new SourceError(new(path, 1, 1), $"the template {name} is missing",
                $"create {Path.Combine(_directory, name)}; the site needs layout.sbn, index.sbn, speech.sbn and outcomes.sbn"));
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw ScribanErrors.FromRuntime(e, new(path, 1, 1));
        }
    }

    // `include` resolves only inside the templates folder: a template is the site's code, never a way to publish a file.
    string ITemplateLoader.GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
        TemplateSandbox.Resolve(_directory, templateName, callerSpan);

    string ITemplateLoader.Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        Load.SourceText.Read(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load.SourceText.Read(templatePath));
}
