using Wengao.Model;
using Wengao.Text;

namespace Wengao.Check.Rules;

/// <summary>
/// The opening that outlines the speech ("我讲三层意思：一是……；二是……；三是……") against the level-1 sections
/// that follow, and those sections' numbering (一是, 二是, 三是 in order). A section is a level-1 heading by the build's
/// one rule (<see cref="HeadingLevel"/>), standalone or run-in: under a part 一、 on a line of its own, 一是……二是 are
/// points of that part, not parts of the outline.
/// </summary>
internal sealed class Outline : Rule
{
    public override string Id => RuleIds.Outline;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "the opening outline (一是……；二是……) differs from the sections that follow, or sections are numbered out of order";

    public override void Check(CheckedFile file, RuleReport report)
    {
        var paragraphs = file.Paragraphs.Take(file.TextParagraphs).ToList(); // an attachment numbers its own sections
        bool IsSection(int p) => IsLevelOne(paragraphs[p]);
        var first = Enumerable.Range(0, paragraphs.Count).FirstOrDefault(IsSection, -1);
        if (first < 0) return;
        var sections = paragraphs.Skip(first).Where((_, i) => IsSection(first + i)).ToList();
        if (paragraphs.Take(first).Select(Opening).FirstOrDefault(o => o is not null) is var (prose, at, family, count) && count != sections.Count)
            report.Add(prose.OffsetOf(at), $"the opening outlines {count} parts ({family.Range(count)}), but {sections.Count} sections follow",
                "make the outline and the sections agree: add or merge a section, or correct the outline");
        CheckNumbering(sections, report);
    }

    private static bool IsLevelOne(Prose prose) => prose.Lead is not null || prose is { Kind: ProseKind.Heading, Level: 1 };

    private static string SectionText(Prose prose) => prose.Lead is { } lead ? prose.Slice(lead) : prose.Text;

    private static (Prose, int, Ordinals, int)? Opening(Prose prose)
    {
        for (var i = 0; i < prose.Text.Length; i++)
            if (Ordinals.OpeningAt(prose.Text, i) is { } family && family.CountFrom(prose.Text, i, out _) is var count and >= 2)
                return (prose, i, family, count);
        return null;
    }

    private static void CheckNumbering(List<Prose> sections, RuleReport report)
    {
        var texts = sections.Select(SectionText).ToList();
        if (texts.Count == 0 || Ordinals.Leading(texts[0]) is not ({ } family, 1)) return;
        for (var k = 1; k < texts.Count; k++)
            if (Ordinals.Leading(texts[k]) is ({ } other, var n) && other == family && n != k + 1)
                report.Add(sections[k].OffsetOf(0), $"section {k + 1} is numbered \"{family.Marker(n)}\"",
                    $"number the sections in order: this one is \"{family.Marker(k + 1)}\"");
    }
}
