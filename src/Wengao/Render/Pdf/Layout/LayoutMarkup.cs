using PdfSharp.Drawing;
using Wengao.Model;

namespace Wengao.Render.Pdf.Layout;

/// <summary>
/// Reads the layout markup a PDF template makes (docs/templates.md): &lt;document&gt; holding &lt;page&gt; (the grid and
/// what every page carries), then the flow. Every element, attribute and value is checked; anything else is refused.
/// </summary>
internal static class LayoutMarkup
{
    private const string FlowElements = "<p>, <title>, <blank/>, <rule/>, <drawing>, <body/>, <closing/>, <attachments/>, <imprint/>, "
        + "<charts/>, <chart/>, <foot>, <keep>, <new-page/>";

    private static readonly Dictionary<string, Corner> Corners = new(StringComparer.Ordinal)
    {
        ["top-left"] = Corner.TopLeft, ["top-right"] = Corner.TopRight, ["bottom-left"] = Corner.BottomLeft, ["bottom-right"] = Corner.BottomRight,
    };

    private static readonly Dictionary<string, bool> Folios = new(StringComparer.Ordinal) { ["alternate"] = true, ["one-sided"] = false };

    /// <summary>Where a mark stands off the type area unless it says: 8 mm, clear of the grid's first line.</summary>
    private const double MarkGap = 8 * PageGrid.Mm;

    public static LayoutDocument Parse(string markup)
    {
        var root = MarkupElement.Read(markup);
        if (root.Name != "document") throw root.Error($"the markup starts with <{root.Name}>", "a PDF template makes one <document> holding <page> and the flow");
        // What the PDF says about itself, where the template says it otherwise than the document (a briefing's title names its issue).
        var info = new InfoOverride(root.Get<string?>("title", v => v, null), root.Get<string?>("author", v => v, null),
            root.Get<string?>("subject", v => v, null));
        root.Done();
        var children = root.Elements().ToList();
        if (children.Count == 0 || children[0].Name != "page")
            throw (children.Count > 0 ? children[0] : root).Error("<document> must start with <page>", "write <page body=\"三号\" title=\"二号\" chars=\"28\" lines=\"22\"> first");
        var (layout, furniture) = Page(children[0]);
        return new LayoutDocument(layout, furniture, Flow(children.Skip(1), layout, inKeep: false)) { Info = info };
    }

    private static (PageLayout, PageFurniture) Page(MarkupElement page)
    {
        var layout = new PageLayout(
            page.Required("body", MarkupValues.Size), page.Required("title", MarkupValues.Size),
            page.Required("chars", v => MarkupValues.Count(v, 1)), page.Required("lines", v => MarkupValues.Count(v, 2)),
            page.Get("folios", v => MarkupValues.OneOf(v, Folios), true),
            page.Get("keep-paragraphs", MarkupValues.Switch, false), page.Get("speaking-marks", MarkupValues.Switch, false));
        page.Done();
        FolioStyle? folio = null;
        Watermark? watermark = null;
        var marks = new List<CornerMark>();
        foreach (var child in page.Elements())
        {
            switch (child.Name)
            {
                case "folio" when folio is null:
                    folio = new FolioStyle(child.Get("font", MarkupValues.Font, FontRole.SongTi), child.Get("size", MarkupValues.Size, FolioSize));
                    child.Done();
                    child.NoText();
                    break;
                case "mark":
                    var style = Style(child, layout, FontRole.HeiTi, Align.Left, withAlign: false);
                    marks.Add(new CornerMark(child.Required("corner", v => MarkupValues.OneOf(v, Corners)),
                        child.Get("gap", MarkupValues.Length, MarkGap), child.Text(), style, child.Get("box", v => (double?)MarkupValues.Length(v), null)));
                    child.Done();
                    break;
                case "watermark" when watermark is null:
                    watermark = new Watermark(child.Text(), child.Get("font", MarkupValues.Font, FontRole.SongTi),
                        child.Get("size", MarkupValues.Size, WatermarkSize), child.Get("colour", MarkupValues.Colour, WatermarkColour),
                        child.Get("angle", MarkupValues.Degrees, WatermarkAngle));
                    child.Done();
                    break;
                default:
                    throw child.Error(child.Name is "folio" or "watermark" ? $"<page> has one <{child.Name}>" : $"<{child.Name}> cannot stand in <page>",
                        "<page> holds <folio/> (the page numbers), <mark> (text in a corner) and <watermark> (text across the page)");
            }
        }
        return (layout, new PageFurniture(folio, marks) { Watermark = watermark is { Text.Length: > 0 } ? watermark : null });
    }

    /// <summary>
    /// A watermark unless it says: 初号 light grey, rising at 45° — faint by its colour alone, as PDF/A-1 (which the PDFs
    /// are) allows no transparency; drawn under the text, so it never hides a character.
    /// </summary>
    private const double WatermarkSize = 42, WatermarkAngle = 45;

    private static readonly XColor WatermarkColour = XColor.FromArgb(0xD9, 0xD9, 0xD9);

    /// <summary>The page number's size, 四号 (GB/T 9704 §7.5: 4号半角宋体阿拉伯数字).</summary>
    private const double FolioSize = 14;

    private static List<Flow> Flow(IEnumerable<MarkupElement> elements, PageLayout layout, bool inKeep)
    {
        var flow = new List<Flow>();
        foreach (var e in elements)
        {
            flow.Add(e.Name switch
            {
                "p" => Text(e, layout),
                "title" => Title(e, layout),
                "blank" => Empty(e, new BlankLines(e.Get("lines", v => MarkupValues.Count(v, 1), 1))),
                "rule" => Empty(e, new RuleLine(Rule(e, y: 0), e.Get("under", v => (double?)MarkupValues.Length(v), null))),
                "drawing" => Drawing(e, layout),
                "body" => Empty(e, new FromDocument(DocumentPart.Body)),
                "closing" => Empty(e, new FromDocument(DocumentPart.Closing, Seal: e.Get("seal", v => (bool?)MarkupValues.Switch(v), null))),
                "attachments" => Empty(e, new FromDocument(DocumentPart.Attachments)),
                "imprint" => Empty(e, new FromDocument(DocumentPart.Imprint, EvenPage: EvenPage(e))),
                "charts" => Empty(e, new FromDocument(DocumentPart.Charts)),
                "chart" => Empty(e, new ChartBlock(e.Required("id", v => v), e.Line, e.Column)),
                "foot" when !inKeep => Foot(e, layout),
                "keep" when !inKeep => Keep(e, layout),
                "new-page" => Empty(e, new NewPage()),
                "foot" or "keep" => throw e.Error($"<{e.Name}> cannot stand in <keep>", "a <keep> holds the flow's text, rules and drawings"),
                _ => throw e.Error($"<{e.Name}> is no element of the flow", $"the flow is made of {FlowElements}"),
            });
        }
        return flow;
    }

    private static Flow Empty(MarkupElement e, Flow flow)
    {
        e.Done();
        e.NoText();
        return flow;
    }

    private static readonly Dictionary<string, bool> Pages = new(StringComparer.Ordinal) { ["any"] = false, ["even"] = true };

    /// <summary>`page="even"`: set on an even page (GB/T 9704 §7.4: the 版记 on the 封四).</summary>
    private static bool EvenPage(MarkupElement e) => e.Get("page", v => MarkupValues.OneOf(v, Pages), false);

    /// <summary>The roles a line may name (`role="副标题"`), as the Word export's styles call them.</summary>
    internal static readonly IReadOnlyDictionary<string, LineRole> Roles = new Dictionary<string, LineRole>(StringComparer.Ordinal)
    {
        ["文本"] = LineRole.Plain, ["副标题"] = LineRole.Subtitle, ["称呼"] = LineRole.Salutation, ["主送机关"] = LineRole.Addressee,
        ["发文字号"] = LineRole.Number, ["版头"] = LineRole.Masthead, ["报尾"] = LineRole.Distribution,
    };

    private static TextBlock Text(MarkupElement e, PageLayout layout)
    {
        var block = new TextBlock(Style(e, layout, FontRole.FangSong, Align.Left, withAlign: true), e.Runs(),
            e.Get("before", v => MarkupValues.Count(v), 0), e.Get("after", v => MarkupValues.Count(v), 0), e.Get("keep-with-next", MarkupValues.Switch, true))
        {
            Role = e.Get("role", v => MarkupValues.OneOf(v, Roles), LineRole.Plain),
        };
        e.Done();
        return block;
    }

    private static TitleBlock Title(MarkupElement e, PageLayout layout)
    {
        var title = new TitleBlock(e.Text(), e.Get("font", MarkupValues.Font, FontRole.XiaoBiaoSong), e.Get("size", MarkupValues.Size, layout.TitleSize));
        e.Done();
        return title;
    }

    private static TextStyle Style(MarkupElement e, PageLayout layout, FontRole font, Align align, bool withAlign) => new(
        e.Get("font", MarkupValues.Font, font), e.Get("size", MarkupValues.Size, layout.BodySize),
        withAlign ? e.Get("align", MarkupValues.Alignment, align) : align,
        withAlign ? e.Get("indent", MarkupValues.Characters, 0) : 0, e.Get("colour", MarkupValues.Colour, XColors.Black));

    private static RuleShape Rule(MarkupElement e, double y) => new(y, e.Get("width", v => (double?)MarkupValues.Length(v), null),
        e.Get("colour", MarkupValues.Colour, XColors.Black), e.Get("thickness", MarkupValues.Length, DefaultRule));

    /// <summary>A rule's thickness unless it says: GB/T 9704 §7.4.1's thin rule, 0.25 mm.</summary>
    private const double DefaultRule = 0.25 * PageGrid.Mm;

    private static DrawingBlock Drawing(MarkupElement e, PageLayout layout)
    {
        var lines = e.Get("lines", v => (int?)MarkupValues.Count(v, 1), null);
        var height = lines is null ? e.Required("height", MarkupValues.Length) : e.Get("height", MarkupValues.Length, 0);
        if (lines is not null && height > 0) throw e.Error("<drawing> has both height and lines", "give its height in mm or pt, or in grid lines: lines=\"2\"");
        var drawing = new DrawingBlock(height, e.Get("heading", MarkupValues.Switch, false), [.. e.Elements().Select(child => Shape(child, layout))], lines);
        e.Done();
        return drawing;
    }

    private static Shape Shape(MarkupElement e, PageLayout layout)
    {
        Shape shape = e.Name switch
        {
            "text" => TextShape(e, layout),
            "stack" => Stack(e, layout),
            "rule" => Rule(e, e.Required("y", MarkupValues.Length)),
            _ => throw e.Error($"<{e.Name}> cannot stand in <drawing>", "a <drawing> holds <text y=\"…\">, <stack top=\"…\"> and <rule y=\"…\"/>"),
        };
        if (shape is RuleShape) e.NoText();
        e.Done();
        return shape;
    }

    /// <summary>
    /// A line of a drawing, placed by one of: `y` (its baseline), `top` (its em top, as GB/T 9704 measures the mark's 35 mm)
    /// or `line` (on the drawing's Nth grid line, where the body's text of that line would stand).
    /// </summary>
    private static TextShape TextShape(MarkupElement e, PageLayout layout)
    {
        var style = Style(e, layout, FontRole.FangSong, Align.Left, withAlign: true);
        var y = e.Get("y", v => (double?)MarkupValues.Length(v), null);
        var top = e.Get("top", v => (double?)MarkupValues.Length(v), null);
        var line = e.Get("line", v => (int?)MarkupValues.Count(v, 1), null);
        if (new object?[] { y, top, line }.Count(v => v is not null) != 1)
            throw e.Error("<text> is placed by one of y, top and line", "write y=\"20mm\" (its baseline), top=\"35mm\" (its top) or line=\"1\" (a grid line of the drawing)");
        var baseline = y ?? (top is { } t ? t + style.Size * PageGrid.BaselineInEm : layout.Baseline(line!.Value - 1, style.Size) - PageGrid.Top);
        return new TextShape(baseline, e.Runs(), style, e.Get("fit", v => (double?)MarkupValues.Length(v), null));
    }

    private static StackShape Stack(MarkupElement e, PageLayout layout)
    {
        var style = Style(e, layout, FontRole.XiaoBiaoSong, Align.Centre, withAlign: false);
        var lines = e.Elements().Select(child => child.Name == "line" ? LineText(child)
            : throw child.Error($"<{child.Name}> cannot stand in <stack>", "a <stack> holds <line> elements")).ToList();
        if (lines.Count == 0) throw e.Error("<stack> holds no <line>", "write one <line>…</line> for each line");
        return new StackShape(e.Required("top", MarkupValues.Length), lines, e.Get<string?>("beside", v => v, null), style,
            e.Get("gap", MarkupValues.Length, 0), e.Get("fit", v => (double?)MarkupValues.Length(v), null));
    }

    private static string LineText(MarkupElement e)
    {
        e.Done();
        return e.Text();
    }

    private static FootBlock Foot(MarkupElement e, PageLayout layout)
    {
        var lines = e.Elements().Select(child => child.Name == "p" ? Text(child, layout)
            : throw child.Error($"<{child.Name}> cannot stand in <foot>", "a <foot> holds <p> lines")).ToList();
        var foot = new FootBlock(lines, e.Get("rules", MarkupValues.Switch, true), EvenPage(e));
        e.Done();
        return foot;
    }

    private static KeepBlock Keep(MarkupElement e, PageLayout layout)
    {
        e.Done();
        return new KeepBlock(Flow(e.Elements(), layout, inKeep: true));
    }
}
