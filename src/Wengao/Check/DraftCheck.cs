using System.Collections.Immutable;
using System.Globalization;
using Wengao.Authoring;
using Wengao.Diagnostics;
using Wengao.Load;
using Wengao.Model;

namespace Wengao.Check;

/// <summary>
/// `wengao check FILE` on a file outside any content folder — what a secretary is sent to proofread: a Markdown
/// draft, checked as a speech with the site defaults (front matter optional, no outcomes data); or a .txt
/// (UTF-8 or GB18030) or .docx, read as `wengao import` reads it and checked as the source import would write,
/// with each finding at its line and column (a Word file: its paragraph and column) in the original.
/// </summary>
public static class DraftCheck
{
    /// <summary>A file checked as `wengao import` reads it, wherever it is: anything but Markdown (.txt, .docx, …).</summary>
    public static bool IsDraft(string path) =>
        File.Exists(path) && !Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why `--fix` cannot apply to these files (a Word file is not rewritten), or null when it can.</summary>
    public static string? CannotFix(IEnumerable<string> paths) =>
        paths.FirstOrDefault(p => IsDraft(p) && DraftText.IsWord(p)) is { } word
            ? $"--fix and --dry-run change only .md and .txt files, not the Word file {word}: make the fixes in Word or WPS"
            : null;

    /// <summary>The findings in one file, ordered by line and column, located in the file as it is.</summary>
    public static IReadOnlyList<Finding> Run(string file)
    {
        if (!File.Exists(file))
            throw new BuildFailedException(new SourceError(new(file, 1, 1), "the file does not exist", "name a .md, .txt or .docx file"));
        var (speech, map) = IsDraft(file) ? FromDraft(file) : (FromMarkdown(file), null);
        var site = new Site(Title: "", Organisation: "", SiteLoader.DefaultSpeakingRate, ImmutableDictionary<FontRole, ImmutableArray<string>>.Empty,
            ContentDirectory: Path.GetDirectoryName(Path.GetFullPath(file))!);
        var corpus = new Corpus(site, [speech.Kind], [speech], ImmutableDictionary<string, OutcomeSet>.Empty, Registry.Empty);
        return Checker.Run(new CheckedFile(speech, CheckContext.Load(corpus, null), map));
    }

    /// <summary>A Markdown file as written; front matter, when there is one, gives the fields a speech's checks read.</summary>
    private static Document FromMarkdown(string file)
    {
        var text = SourceText.Read(file);
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return AsSpeech(file, "", text, 1, null, null, null, null);
        var front = FrontMatter.Split(text, file);
        var errors = new ErrorList();
        var yaml = YamlDocument.Parse(front.Yaml, file, 2, errors);
        // Not checked against a schema (Done): a draft's front matter may be unfinished or hold anything.
        var speech = AsSpeech(file, front.Head, front.Body, front.BodyLine, yaml.String("title"), yaml.String("salutation"), yaml.String("occasion"),
            yaml.Integer("duration") is > 0 and var minutes ? minutes : null)
            with { Date = Day(yaml.String("date")) }; // the standard its 成文日期 is judged by; an unfinished one is no date
        errors.ThrowIfAny();
        return speech;
    }

    private static DateOnly Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : default;

    private static (Document, DraftMap) FromDraft(string file)
    {
        var draft = DraftText.Read(file);
        // The date is not checked: any date composes the same text to check.
        var (layout, _, source, _) = Importer.Compose(file, draft, KindLoader.Speech, default, dateGiven: true);
        var front = FrontMatter.Split(source.ToString(), file);
        var speech = AsSpeech(file, front.Head, front.Body, front.BodyLine, layout.Title, layout.Salutation, null, null)
            with { Furniture = layout.Furniture.ToModel(layout.NumberLine) }; // its `::: 附件` blocks pair with these titles
        return (speech, new DraftMap(file, draft, source.Origins()));
    }

    /// <summary>A draft is checked as a speech: the shipped kind, whatever templates the project has.</summary>
    private static Document AsSpeech(string file, string head, string body, int bodyLine, string? title, string? salutation, string? occasion, int? duration)
    {
        var fields = ImmutableSortedDictionary.CreateBuilder<string, FieldValue>(StringComparer.Ordinal);
        if (salutation is not null) fields["salutation"] = new FieldValue(Text: salutation);
        if (occasion is not null) fields["occasion"] = new FieldValue(Text: occasion);
        if (duration is not null) fields["duration"] = new FieldValue(Number: duration);
        return new Document(KindLoader.Speech, Slug: "draft", SourcePath: file, Title: title ?? "", Date: default, Tags: [], OutcomesId: null,
            Fields: fields.ToImmutable(), Body: body, Head: head, BodyStart: new SourceSpan(file, bodyLine, 1));
    }
}
