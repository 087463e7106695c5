using Wengao.Model;
using YamlDotNet.RepresentationModel;

namespace Wengao.Check.Rules;

/// <summary>
/// A tag written twice in a document's `tags`. The build folds it into one (the page shows it once, its list counts
/// the document once); the second is reported where it stands, to be deleted.
/// </summary>
internal sealed class DuplicateTag : Rule
{
    public override string Id => RuleIds.DuplicateTag;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "a tag written twice in `tags`; the build keeps one";
    // The same text twice in one list: nothing to be unsure of.
    public override Confidence Confidence => Confidence.High;

    public override void Check(CheckedFile file, RuleReport report)
    {
        if (!file.Document.RepeatsTags) return;
        // The front matter as written, read again for each item's offset: the loaded document holds the tags folded.
        var yaml = new YamlStream();
        try { yaml.Load(new StringReader(file.Text[..file.BodyOffset])); }
        catch (YamlDotNet.Core.YamlException) { return; } // the loader reports it
        if (yaml.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode map
            || !map.Children.TryGetValue(new YamlScalarNode("tags"), out var node) || node is not YamlSequenceNode list) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.OfType<YamlScalarNode>())
            if (item.Value is { Length: > 0 } tag && !seen.Add(tag))
                report.Add((int)item.Start.Index, $"the tag `{tag}` is written twice in `tags`; the page shows it once", "delete the second");
    }
}
