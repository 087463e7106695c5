using System.Text.RegularExpressions;
using Wengao.Diagnostics;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Loads content/speeches/YYYY-MM-DD-slug.md.</summary>
internal static partial class SpeechLoader
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")]
    private static partial Regex FileName();

    /// <param name="outcomeIds">the outcomes files that exist, to check the speech's reference</param>
    public static Speech Load(string path, IReadOnlySet<string> outcomeIds)
    {
        var name = FileName().Match(Path.GetFileName(path));
        if (!name.Success)
            throw new BuildFailedException(new SourceError(new(path, 1, 1), "the file name is not `YYYY-MM-DD-slug.md`",
                "name speeches by date and a short latin slug, e.g. 2022-07-01-bangfu-zuotanhui.md; the slug becomes the page and PDF name"));
        var front = FrontMatter.Split(SourceText.Read(path), path);
        var errors = new ErrorList();
        var yaml = YamlDocument.Parse(front.Yaml, path, 2, errors);
        var speech = new Speech(
            Slug: name.Groups["slug"].Value,
            SourcePath: path,
            Title: yaml.String("title", required: true) ?? "",
            Speaker: yaml.String("speaker", required: true) ?? "",
            Occasion: yaml.String("occasion"),
            Date: yaml.Date("date", required: true) ?? default,
            Salutation: yaml.String("salutation"),
            Tags: yaml.StringList("tags"),
            OutcomesId: yaml.String("outcomes"),
            Body: front.Body,
            BodyStart: new SourceSpan(path, front.BodyLine, 1));
        yaml.Done();
        if (speech.OutcomesId is { } id && !outcomeIds.Contains(id))
            errors.Add(yaml.SpanOf("outcomes"), $"no outcomes file `{id}`",
                $"create content/outcomes/{id}.yml, or name one of: {string.Join(", ", outcomeIds.Order())}");
        errors.ThrowIfAny();
        return speech;
    }
}
