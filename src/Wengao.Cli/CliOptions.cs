using System.CommandLine;
using System.CommandLine.Parsing;
using Wengao.Diagnostics;
using Wengao.Load;
using Wengao.Text;

namespace Wengao.Cli;

/// <summary>
/// The options several commands share, each made here once with its default, its help text and its validation,
/// so `--content` means and checks the same thing in build, serve, new and import.
/// </summary>
internal static class CliOptions
{
    /// <summary>The folder names a command uses when none is given: the sample's layout (README, "Content layout").</summary>
    public const string ContentFolder = "content", TemplatesFolder = "templates", OutputFolder = "output";

    public static Option<string> Content() =>
        ExistingFolder("--content", ContentFolder, "the content folder: site.yml, registry.yml, a folder of each kind (speeches/, briefings/, …), kinds/, outcomes/");

    /// <summary>The content folder a new source is written into (made if it is not there yet, so only a file in its place is refused).</summary>
    public static Option<string> ContentToWrite()
    {
        var option = new Option<string>("--content")
        {
            Description = "the content folder to write into: the kind's folder under it (speeches/, briefings/, …)", HelpName = "DIR", DefaultValueFactory = _ => ContentFolder,
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && File.Exists(result.Tokens[^1].Value))
                result.AddError($"--content `{result.Tokens[^1].Value}` is a file, not a folder");
        });
        return option;
    }

    /// <summary>
    /// The templates folder. Left at its default where ./templates does not exist, it is the set shipped with wengao
    /// (beside the program, as the tool package carries it), so an installed `wengao build` works in any content folder.
    /// </summary>
    public static Option<string> Templates()
    {
        var option = new Option<string>("--templates")
        {
            Description = "the templates folder: html/*.sbn, html/static/, archetypes/ (default: ./templates, else the ones shipped with wengao)",
            HelpName = "DIR",
            DefaultValueFactory = _ => Directory.Exists(TemplatesFolder) || !Directory.Exists(Shipped) ? TemplatesFolder : Shipped,
        };
        option.Validators.Add(result => MustExist(result, option.Name));
        return option;
    }

    /// <summary>Where wengao's own templates are: copied beside the program by its project file.</summary>
    private static string Shipped => Path.Combine(AppContext.BaseDirectory, TemplatesFolder);

    public static Option<string> Output() => new("--output")
    {
        Description = "the output folder, replaced as a whole by a build that succeeds",
        HelpName = "DIR",
        DefaultValueFactory = _ => OutputFolder,
    };

    public static Option<string?> Edition(string description) => new("--edition") { Description = description, HelpName = "NAME" };

    /// <summary>Checks --edition against the editions site.yml declares; a site.yml that does not load is left to the command to report, located.</summary>
    public static void ValidateEdition(Command command, Option<string?> edition, Option<string> content) => command.Validators.Add(result =>
    {
        // Read from the tokens: an option given without its value has an error of its own, and its value cannot be asked for.
        // Defaults are not yet filled in when a command's validators run: an absent --content is the default folder.
        if (result.GetResult(edition) is not { Tokens.Count: > 0 } given) return;
        var name = given.Tokens[^1].Value;
        var folder = result.GetResult(content) is { Tokens.Count: > 0 } named ? named.Tokens[^1].Value : ContentFolder;
        if (!Directory.Exists(folder)) return;
        IReadOnlyList<string> declared;
        try { declared = SiteLoader.Load(folder).Editions.Select(e => e.Name).ToList(); }
        catch (BuildFailedException) { return; }
        if (declared.Contains(name)) return;
        result.AddError(declared.Count == 0
            ? $"--edition `{name}`: {Path.Combine(folder, "site.yml")} declares no editions"
            : $"--edition `{name}`: {Path.Combine(folder, "site.yml")} declares {string.Join(", ", declared)}"
              + (EditDistance.Nearest(name, declared) is { } near ? $"; did you mean `{near}`?" : ""));
    });

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>An option naming a folder that must exist; <paramref name="fallback"/> is its default.</summary>
    public static Option<string> ExistingFolder(string name, string fallback, string description)
    {
        var option = new Option<string>(name) { Description = description, HelpName = "DIR", DefaultValueFactory = _ => fallback };
        option.Validators.Add(result => MustExist(result, name));
        return option;
    }

    private static void MustExist(OptionResult result, string name)
    {
        if (result.Tokens.Count == 0 && result.Implicit && !Directory.Exists(result.GetValueOrDefault<string>()))
            result.AddError($"there is no `{result.GetValueOrDefault<string>()}` folder here: run wengao in the folder that holds it, or name it with {name} DIR");
        else if (result.Tokens.Count > 0 && !Directory.Exists(result.Tokens[^1].Value))
            result.AddError($"{name} `{result.Tokens[^1].Value}`: no such folder");
    }

    /// <summary>An option whose value is one of a few words (the first its default).</summary>
    public static Option<string> OneOf(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, HelpName = string.Join('|', values), DefaultValueFactory = _ => values[0] };
        option.CompletionSources.Add(values);
        option.Validators.Add(result => MustBeOneOf(result, $"{name} ", values));
        return option;
    }

    /// <summary>--min-confidence: the least confidence of the findings shown (docs/checks.md, "Confidence"), parsed once here.</summary>
    public static Option<Check.Confidence> MinConfidence(string description, Check.Confidence fallback)
    {
        var option = new Option<Check.Confidence>("--min-confidence")
        {
            Description = description,
            HelpName = "high|medium|low|0-1",
            DefaultValueFactory = _ => fallback,
            CustomParser = result => Check.Confidence.Parse(result.Tokens[^1].Value) is { } level ? level : fallback,
        };
        option.CompletionSources.Add("high", "medium", "low");
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && Check.Confidence.Parse(result.Tokens[^1].Value) is null)
                result.AddError($"--min-confidence `{result.Tokens[^1].Value}`: use {Check.Confidence.Accepted}");
        });
        return option;
    }

    /// <summary>--copies: the numbered copies (份号) to make, parsed once here (docs/copies.md).</summary>
    public static Option<Pipeline.CopyNumbers?> Copies()
    {
        var option = new Option<Pipeline.CopyNumbers?>("--copies")
        {
            Description = "make these numbered copies (份号) of each document whose kind makes them, e.g. 1-60 or 1-10,21-30: OUTPUT/<edition>/copies/<slug>/<number>.pdf",
            HelpName = "NUMBERS",
            CustomParser = result => Pipeline.CopyNumbers.Parse(result.Tokens[^1].Value, out _),
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && Pipeline.CopyNumbers.Parse(result.Tokens[^1].Value, out var error) is null)
                result.AddError($"--copies `{result.Tokens[^1].Value}`: {error}; write {Pipeline.CopyNumbers.Accepted}");
        });
        return option;
    }

    /// <summary>An argument whose value is one of a few words.</summary>
    public static Argument<string> OneOf(Argument<string> argument, params string[] values)
    {
        argument.CompletionSources.Add(values);
        argument.Validators.Add(result => MustBeOneOf(result, "", values));
        return argument;
    }

    /// <summary>Refuses a word not among <paramref name="values"/> in one line, naming them and the nearest (the library's own message is a list).</summary>
    public static void MustBeOneOf(SymbolResult result, string what, string[] values)
    {
        if (result.Tokens.Count == 0) return;
        var value = result.Tokens[^1].Value;
        if (!values.Contains(value))
            result.AddError($"{what}`{value}`: use {string.Join(", ", values[..^1])} or {values[^1]}"
                + (EditDistance.Nearest(value, values) is { } near ? $"; did you mean `{near}`?" : ""));
    }
}
