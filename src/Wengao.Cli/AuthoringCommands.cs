using System.CommandLine;
using System.Globalization;
using Wengao.Text;
using Wengao.Authoring;
using Wengao.Load;

namespace Wengao.Cli;

/// <summary>`wengao new` and `wengao import`: start a source from an archetype, or from a draft in plain text or Word.</summary>
public static class AuthoringCommands
{
    public static Command New(TextWriter stdout, TextWriter stderr)
    {
        var content = CliOptions.ContentToWrite();
        var templates = CliOptions.Templates();
        var kind = new Argument<string>("KIND") { Description = KindsDeclared, HelpName = "KIND" };
        kind.CompletionSources.Add(_ => DefaultKinds.Select(k => new System.CommandLine.Completions.CompletionItem(k)));
        kind.Validators.Add(result => MustBeKind(result, "", result.GetValue(templates), result.GetValue(content)));
        var title = new Argument<string>("TITLE") { Description = "the document's title, e.g. \"在全县工作会议上的讲话\"" };
        title.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[0].Value)) result.AddError("the title is empty: give the document's title");
        });
        var slug = Slug();
        var command = new Command("new", "write content/<the kind's folder>/<today>-<slug>.md from the kind's archetype (templates/archetypes/)")
        {
            kind, title, slug, content, templates,
        };
        command.SetAction(result => Run(stderr, () =>
        {
            var path = NewSource.Create(Kind(result.GetValue(templates)!, result.GetValue(content)!, result.GetValue(kind)!), result.GetValue(title)!,
                result.GetValue(content)!, result.GetValue(templates)!, Today(), result.GetValue(slug));
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
        var content = CliOptions.ContentToWrite();
        var templates = CliOptions.Templates();
        var type = new Option<string>("--type")
        {
            Description = "what the draft is: a kind templates/kinds/ or content/kinds/ declares", HelpName = "KIND",
            DefaultValueFactory = _ => DefaultKinds[0],
        };
        type.CompletionSources.Add(_ => DefaultKinds.Select(k => new System.CommandLine.Completions.CompletionItem(k)));
        type.Validators.Add(result => MustBeKind(result, "--type ", result.GetValue(templates), result.GetValue(content)));
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
        var command = new Command("import", "turn a draft into a source, and report what was recognised and every line left out")
        {
            file, type, slug, date, content, templates,
        };
        command.SetAction(result => Run(stderr, () =>
        {
            var (path, folder, kinds) = (result.GetValue(file)!, result.GetValue(content)!, KindLoader.Load(result.GetValue(templates), result.GetValue(content)!));
            var kind = kinds.Single(k => k.Name == result.GetValue(type));
            // A draft that reads as another kind (a briefing's 第N期 under its masthead) is imported as asked, with a word.
            if (result.GetResult(type) is not { Implicit: false } && Importer.Recognise(path, kinds) is { } looks && looks != kind)
                stderr.WriteLine($"note: {path} looks like a {looks.Label} (its opening lines match the kind `{looks.Name}`): to import it as one, add --type {looks.Name}");
            Print(Importer.Import(path, kind, folder, Today(), result.GetValue(date), result.GetValue(slug)), stdout);
        }));
        return command;
    }

    private const string KindsDeclared = "what to start: a kind templates/kinds/ or content/kinds/ declares";

    /// <summary>
    /// Names the project's kinds in the help of `new` and `import`, once one of them is the command given: reading the
    /// kinds (YAML) as every command line is parsed cost a fifth of a build that has nothing to do.
    /// </summary>
    public static void DescribeKinds(Command command)
    {
        if (command.Name == "new" && command.Arguments.FirstOrDefault(a => a.Name == "KIND") is { } kind)
            kind.Description = $"what to start: {string.Join(" or ", DefaultKinds)} (the kinds templates/kinds/ and content/kinds/ declare)";
        if (command.Name == "import" && command.Options.FirstOrDefault(o => o.Name == "--type") is { } type)
            type.HelpName = string.Join('|', DefaultKinds);
    }

    /// <summary>
    /// The kinds the project in the current folder declares (else the shipped ones), for help and completion; the
    /// commands check a name against the folders they are given.
    /// </summary>
    private static string[] DefaultKinds => _defaultKinds ??= Declared();

    private static string[]? _defaultKinds;

    private static string[] Declared()
    {
        try { return [.. KindLoader.Load(Directory.Exists(CliOptions.TemplatesFolder) ? CliOptions.TemplatesFolder : null, CliOptions.ContentFolder).Select(k => k.Name)]; }
        catch (Diagnostics.BuildFailedException) { return [.. KindLoader.Load(null, "").Select(k => k.Name)]; }
    }

    private static Model.DocumentKind Kind(string templates, string content, string name) =>
        KindLoader.Load(templates, content).Single(k => k.Name == name);

    /// <summary>
    /// A kind's name must be one the project declares (templates/kinds/, content/kinds/). Kinds that fail to load are
    /// left to the command, which reports their errors located.
    /// </summary>
    private static void MustBeKind(System.CommandLine.Parsing.SymbolResult result, string what, string? templates, string? content)
    {
        string[] names;
        try { names = [.. KindLoader.Load(templates, content ?? CliOptions.ContentFolder).Select(k => k.Name)]; }
        catch (Diagnostics.BuildFailedException) { return; }
        CliOptions.MustBeOneOf(result, what, names);
    }

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
            if (!Slugs.Is(value)) result.AddError($"--slug `{value}`: {Slugs.Rule}, e.g. --slug bangfu-zuotanhui");
        });
        return option;
    }

    /// <summary>Where a line read into the front matter stands: "line 3", or "lines 2–3" for one broken over two.</summary>
    private static string Where(DraftLine line) => line.Through > line.Number ? $"lines {line.Number}–{line.Through}" : $"line {line.Number}";

    private static void Print(ImportReport report, TextWriter stdout)
    {
        var layout = report.Layout;
        stdout.WriteLine($"read {report.Format}");
        stdout.WriteLine($"  title:       {(layout.Title is { } title ? title.Replace("\n", " / ") : "(none found: fill in `title`)")}"
            + (layout.TitleLines.Count > 1 ? $" ({layout.TitleLines.Count} lines)" : ""));
        if (layout.Byline.Speaker is { } speaker) stdout.WriteLine($"  speaker:     {speaker.Text}  ({Where(speaker)})");
        if (layout.Byline.Day is { } day) stdout.WriteLine($"  date:        {day:yyyy-MM-dd}  ({Where(layout.Byline.Date!)})");
        if (layout.Byline.OccasionText is { } occasion) stdout.WriteLine($"  occasion:    {occasion}  ({Where(layout.Byline.Occasion!)})");
        if (layout.AddresseeLine is { } addressee) stdout.WriteLine($"  addressee:   {addressee.Text}  ({Where(addressee)})");
        foreach (var (part, line) in new[] { ("name:     ", layout.Masthead.Name), ("issue:    ", layout.Masthead.Issue), ("issuer:   ", layout.Masthead.Issuer) })
            if (line is not null) stdout.WriteLine($"  {part}   {line.Text}  ({Where(line)})");
        foreach (var (key, line, to) in layout.Foot.Lists) stdout.WriteLine($"  distribution {key}: {to.Count}  ({Where(line)})");
        if (layout.Foot.CopiesLine is { } copies) stdout.WriteLine($"  copies:      {layout.Foot.Copies}  ({Where(copies)})");
        else stdout.WriteLine($"  salutation:  {layout.Salutation ?? "(none)"}");
        PrintFurniture(layout, stdout);
        stdout.WriteLine($"  paragraphs:  {layout.Paragraphs.Count}");
        if (layout.Measure is { } measure) stdout.WriteLine($"  hard-wrapped: lines broken at {measure} characters (a PDF copy), joined back into paragraphs");
        stdout.WriteLine($"  headings marked: {report.Headings.Count(h => h.Standalone)} on lines of their own, {report.Headings.Count(h => !h.Standalone)} run in");
        stdout.WriteLine($"  tables: {report.Shapes.Tables}, ordered lists: {report.Shapes.Lists}");
        foreach (var heading in report.Headings)
            stdout.WriteLine($"    paragraph {heading.Paragraph}, level {heading.Level}{(heading.Standalone ? ", own line" : "")}: {heading.Text}");
        var notes = layout.Notes;
        if (report.Shapes.Notes is { } wordNotes) stdout.WriteLine($"  notes:       {wordNotes} (the .docx's notes, each linked from its marker in the text)");
        else stdout.WriteLine($"  notes:       {notes.Count}" + (notes.Count > 0
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
        var head = layout.Head;
        foreach (var (name, line) in new[] { ("secrecy:  ", head.Secrecy), ("urgency:  ", head.Urgency) })
            if (line is not null) stdout.WriteLine($"    {name}   {line.Text}  (line {line.Number})");
        foreach (var line in head.Marks.Append(head.Word).OfType<DraftLine>()) stdout.WriteLine($"    mark:        {line.Text}  (line {line.Number})");
        if (layout.NumberLine is { } number) stdout.WriteLine($"    number:      {number.Text}  (line {number.Number})");
        if (head.Signers is { } signers) stdout.WriteLine($"    signers:     {signers.Text}  (line {signers.Number})");
        foreach (var (title, i) in f.Titles.Select((t, i) => (t, i + 1))) stdout.WriteLine($"    attachment {i}: {title.Text}  (line {title.Number})");
        foreach (var issuer in f.Issuers) stdout.WriteLine($"    signature:   {issuer.Text}  (line {issuer.Number})");
        if (f.DateLine is { } date) stdout.WriteLine($"    signed:      {date.Text}  (line {date.Number})");
        if (f.Note is { } note) stdout.WriteLine($"    note:        {note.Text}  (line {note.Number})");
        if (f.CopiesTo is { } copies) stdout.WriteLine($"    copies_to:   {copies.Text}  (line {copies.Number})");
        if (f.PrintedLine is { } printed) stdout.WriteLine($"    printed:     {printed.Text}  (line {printed.Number})");
        if (f.PrintedDocument is { } document) stdout.WriteLine($"    printed document: {document.Text}  (line {document.Number})");
        foreach (var (attachment, i) in f.Attachments.Select((a, i) => (a, i + (f.PrintedDocument is null ? 1 : 0))))
            stdout.WriteLine($"    {(i == 0 ? "印发的文件" : $"附件{i}")} content: {attachment.Content.Count} paragraphs  (line {attachment.Label.Number})");
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
