using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Wengao.Extensions.Notes;
using Wengao.Model;
using Wengao.Render.Pdf;
using Wengao.Render.Pdf.Compose;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Wengao.Render.Docx;

/// <summary>
/// Writes styled runs as Word runs: a run-in heading in its level's character style, `**…**` and `*…*` in 加粗 and
/// 强调, a note's ［1］ as a reference to a Word footnote, a web link as a hyperlink; a face a run's style does not give
/// (a template's `&lt;span font&gt;`) as direct formatting. Collects what the runs need outside the body: the
/// footnotes, numbered from 1 in the order they are first referred to, and the links' relationships.
/// </summary>
internal sealed class WordRuns(WordFonts fonts, IReadOnlyList<Markdig.Extensions.Footnotes.Footnote> notes)
{
    private readonly Dictionary<string, int> _noteIds = new(StringComparer.Ordinal);
    private readonly List<(int Id, IReadOnlyList<StyledRun> Marker, IReadOnlyList<IReadOnlyList<StyledRun>> Paragraphs)> _footnotes = [];
    private readonly List<string> _links = [];

    /// <summary>The footnotes referred to, in order: their ids, markers and paragraphs' runs.</summary>
    public IReadOnlyList<(int Id, IReadOnlyList<StyledRun> Marker, IReadOnlyList<IReadOnlyList<StyledRun>> Paragraphs)> Footnotes => _footnotes;

    /// <summary>The web links, in order: link N has the relationship id <see cref="LinkId"/>(N).</summary>
    public IReadOnlyList<string> Links => _links;

    public static string LinkId(int index) => $"rIdLink{index + 1}";

    /// <param name="role">the face the paragraph's style sets its text in: a run in another one says its own</param>
    public IEnumerable<OpenXmlElement> Write(IEnumerable<StyledRun> runs, FontRole role, double? size = null, string? colour = null, int? scale = null)
    {
        foreach (var run in runs)
        {
            if (run.Text.Length == 0) continue;
            if (run.Mark == RunMark.NoteReference && Note(run) is { } id)
            {
                yield return new Run(new RunProperties(new RunStyle { Val = WordStyles.NoteReference }), new FootnoteReference { Id = id, CustomMarkFollows = true });
                yield return new Run(new RunProperties(new RunStyle { Val = WordStyles.NoteReference }), Text(run.Text));
                continue;
            }
            var written = Run(run, role, size, colour, scale);
            if (run.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto")
            {
                var index = _links.IndexOf(link);
                if (index < 0) { index = _links.Count; _links.Add(link); }
                yield return new Hyperlink(written) { Id = LinkId(index) };
            }
            else yield return written;
        }
    }

    private Run Run(StyledRun run, FontRole role, double? size, string? colour, int? scale)
    {
        var properties = new RunProperties();
        var style = run.RunIn > 0 ? WordStyles.RunIn(run.RunIn) : run.Mark switch
        {
            RunMark.Strong => WordStyles.Strong,
            RunMark.Emphasis => WordStyles.Emphasis,
            _ => null,
        };
        if (style is not null) properties.Append(new RunStyle { Val = style });
        else if (run.Role != role) properties.Append(fonts.Fonts(run.Role));
        if (style is null && run.Bold) properties.Append(new Bold(), new BoldComplexScript());
        if (colour is not null) properties.Append(new Color { Val = colour });
        if (scale is { } percent and < 100) properties.Append(new CharacterScale { Val = percent });
        if (size is { } points) properties.Append(new FontSize { Val = WordUnits.HalfPoints(points) }, new FontSizeComplexScript { Val = WordUnits.HalfPoints(points) });
        var written = new Run();
        if (properties.HasChildren) written.Append(properties);
        // A line break inside a run (a title's lines) is a Word break.
        var parts = run.Text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) written.Append(new Break());
            if (parts[i].Length > 0) written.Append(Text(parts[i]));
        }
        return written;
    }

    /// <summary>A paragraph of its properties and content.</summary>
    public static Paragraph Paragraph(ParagraphProperties properties, IEnumerable<OpenXmlElement> content) => new(content.Prepend(properties));

    public static WordText Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    // The note the reference points to (its link is "#fn:N"), given its Word id the first time.
    private int? Note(StyledRun run)
    {
        var note = notes.FirstOrDefault(n => "#" + NoteNumbers.NoteId(n) == run.Link);
        if (note is null) return null;
        var key = NoteNumbers.NoteId(note);
        if (_noteIds.TryGetValue(key, out var id)) return id;
        id = _footnotes.Count + 1;
        _noteIds[key] = id;
        var paragraphs = note.Descendants<LeafBlock>().Where(l => l.Inline is not null)
            .Select(l => (IReadOnlyList<StyledRun>)ManuscriptText.Runs(l.Inline, [])).Where(r => r.Count > 0).ToList();
        _footnotes.Add((id, [new StyledRun(NoteNumbers.Marker(note), FontRole.FangSong, Mark: RunMark.NoteReference)], paragraphs));
        return id;
    }
}
