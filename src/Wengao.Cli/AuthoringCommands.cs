using System.CommandLine;
using System.Globalization;
using Wengao.Authoring;

namespace Wengao.Cli;

/// <summary>`wengao new` and `wengao import`: start a source from an archetype, or from a draft in plain text or Word.</summary>
public static class AuthoringCommands
{
    public static Command New(TextWriter stdout, TextWriter stderr)
    {
        var kind = KindArgument();
        var title = new Argument<string>("TITLE") { Description = "the document's title, e.g. \"在全县工作会议上的讲话\"" };
        title.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[0].Value)) result.AddError("the title is empty: give the document's title");
        });
        var slug = Slug();
        var content = CliOptions.ContentToWrite();
        var templates = CliOptions.Templates();
        var command = new Command("new", "write content/<speeches|briefings>/<today>-<slug>.md from templates/archetypes/<kind>.md")
        {
            kind, title, slug, content, templates,
        };
        command.SetAction(result => Run(stderr, () =>
        {
            var path = NewSource.Create(SourceKinds.Parse(result.GetValue(kind)!)!.Value, result.GetValue(title)!, result.GetValue(content)!,
                result.GetValue(templates)!, Today(), result.GetValue(slug));
            stdout.WriteLine($"wrote {Relative(path)}");
        }));
        return command;
    }

    public static Command Import(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "the draft: a .txt (UTF-8 or GB18030/GBK) or a .docx", HelpName = "FILE" };
        file.Validators.Add(result =>
        {
            var path = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (path.StartsWith('-')) result.AddError($"name the file to import before the options (`{path}` is not a file)");
            else if (!File.Exists(path)) result.AddError($"`{path}`: no such file");
        });
        var type = CliOptions.OneOf("--type", "what the draft is", KindNames);
        var slug = Slug();
        var date = new Option<DateOnly?>("--date")
        {
            Description = "the document's date, YYYY-MM-DD (default: today, marked to be checked)",
            HelpName = "YYYY-MM-DD",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return parsed;
                result.AddError($"--date `{text}` is not a date written YYYY-MM-DD");
                return null;
            },
        };
        var content = CliOptions.ContentToWrite();
        var command = new Command("import", "turn a draft into a source, and report what was recognised and every line left out")
        {
            file, type, slug, date, content,
        };
        command.SetAction(result => Run(stderr, () => Print(Importer.Import(result.GetValue(file)!, SourceKinds.Parse(result.GetValue(type)!)!.Value,
            result.GetValue(content)!, Today(), result.GetValue(date), result.GetValue(slug)), stdout)));
        return command;
    }

    /// <summary>The kinds of source, as `new` takes them and `import --type` (its default first).</summary>
    private static readonly string[] KindNames = [.. Enum.GetValues<SourceKind>().Select(k => k.Name())];

    private static Argument<string> KindArgument() =>
        CliOptions.OneOf(new Argument<string>("KIND") { Description = $"what to start: {string.Join(" or ", KindNames)}", HelpName = "KIND" }, KindNames);

    private static Option<string?> Slug()
    {
        var option = new Option<string?>("--slug")
        {
            Description = "the page and PDF name: lower-case Latin letters and digits joined by '-' (default: the kind and the date, e.g. speech-20250601)",
            HelpName = "SLUG",
        };
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (!SourceName.IsSlug(value)) result.AddError($"--slug `{value}`: {SourceName.SlugRule}, e.g. --slug bangfu-zuotanhui");
        });
        return option;
    }

    private static void Print(ImportReport report, TextWriter stdout)
    {
        var layout = report.Layout;
        stdout.WriteLine($"read {report.Format}");
        stdout.WriteLine($"  title:       {(layout.Title is { } title ? title.Replace("\n", " / ") : "(none found: fill in `title`)")}"
            + (layout.TitleLines.Count > 1 ? $" ({layout.TitleLines.Count} lines)" : ""));
        if (layout.Byline.Speaker is { } speaker) stdout.WriteLine($"  speaker:     {speaker.Text}  (line {speaker.Number})");
        if (layout.Byline.Day is { } day) stdout.WriteLine($"  date:        {day:yyyy-MM-dd}  (line {layout.Byline.Date!.Number})");
        if (layout.Byline.OccasionText is { } occasion) stdout.WriteLine($"  occasion:    {occasion}  (line {layout.Byline.Occasion!.Number})");
        stdout.WriteLine($"  salutation:  {layout.Salutation ?? "(none)"}");
        PrintFurniture(layout, stdout);
        stdout.WriteLine($"  paragraphs:  {layout.Paragraphs.Count}");
        if (layout.Measure is { } measure) stdout.WriteLine($"  hard-wrapped: lines broken at {measure} characters (a PDF copy), joined back into paragraphs");
        stdout.WriteLine($"  headings marked: {report.Headings.Count(h => h.Standalone)} on lines of their own, {report.Headings.Count(h => !h.Standalone)} run in");
        stdout.WriteLine($"  tables: {report.Shapes.Tables}, ordered lists: {report.Shapes.Lists}");
        foreach (var heading in report.Headings)
            stdout.WriteLine($"    paragraph {heading.Paragraph}, level {heading.Level}{(heading.Standalone ? ", own line" : "")}: {heading.Text}");
        var notes = layout.Notes;
        stdout.WriteLine($"  notes:       {notes.Count}" + (notes.Count > 0
            ? $" (under “{layout.Body[notes.Heading].Text}” at {report.LineName} {layout.Body[notes.Heading].Number}, each linked from its marker in the text)"
            : notes.NotRecognised is { } why ? $" ({why})" : ""));
        stdout.WriteLine($"  dropped as not part of the text: {layout.Dropped.Count}"
            + (layout.Dropped.Count == 0 ? "" : $" ({string.Join(", ", layout.Dropped.GroupBy(d => d.Reason).Select(g => $"{g.Key}: {g.Count()}"))})"));
        foreach (var line in layout.Dropped)
            stdout.WriteLine($"    {report.LineName} {line.Number}: {Shorten(line.Text)}  ({line.Reason})");
        var unfilled = File.ReadAllText(report.Path).Contains(Importer.ToFill, StringComparison.Ordinal);
        stdout.WriteLine($"wrote {Relative(report.Path)}: {(unfilled ? $"fill in what says {Importer.ToFill}" : "check it against the original")}"
            + "; it is a draft until you delete its `draft: true` line (`wengao build --drafts` shows it meanwhile)");
    }

    /// <summary>The furniture moved into the front matter, each kind counted, then what it is.</summary>
    private static void PrintFurniture(DraftLayout layout, TextWriter stdout)
    {
        var f = layout.Furniture;
        stdout.WriteLine($"  furniture:   发文字号 {(layout.NumberLine is null ? 0 : 1)}, 附件说明 {f.Titles.Count}, 发文机关署名 {f.Issuers.Count}, "
            + $"成文日期 {(f.DateLine is null ? 0 : 1)}, 附注 {(f.Note is null ? 0 : 1)}, 附件 {f.Attachments.Count}, "
            + $"版记 {(f.CopiesTo is null && f.PrintedLine is null ? 0 : 1)} (moved into the front matter)");
        if (layout.NumberLine is { } number) stdout.WriteLine($"    number:      {number.Text}  (line {number.Number})");
        foreach (var (title, i) in f.Titles.Select((t, i) => (t, i + 1))) stdout.WriteLine($"    attachment {i}: {title.Text}  (line {title.Number})");
        foreach (var issuer in f.Issuers) stdout.WriteLine($"    signature:   {issuer.Text}  (line {issuer.Number})");
        if (f.DateLine is { } date) stdout.WriteLine($"    signed:      {date.Text}  (line {date.Number})");
        if (f.Note is { } note) stdout.WriteLine($"    note:        {note.Text}  (line {note.Number})");
        if (f.CopiesTo is { } copies) stdout.WriteLine($"    copies_to:   {copies.Text}  (line {copies.Number})");
        if (f.PrintedLine is { } printed) stdout.WriteLine($"    printed:     {printed.Text}  (line {printed.Number})");
        foreach (var (attachment, i) in f.Attachments.Select((a, i) => (a, i + 1)))
            stdout.WriteLine($"    附件{i} content: {attachment.Content.Count} paragraphs  (line {attachment.Label.Number})");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.Now);

    private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

    private static int Run(TextWriter stderr, Action action) => Failure.Guard(stderr, null, () =>
    {
        action();
        return 0;
    });
}
