using Wengao.Model;

namespace Wengao.Load;

/// <summary>Loads content/speeches/YYYY-MM-DD-slug.md.</summary>
internal static class SpeechLoader
{
    /// <param name="outcomeIds">the outcomes files that exist, to check the speech's reference</param>
    public static Speech Load(string path, IReadOnlySet<string> outcomeIds)
    {
        var source = DatedSource.Open(path, "speeches");
        var yaml = source.Yaml;
        var speech = new Speech(
            Slug: source.Slug,
            SourcePath: path,
            Title: yaml.String("title", required: true) ?? "",
            Speaker: yaml.String("speaker", required: true) ?? "",
            Occasion: yaml.String("occasion"),
            Date: yaml.Date("date", required: true) ?? default,
            Salutation: yaml.String("salutation"),
            Tags: yaml.StringList("tags"),
            OutcomesId: yaml.String("outcomes"),
            Draft: yaml.Boolean("draft") ?? false,
            Body: source.Front.Body,
            Head: source.Front.Head,
            BodyStart: source.BodyStart,
            Duration: yaml.Integer("duration"));
        if (speech.Duration <= 0) source.Errors.Add(yaml.SpanOf("duration"), "`duration` must be above 0", "the minutes allotted to the speech, e.g. `duration: 15`");
        source.Close(speech.OutcomesId, outcomeIds);
        return speech;
    }
}
