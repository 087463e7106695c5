using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using Wengao.Model;
using Wengao.Render.Pdf.Compose;
using Wengao.Render.Pdf.Tables;
using Wengao.Text;

namespace Wengao.Render.Pdf;

/// <summary>
/// One line of the grid: what is on it, at which size, the headings it starts, a note for the margin, shapes drawn
/// from the top of its line (rules, charts), and the structure element it belongs to with the rest of its <see cref="Group"/>.
/// </summary>
/// <param name="Anchor">the id of the heading the row starts, which links point to</param>
/// <param name="Ink">the text's colour where not black (a template's coloured line)</param>
/// <param name="Raise">how much higher than the grid its text is drawn (a 版记 line centred between its rules)</param>
internal sealed record Row(IReadOnlyList<PlacedText> Items, double Size, IReadOnlyList<Bookmark> Bookmarks,
    string? MarginNote = null, Action<IPageCanvas, double>? Drawing = null,
    int Group = 0, PdfBlockLevelElementTag Tag = PdfBlockLevelElementTag.Paragraph, string? Anchor = null, XBrush? Ink = null, double Raise = 0);

/// <summary>The row groups of one document, in order, as its template lays them out.</summary>
internal sealed class PageContent(DocumentSetter setter, PageLayout layout)
{
    /// <summary>Every paragraph's first line starts two characters in (GB/T 9704 §7.3: 每个自然段左空二字).</summary>
    private const int ParagraphIndent = 2;

    private readonly List<RowGroup> _groups = [];
    private int _elements; // each group's structure element: counted apart from the groups, which a <keep> merges
    private bool _breakPage;
    private int _spoken;
    private string _lastMark = "";

    public IReadOnlyList<RowGroup> Groups => _groups;

    /// <param name="repeatAtTop">rows set again at the top of a page the group starts on (a table's header rows)</param>
    /// <param name="newPage">start a new page (an attachment)</param>
    /// <param name="keepWithPrevious">where it does not fit, take the text's last lines along to the next page (a signature block)</param>
    /// <param name="evenPage">at the foot of an even page (a 公文's 版记, GB/T 9704 §7.4)</param>
    public void Add(IEnumerable<Row> rows, PdfBlockLevelElementTag tag, bool keepWithNext = false, bool keepWhole = true, bool atFoot = false,
        IReadOnlyList<Row>? repeatAtTop = null, bool newPage = false, bool keepWithPrevious = false, bool evenPage = false)
    {
        var element = _elements++;
        _groups.Add(new RowGroup(rows.Select(r => r with { Group = element, Tag = tag }).ToList(), keepWithNext, keepWhole, atFoot, repeatAtTop,
            newPage || _breakPage, keepWithPrevious, evenPage));
        _breakPage = false;
    }

    /// <summary>Draws <paramref name="draw"/> from the top of the last row set so far as well (a rule just under a line of text), taking no line.</summary>
    public void DrawUnderLast(Action<IPageCanvas, double> draw)
    {
        if (_groups.Count == 0) return;
        var group = _groups[^1];
        var last = group.Rows[^1];
        var before = last.Drawing;
        var rows = group.Rows.ToList();
        rows[^1] = last with { Drawing = (g, top) => { before?.Invoke(g, top); draw(g, top); } };
        _groups[^1] = group with { Rows = rows };
    }

    /// <summary>What follows starts a new page.</summary>
    public void BreakPage() => _breakPage = true;

    /// <summary>The groups <paramref name="add"/> makes, as one kept whole where it fits on a page; each keeps its structure element.</summary>
    public void Keep(Action add)
    {
        var first = _groups.Count;
        add();
        if (_groups.Count - first < 2) return;
        var kept = _groups[first..];
        _groups.RemoveRange(first, kept.Count);
        _groups.Add(new RowGroup([.. kept.SelectMany(g => g.Rows)], kept[^1].KeepWithNext, KeepWhole: true, NewPage: kept[0].NewPage));
    }

    /// <summary>A table: its header with its first row, then each row, kept on one page where it fits; the header repeated atop each page it goes on to.</summary>
    private void Table(TableText table)
    {
        var (header, body) = TableSetter.Rows(setter, layout, table);
        var first = _groups.Count;
        Add(body.Count > 0 ? [.. header, .. body[0]] : header, PdfBlockLevelElementTag.Paragraph);
        var repeat = header.Count == 0 ? null : _groups[first].Rows.Take(header.Count).ToList();
        foreach (var row in body.Skip(1)) Add(row, PdfBlockLevelElementTag.Paragraph, repeatAtTop: repeat);
    }

    public void Blank(int lines = 1) =>
        Add(Enumerable.Repeat(new Row([], layout.BodySize, []), lines), PdfBlockLevelElementTag.Paragraph, keepWithNext: true);

    public void Title(string title, double size, FontRole role = FontRole.XiaoBiaoSong) =>
        Add(setter.Title(title, role, size), PdfBlockLevelElementTag.Heading1, keepWithNext: true);

    /// <summary>
    /// Shapes that take <paramref name="height"/> points of the grid from the top of their first line
    /// (a masthead, a chart), kept on one page.
    /// </summary>
    /// <param name="lines">the grid lines it takes, where the template counts them rather than measures</param>
    public void Drawing(double height, Action<IPageCanvas, double> draw, PdfBlockLevelElementTag tag = PdfBlockLevelElementTag.Paragraph, int? lines = null)
    {
        lines ??= Math.Max(1, (int)Math.Ceiling(height / layout.LineStep));
        var rows = Enumerable.Range(0, lines.Value).Select(i => new Row([], layout.BodySize, [], Drawing: i == 0 ? draw : null));
        Add(rows, tag);
    }

    /// <summary>
    /// The body: paragraphs justified with a two-character indent; headings on lines of their own indented the same
    /// (GB/T 9704 §7.3.3 sets them as paragraphs of the body, 一、总体要求 two characters in, as the State Council's
    /// documents print them), set ragged and kept with what follows.
    /// </summary>
    /// <param name="spoken">read aloud, so the reading copy notes the speaking time (an attachment is not)</param>
    public void Body(IEnumerable<BodyBlock> blocks, bool spoken = true)
    {
        foreach (var block in blocks)
        {
            if (block.Table is { } table) { Table(table); continue; }
            var heading = block.HeadingLevel > 0;
            var rows = setter.Lines(block.Runs, layout.BodySize, layout.Pitch, ParagraphIndent * layout.Pitch,
                heading ? LineAlign.Left : LineAlign.Justify, block.Inset);
            if (rows.Count == 0) continue;
            rows[0] = rows[0] with
            {
                Bookmarks = block.Bookmarks, Anchor = block.Anchor, MarginNote = layout.SpeakingMarks && spoken && block.Spoken ? SpeakingMark(block.Text) : null,
            };
            Add(rows, heading ? HeadingTag(block.HeadingLevel) : PdfBlockLevelElementTag.Paragraph,
                keepWithNext: heading, keepWhole: layout.KeepParagraphsWhole);
        }
    }

    /// <summary>"约2.5分钟": the time spoken by the end of this block, to the half minute; null where it has not moved on.</summary>
    private string? SpeakingMark(string text)
    {
        _spoken += ChineseText.CountCharacters(text);
        var halves = Math.Max(1, (int)Math.Round(_spoken / setter.SpeakingRate * 2, MidpointRounding.AwayFromZero));
        var mark = $"约{halves / 2}{(halves % 2 == 1 ? ".5" : "")}分钟";
        return mark == _lastMark ? null : _lastMark = mark;
    }

    // The title is the document's first-level heading; the body's hierarchy sits below it.
    private static PdfBlockLevelElementTag HeadingTag(int level) => level switch
    {
        1 => PdfBlockLevelElementTag.Heading2,
        2 => PdfBlockLevelElementTag.Heading3,
        3 => PdfBlockLevelElementTag.Heading4,
        _ => PdfBlockLevelElementTag.Heading5,
    };
}
