using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Wengao.Diagnostics;
using Wengao.Expand;
using Wengao.Model;

namespace Wengao.Render.Templates;

/// <summary>
/// A folder of Scriban templates (the site's, templates/html; the PDFs', templates/pdf), each parsed once per build and
/// shared by every page or document rendered in parallel (includes too: they are handed to each render from the same cache).
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly string _directory;
    private readonly string _needs;
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    /// <param name="needs">the templates the folder must have, for the hint when one is missing</param>
    public TemplateSet(string directory, string needs = "the site needs layout.sbn, index.sbn, speech.sbn and outcomes.sbn")
    {
        _needs = needs;
        _directory = Path.GetFullPath(directory);
        if (!Directory.Exists(_directory))
            throw new BuildFailedException(new SourceError(SourceSpan.Whole(directory), "the templates folder does not exist",
                $"run wengao from the project folder, or name the folder with --templates DIR; {_needs}"));
        var errors = new List<SourceError>();
        foreach (var path in Directory.GetFiles(_directory, "*.sbn").Order(StringComparer.Ordinal))
        {
            if (TemplateSandbox.IsLink(path))
            {
                errors.Add(TemplateSandbox.LinkRefused(path));
                continue;
            }
            var source = _sources[path] = Load.SourceText.Read(path);
            var template = Template.Parse(source, path);
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

    // Each thread renders its pages in one context of its own per set, the page's globals pushed and popped around each:
    // a build renders thousands of pages, and making a context (and filling its template cache) was a tenth of a page.
    // Per set, as a thread renders a document's page and its PDFs in turn.
    private readonly ThreadLocal<TemplateContext?> _threadContext = new();

    // The templates of this set read by the render that Reading runs on this thread: what the page depends on.
    private readonly ThreadLocal<HashSet<string>?> _reads = new();

    /// <summary>
    /// Runs <paramref name="render"/> and names the templates it read, relative to the folder: each page's own,
    /// layout.sbn and every template an `include` reached as it ran (so a partial a condition skipped is not among
    /// them). An incremental build renders an output again when one of these changes, and for no other template.
    /// </summary>
    public (T Value, IReadOnlyCollection<string> Read) Reading<T>(Func<T> render)
    {
        var outer = _reads.Value;
        var read = _reads.Value = new(StringComparer.Ordinal);
        try { return (render(), read); }
        finally { _reads.Value = outer; }
    }

    private void Read(string path) => _reads.Value?.Add(Path.GetRelativePath(_directory, path).Replace('\\', '/'));

    /// <summary>A page: the template <paramref name="name"/>, then layout.sbn around it as `content`.</summary>
    public string RenderPage(string name, ScriptObject globals) => With(globals, context =>
    {
        globals["content"] = Render(name, context);
        return Render("layout.sbn", context);
    });

    /// <summary>The template <paramref name="name"/> alone (a PDF's layout markup).</summary>
    public string RenderOne(string name, ScriptObject globals) => With(globals, context => Render(name, context));

    /// <summary>The full path of the template <paramref name="name"/>, as errors in it are located.</summary>
    public string PathOf(string name) => Path.Combine(_directory, name);

    /// <summary>The source of each template of the folder (partials included), by full path.</summary>
    public IReadOnlyDictionary<string, string> Sources => _sources;

    private string With(ScriptObject globals, Func<TemplateContext, string> render)
    {
        var context = _threadContext.Value ?? NewContext();
        _threadContext.Value = null; // until the page is done: a failed render may leave its scopes open
        context.CancellationToken = ExpressionDeadline.Token;
        context.PushGlobal(globals);
        var text = render(context);
        context.PopGlobal();
        _threadContext.Value = context;
        return text;
    }

    private TemplateContext NewContext()
    {
        var context = ScriptGlobals.Context();
        context.TemplateLoader = this;
        // An include's text is a value, which Scriban cuts at LimitToString (a million characters by default): the home
        // page's list of 5,000 speeches, included from its kind's partial, is longer. The templates are the site's own code.
        context.LimitToString = 0;
        foreach (var (key, parsed) in _templates) context.CachedTemplates[key] = parsed;
        return context;
    }

    private string Render(string name, TemplateContext context)
    {
        var path = Path.Combine(_directory, name);
        Read(path);
        if (!_templates.TryGetValue(path, out var template))
            throw new BuildFailedException(new SourceError(new(path, 1, 1), $"the template {name} is missing",
                $"create {Path.Combine(_directory, name)}; {_needs}"));
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
    // Scriban asks for the path at every `include`, cached template or not: where an include is seen.
    string ITemplateLoader.GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName)
    {
        var path = TemplateSandbox.Resolve(_directory, templateName, callerSpan, _templates.ContainsKey);
        Read(path);
        return path;
    }

    string ITemplateLoader.Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        Load.SourceText.Read(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load.SourceText.Read(templatePath));
}
