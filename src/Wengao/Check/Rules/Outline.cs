using System.Text.RegularExpressions;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Check.Rules;

/// <summary>
/// The opening that outlines the text ("我讲三层意思：一是……；二是……；三是……") against its top-level sections, and those
/// sections' numbering (一、 二、 三、 in order). A section's level is the build's one rule (<see cref="HeadingLevel"/>):
/// a level-1 heading, standalone or run-in, or a paragraph numbered 一、 (GB/T 9704 §7.3.3). Lists nest inside sections:
/// the top level is one family of markers, that of the text's parts, so a 一是……三是 list inside a part 二、 is no part
/// of the outline, and a list of the parts' own family started again at 一 inside a part is that part's list.
/// </summary>
internal sealed partial class Outline : Rule
{
    // An outline is announced: what the speaker will say (讲三层意思：, 谈两点意见：, 汇报三个方面：) and a colon before its
    // first marker. A list of the opening that answers no such announcement (会议的任务是总结……) outlines nothing.
    [GeneratedRegex(@"(?:讲|谈|说|汇报|报告|意见|方面|意思|点|部分|问题)[^。！？；;]{0,12}[：:]\s*$")]
    private static partial Regex Announced();

    /// <summary>How far back from an outline's first marker its announcement may start: one clause.</summary>
    private const int AnnouncementReach = 30;

    /// <summary>Which kind of level-1 section gives a text its parts when it has several: a heading on a line of its own,
    /// then the level-1 marker 一、 (run in or numbering a paragraph), then a run-in heading with no level marker (一是).</summary>
    private enum Rank { Standalone, Marked, RunIn }

    public override string Id => RuleIds.Outline;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "the opening outline (一是……；二是……) differs from the top-level sections that follow, or they are numbered out of order";

    private sealed record Section(Prose Prose, string Text, Ordinals? Family, Rank Rank, int Paragraph);

    public override void Check(CheckedFile file, RuleReport report)
    {
        var paragraphs = file.Paragraphs.Take(file.TextParagraphs).ToList(); // an attachment numbers its own sections
        var levelOne = paragraphs.Select((prose, p) => LevelOne(prose, p)).OfType<Section>().ToList();
        if (levelOne.Count == 0) return;
        var top = levelOne.MinBy(s => s.Rank)!.Family;
        var sections = TopLevel(levelOne.Where(s => s.Family == top), report);
        if (Opening(paragraphs, sections[0].Paragraph) is var (prose, at, family, count) && count != sections.Count)
            report.Add(prose.OffsetOf(at), $"the opening outlines {count} parts ({family.Range(count)}), but {sections.Count} sections follow",
                "make the outline and the sections agree: add or merge a section, or correct the outline");
    }

    private static Section? LevelOne(Prose prose, int p)
    {
        if (prose is { Kind: ProseKind.Heading, Level: 1 }) return Of(prose, prose.Text, Rank.Standalone, p);
        if (prose.Lead is { } lead) return Of(prose, prose.Slice(lead), HeadingLevel.Of(prose.Slice(lead)) == 1 ? Rank.Marked : Rank.RunIn, p);
        return prose is { Kind: ProseKind.Paragraph, Headings.Count: 0 } && HeadingLevel.Of(prose.Text) == 1 ? Of(prose, prose.Text, Rank.Marked, p) : null;
    }

    private static Section Of(Prose prose, string text, Rank rank, int p) => new(prose, text, Ordinals.Leading(text)?.Family, rank, p);

    /// <summary>
    /// The sections of the top family in order, reporting one numbered out of order. A 一 after the first section opens a
    /// list inside the part, whose next markers continue it (read first: the text continues the list it is in); the part
    /// after it has the next number of the parts.
    /// </summary>
    private static List<Section> TopLevel(IEnumerable<Section> family, RuleReport report)
    {
        var sections = new List<Section>();
        var (numbered, inner) = (false, 0);
        foreach (var section in family)
        {
            var n = Ordinals.Leading(section.Text)?.N ?? 0;
            if (sections.Count == 0) numbered = n == 1; // a text that starts at another number is an excerpt: not judged
            else if (n > 0 && inner > 0 && n == inner + 1) { inner = n; continue; }
            else if (n == 1) { inner = 1; continue; }
            sections.Add(section);
            inner = 0;
            if (numbered && n > 0 && n != sections.Count)
                report.Add(section.Prose.OffsetOf(0), $"section {sections.Count} is numbered \"{section.Family!.Marker(n)}\"",
                    $"number the sections in order: this one is \"{section.Family.Marker(sections.Count)}\"");
        }
        return sections;
    }

    /// <summary>The announced outline nearest before the first section: in the paragraphs before it, the last one that holds one.</summary>
    private static (Prose, int, Ordinals, int)? Opening(List<Prose> paragraphs, int first)
    {
        for (var p = first - 1; p >= 0; p--)
        {
            var text = paragraphs[p].Text;
            for (var i = Ordinals.NextOpening(text, 0); i >= 0; i = Ordinals.NextOpening(text, i + 1))
                if (Ordinals.OpeningAt(text, i) is { } family && IsAnnounced(text, i) && family.CountFrom(text, i, out _) is var count and >= 2)
                    return (paragraphs[p], i, family, count);
        }
        return null;
    }

    private static bool IsAnnounced(string text, int marker)
    {
        var from = Math.Max(0, marker - AnnouncementReach);
        return Announced().IsMatch(text.AsSpan(from, marker - from));
    }
}
