using System.Collections.Immutable;
using Wengao.Model;

namespace Wengao.Load;

/// <summary>Loads content/briefings/YYYY-MM-DD-slug.md.</summary>
internal static class BriefingLoader
{
    /// <summary>The foot's lines, by their key in front matter: 报 (to superiors), 送 (to peers), 发 (to subordinates).</summary>
    private static readonly (string Key, string Verb)[] DistributionKeys = [("bao", "报"), ("song", "送"), ("fa", "发")];

    /// <param name="outcomeIds">the outcomes files that exist</param>
    /// <param name="outcomes">those that loaded, to check the charts named (a file that failed reports its own errors)</param>
    public static Briefing Load(string path, IReadOnlySet<string> outcomeIds, IReadOnlyDictionary<string, OutcomeSet> outcomes)
    {
        var source = DatedSource.Open(path, "briefings");
        var yaml = source.Yaml;
        var draft = yaml.Boolean("draft") ?? false;
        var unfinished = source.Unfinished(draft, ["title", "name", "issuer", "date", .. FurnitureFields.TextKeys]);
        var distribution = ImmutableArray.CreateBuilder<(string, ImmutableArray<string>)>();
        if (yaml.Mapping("distribution") is { } to)
        {
            foreach (var (key, verb) in DistributionKeys)
                if (to.StringList(key) is { Length: > 0 } list) distribution.Add((verb, list));
            to.Done();
        }
        var briefing = new Briefing(
            Slug: source.Slug,
            SourcePath: path,
            Title: yaml.String("title", required: true) ?? "",
            Name: yaml.String("name", required: true) ?? "",
            Issue: yaml.Integer("issue", required: true) ?? 0,
            Issuer: yaml.String("issuer", required: true) ?? "",
            Date: source.Date(),
            Distribution: distribution.ToImmutable(),
            Copies: yaml.Integer("copies"),
            OutcomesId: yaml.String("outcomes"),
            Charts: yaml.StringList("charts"),
            Body: source.Front.Body,
            Head: source.Front.Head,
            BodyStart: source.BodyStart,
            Draft: draft || unfinished is not null,
            Unfinished: unfinished) { Furniture = FurnitureFields.Read(yaml, source.Errors) };
        if (briefing.Issue <= 0 && yaml.Has("issue")) source.Errors.Add(yaml.SpanOf("issue"), "`issue` must be above 0", "the briefing's 期号, e.g. `issue: 3`");
        if (briefing.Charts.Length > 0 && briefing.OutcomesId is null)
            source.Errors.Add(yaml.SpanOf("charts"), "charts come from an outcomes file", "add `outcomes: <id>` naming the file whose charts to show");
        if (briefing.OutcomesId is { } id && outcomes.GetValueOrDefault(id) is { } set)
            foreach (var chart in briefing.Charts.Where(c => set.Charts.All(d => d.Id != c)))
                source.Errors.Add(yaml.SpanOf("charts"), $"no chart `{chart}` in the outcomes file `{id}`",
                    $"charts there: {string.Join(", ", set.Charts.Select(c => c.Id))}");
        source.Close(briefing.OutcomesId, outcomeIds);
        return briefing;
    }
}
