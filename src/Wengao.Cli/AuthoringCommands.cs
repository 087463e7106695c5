using System.Globalization;
using Wengao.Authoring;

namespace Wengao.Cli;

/// <summary>`wengao new` and `wengao import`: start a source from an archetype, or from a draft in plain text or Word.</summary>
public static class AuthoringCommands
{
    public const string Usage = """
          new      wengao new speech|briefing "标题" [--slug SLUG] [--content DIR] [--templates DIR]
                   writes content/<speeches|briefings>/<today>-<slug>.md from templates/archetypes/<kind>.md;
                   the slug is --slug (a-z, 0-9, '-'), else the kind and the date: speech-20250601
          import   wengao import FILE [--type speech|briefing] [--slug SLUG] [--date YYYY-MM-DD] [--content DIR]
                   turns a .txt (UTF-8 or GB18030/GBK) or .docx draft into a source and reports what it recognised
        """;

    public static int New(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is not [var kindName, var title, .. var rest] || SourceKinds.Parse(kindName) is not { } kind || title.StartsWith("--", StringComparison.Ordinal))
            return Bad(stderr, "wengao new needs a kind (speech or briefing) and a title");
        var options = Options(rest, stderr, "--slug", "--content", "--templates");
        if (options is null) return 2;
        return Run(stderr, () =>
        {
            var path = NewSource.Create(kind, title, options.GetValueOrDefault("--content", "content"),
                options.GetValueOrDefault("--templates", "templates"), Today(), options.GetValueOrDefault("--slug"));
            stdout.WriteLine($"wrote {Relative(path)}");
        });
    }

    public static int Import(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is not [var file, .. var rest] || file.StartsWith("--", StringComparison.Ordinal))
            return Bad(stderr, "wengao import needs the file to import");
        var options = Options(rest, stderr, "--type", "--slug", "--date", "--content");
        if (options is null) return 2;
        if (SourceKinds.Parse(options.GetValueOrDefault("--type", "speech")) is not { } kind)
            return Bad(stderr, "--type is speech or briefing");
        DateOnly? date = null;
        if (options.TryGetValue("--date", out var given))
        {
            if (!DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return Bad(stderr, $"--date `{given}` is not a date written YYYY-MM-DD");
            date = parsed;
        }
        return Run(stderr, () =>
        {
            var report = Importer.Import(file, kind, options.GetValueOrDefault("--content", "content"), Today(), date, options.GetValueOrDefault("--slug"));
            Print(report, stdout);
        });
    }

    private static void Print(ImportReport report, TextWriter stdout)
    {
        var layout = report.Layout;
        stdout.WriteLine($"read {report.Format}");
        stdout.WriteLine($"  title:       {layout.Title ?? $"(none found: fill in `title`)"}");
        stdout.WriteLine($"  salutation:  {layout.Salutation ?? "(none)"}");
        stdout.WriteLine($"  paragraphs:  {layout.Paragraphs.Count}");
        stdout.WriteLine($"  run-in headings marked: {report.Headings.Count}");
        foreach (var heading in report.Headings)
            stdout.WriteLine($"    paragraph {heading.Paragraph}, level {heading.Level}: {heading.Text}");
        stdout.WriteLine($"  dropped as not part of the text: {layout.Dropped.Count}");
        foreach (var line in layout.Dropped)
            stdout.WriteLine($"    {report.LineName} {line.Number}: {Shorten(line.Text)}  ({line.Reason})");
        stdout.WriteLine($"wrote {Relative(report.Path)}: fill in what says {Importer.ToFill} and check the date"
            + (report.Draft ? "; it is a draft until you delete its `draft: true` line (`wengao build --drafts` shows it meanwhile)" : ""));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.Now);

    private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

    /// <summary>Reads `--name value` pairs among <paramref name="names"/>; null (after saying why) on anything else.</summary>
    private static Dictionary<string, string>? Options(string[] args, TextWriter stderr, params string[] names)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!names.Contains(args[i]) || i + 1 >= args.Length)
            {
                Bad(stderr, $"unknown or incomplete option `{args[i]}`");
                return null;
            }
            options[args[i]] = args[i + 1];
        }
        return options;
    }

    private static int Bad(TextWriter stderr, string message)
    {
        stderr.WriteLine($"wengao: {message}\n{Usage}");
        return 2;
    }

    private static int Run(TextWriter stderr, Action action) => Failure.Guard(stderr, null, () =>
    {
        action();
        return 0;
    });
}
