using System.Text.RegularExpressions;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>
/// A Markdown source named `YYYY-MM-DD-slug.md` or `slug.md` (speeches, briefings): its slug, its front matter read
/// field by field, and its body. The date in the name only sorts the files; the front matter's `date` is the date.
/// </summary>
internal sealed partial record DatedSource(string Path, string Slug, FrontMatter Front, YamlFields Yaml, ErrorList Errors)
{
    [GeneratedRegex(@"^(?:(?<date>\d{4}-\d{2}-\d{2})-)?(?<slug>" + Text.Slugs.Pattern + @")\.md$")]
    private static partial Regex FileName();

    public SourceSpan BodyStart => new(Path, Front.BodyLine, 1);

    /// <summary>
    /// The front matter's `date`, or where it is still the placeholder, the date the file is named by (the day it was
    /// made or imported), so a draft still sorts among the others.
    /// </summary>
    public DateOnly Date()
    {
        if (!Yaml.HoldsPlaceholder("date")) return Yaml.Date("date", required: true) ?? default;
        var named = DateOnly.TryParseExact(FileName().Match(System.IO.Path.GetFileName(Path)).Groups["date"].Value, "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        if (named is null)
            Errors.Add(Yaml.SpanOf("date"), $"`date` is still {Model.Placeholder.Text}", "write the date as YYYY-MM-DD, e.g. date: 2022-07-01");
        return named ?? default;
    }

    /// <summary>The first of <paramref name="keys"/> that still holds the placeholder, as the error a published build gives; null if none, or if the source is marked a draft.</summary>
    public SourceError? Unfinished(bool draft, params string[] keys) =>
        draft || keys.FirstOrDefault(Yaml.HoldsPlaceholder) is not { } key ? null
            : new SourceError(Yaml.SpanOf(key), $"`{key}` is still {Model.Placeholder.Text}: the source is not finished",
                $"fill it in; until then mark the source `draft: true` (`wengao build --drafts` shows it, marked 草稿)");

    /// <param name="kind">what the file is, for the error about its name: "speeches", "briefings"</param>
    public static DatedSource Open(string path, string kind)
    {
        var name = FileName().Match(System.IO.Path.GetFileName(path));
        if (!name.Success)
            throw new BuildFailedException(new SourceError(new(path, 1, 1), "the file name is not `YYYY-MM-DD-slug.md` or `slug.md`",
                $"name {kind} by date and a short latin slug, e.g. 2022-07-01-bangfu-zuotanhui.md; the slug becomes the page and PDF name"));
        var front = FrontMatter.Split(SourceText.Read(path), path);
        var errors = new ErrorList();
        return new DatedSource(path, name.Groups["slug"].Value, front, YamlDocument.Parse(front.Yaml, path, 2, errors), errors);
    }

    /// <summary>Ends reading: unknown keys and a reference to a missing outcomes file are errors.</summary>
    public void Close(string? outcomesId, IReadOnlySet<string> outcomeIds)
    {
        Yaml.Done();
        if (outcomesId is { } id && !outcomeIds.Contains(id))
            Errors.Add(Yaml.SpanOf("outcomes"), $"no outcomes file `{id}`",
                $"create content/outcomes/{id}.yml, or name one of: {string.Join(", ", outcomeIds.Order())}");
        Errors.ThrowIfAny();
    }
}
