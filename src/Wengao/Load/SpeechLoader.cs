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
        var draft = yaml.Boolean("draft") ?? false;
        var unfinished = source.Unfinished(draft, ["title", "speaker", "occasion", "date", "salutation", .. FurnitureFields.TextKeys]);
        var furniture = FurnitureFields.Read(yaml, source.Errors);
        // A document signed by its issuers (a 通知, a 报告) has them for its author; a speech names its speaker.
        var speaker = yaml.String("speaker", required: furniture.Signature.IsEmpty) ?? furniture.Signature.FirstOrDefault("");
        var speech = new Speech(
            Slug: source.Slug,
            SourcePath: path,
            Title: yaml.String("title", required: true) ?? "",
            Speaker: speaker,
            Occasion: yaml.String("occasion"),
            Date: source.Date(),
            Salutation: yaml.String("salutation"),
            Tags: yaml.StringList("tags"),
            OutcomesId: yaml.String("outcomes"),
            Draft: draft || unfinished is not null,
            Body: source.Front.Body,
            Head: source.Front.Head,
            BodyStart: source.BodyStart,
            Duration: yaml.Integer("duration"),
            Unfinished: unfinished) { Furniture = furniture };
        if (speech.Duration <= 0) source.Errors.Add(yaml.SpanOf("duration"), "`duration` must be above 0", "the minutes allotted to the speech, e.g. `duration: 15`");
        source.Close(speech.OutcomesId, outcomeIds);
        return speech;
    }
}
