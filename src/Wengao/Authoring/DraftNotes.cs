using System.Globalization;
using System.Text.RegularExpressions;

namespace Wengao.Authoring;

/// <summary>A note of a draft's 注释 section: its number, and its lines without the marker (a note may run over several).</summary>
/// <param name="Lines">the note's text: the first line after its marker, then any lines that continue it</param>
public sealed record DraftNote(int Number, int Line, IReadOnlyList<DraftLine> Lines);

/// <summary>
/// The notes of a draft: markers ［1］, 〔1〕 or [1] in the text, and a section at its end headed 注释 (注释：, 注：) whose
/// lines start with the same markers, as government work reports print them. The markers become Markdown note
/// references (`[^1]`) and the section's lines the notes (`[^1]: …`), every character of their text kept. The section
/// is taken as notes only when each of its notes is referred to in the text (a note no marker points to would have no
/// place to be shown); otherwise it stays text as written, and <see cref="NotRecognised"/> says why. A marker whose number
/// has no note stays text too.
/// </summary>
/// <param name="Heading">the index in the body of the section's heading line, or −1 when there are no notes</param>
public sealed partial record DraftNotes(int Heading, IReadOnlyList<DraftNote> Notes, string? NotRecognised)
{
    public static readonly DraftNotes None = new(-1, [], null);

    // 注释 / 注释： / 注： alone on a line: the heading of the notes. "注：本表数据……" on one line is a note of its own kind, not a section.
    [GeneratedRegex(@"^(?:注\s?释[：:]?|注[：:])$")]
    private static partial Regex SectionHeading();

    // ［12］ 〔12〕 [12]: the three ways the number of a note is bracketed; one document uses one of them.
    [GeneratedRegex(@"\G(?:［(?<n>\d{1,3})］|〔(?<n>\d{1,3})〕|\[(?<n>\d{1,3})\])")]
    private static partial Regex Marker();

    /// <summary>注释 / 注释： / 注： alone on a line: the heading of a draft's notes.</summary>
    public static bool IsSectionHeading(string line) => SectionHeading().IsMatch(line);

    private string Opening => Notes.Count == 0 ? "" : _opening;
    private string _opening = "";

    public int Count => Notes.Count;

    public static DraftNotes Find(IReadOnlyList<DraftLine> body)
    {
        var heading = -1;
        for (var i = body.Count - 1; i >= 0 && heading < 0; i--)
            if (SectionHeading().IsMatch(body[i].Text)) heading = i;
        if (heading < 0 || heading == body.Count - 1) return None;
        if (At(body[heading + 1].Text, 0) is not { } first)
            return None with { NotRecognised = $"“{body[heading].Text}” is not followed by a line that starts with a note's number such as ［1］: kept as text" };

        var opening = body[heading + 1].Text[..1];
        var notes = new List<(int Number, int Line, List<DraftLine> Lines)>();
        foreach (var line in body.Skip(heading + 1))
        {
            if (At(line.Text, 0) is { } marker && line.Text.StartsWith(opening, StringComparison.Ordinal))
            {
                if (notes.Any(n => n.Number == marker.Number))
                    return None with { NotRecognised = $"note {line.Text[..marker.Length]} appears twice under “{body[heading].Text}”: the section is kept as text" };
                notes.Add((marker.Number, line.Number, [line.After(marker.Length)]));
            }
            else notes[^1].Lines.Add(line);
        }
        var found = new DraftNotes(heading, [.. notes.Select(n => new DraftNote(n.Number, n.Line, n.Lines))], null) { _opening = opening };
        var referred = body.Take(heading).SelectMany(l => found.References(l.Text)).ToHashSet();
        if (notes.FirstOrDefault(n => !referred.Contains(n.Number)) is { Lines: not null } unreferred)
            return None with { NotRecognised = $"note {Bracket(opening, unreferred.Number)} is not referred to in the text: the notes under “{body[heading].Text}” are kept as text" };
        return found;
    }

    /// <summary>A note's marker at <paramref name="index"/> of a line of the text, its length and number, when it is one of these notes.</summary>
    public (int Length, int Number)? ReferenceAt(string text, int index) =>
        Notes.Count > 0 && text[index] == Opening[0] && At(text, index) is { } marker && Notes.Any(n => n.Number == marker.Number) ? marker : null;

    private IEnumerable<int> References(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (ReferenceAt(text, i) is { } marker) yield return marker.Number;
    }

    private static (int Length, int Number)? At(string text, int index)
    {
        var m = Marker().Match(text, index);
        return m.Success ? (m.Length, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)) : null;
    }

    private static string Bracket(string opening, int number) => opening switch
    {
        "［" => $"［{number}］",
        "〔" => $"〔{number}〕",
        _ => $"[{number}]",
    };

    /// <summary>`[^N]`: the Markdown reference written for a note's marker.</summary>
    public static string Reference(int number) => string.Create(CultureInfo.InvariantCulture, $"[^{number}]");
}
