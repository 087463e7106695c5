using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Wengao.Model;
using Wengao.Render.Pdf;
using Wengao.Text;
using static Wengao.Render.Docx.WordUnits;

namespace Wengao.Render.Docx;

/// <summary>
/// The styles of Wengao's .docx (docs/docx.md), named for their role as a Chinese office names them: 正文, 标题, 一级标题 …
/// 版记. The structure of the source lives in them, not only its looks, so `wengao import` reads an exported file back
/// as it was written, and a secretary restyles a whole document by changing one style.
/// </summary>
internal static class WordStyles
{
    public const string Body = "Body", Title = "Title", Subtitle = "Subtitle", Salutation = "Salutation", Addressee = "Addressee",
        AttachmentNote = "AttachmentNote", Signature = "Signature", SignedDate = "SignedDate", Remark = "Remark",
        AttachmentLabel = "AttachmentLabel", AttachmentTitle = "AttachmentTitle", Imprint = "Imprint", TableText = "TableText",
        NoteText = "NoteText", Folio = "Folio", Furniture = "Furniture", Plain = "Plain", Number = "Number", Distribution = "Distribution";

    public const string Strong = "Strong", Emphasis = "Emphasis", NoteReference = "NoteReference";

    private const string HeadingPrefix = "Heading", RunInPrefix = "RunIn", ItemPrefix = "ListItem";

    public static string Heading(int level) => $"{HeadingPrefix}{Math.Clamp(level, 1, HeadingLevel.Deepest)}";

    public static string RunIn(int level) => $"{RunInPrefix}{Math.Clamp(level, 1, HeadingLevel.Deepest)}";

    /// <summary>A list item's paragraph at its depth (1–4): ListItem1 列表一层 … its number or bullet its first run.</summary>
    public static string Item(int depth) => $"{ItemPrefix}{Math.Clamp(depth, 1, Levels.Length)}";

    /// <summary>§7.3.3's names of the heading levels.</summary>
    private static readonly string[] Levels = ["一级", "二级", "三级", "四级"];

    /// <summary>
    /// Each paragraph style's id and name (w:name), the one table the export writes and `wengao import` reads. The
    /// default style is Word's own Normal, which Chinese Word and WPS show as 正文 and LibreOffice takes as its default
    /// style (whose size its document grid is measured by).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Paragraphs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Body] = "Normal", [Title] = "标题", [Subtitle] = "副标题", [Salutation] = "称呼", [Addressee] = "主送机关", [Number] = "发文字号",
        [AttachmentNote] = "附件说明", [Signature] = "署名", [SignedDate] = "成文日期", [Remark] = "附注",
        [AttachmentLabel] = "附件标识", [AttachmentTitle] = "附件标题", [Imprint] = "版记", [Distribution] = "报尾", [TableText] = "表格文字",
        [NoteText] = "注释", [Folio] = "页码", [Furniture] = "版头", [Plain] = "文本",
    }.Concat(Named(HeadingPrefix, "标题")).Concat(Named(ItemPrefix, "列表项")).ToDictionary(StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> Characters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Strong] = "加粗", [Emphasis] = "强调", [NoteReference] = "注释编号",
    }.Concat(Named(RunInPrefix, "段首标题")).ToDictionary(StringComparer.Ordinal);

    /// <summary>Styles a file may lack and still read as Wengao's: the 发文字号's, the 报尾's and list items' came after the first exports.</summary>
    private static readonly HashSet<string> Optional = [Number, Distribution, .. Named(ItemPrefix, "").Select(p => p.Key)];

    // Heading1..Heading4 一级标题…四级标题, RunIn1..RunIn4 一级段首标题…: GB/T 9704 §7.3.3's four levels.
    private static IEnumerable<KeyValuePair<string, string>> Named(string prefix, string name) =>
        Levels.Select((level, i) => KeyValuePair.Create($"{prefix}{i + 1}", level + name));

    /// <summary>The level (1–4) of a paragraph style Heading1..Heading4, else 0.</summary>
    public static int HeadingLevelOf(string style) => LevelOf(style, HeadingPrefix);

    /// <summary>The depth (1–4) of a list item's paragraph style ListItem1..ListItem4, else 0.</summary>
    public static int ItemDepth(string style) => LevelOf(style, ItemPrefix);

    /// <summary>The level (1–4) of a character style RunIn1..RunIn4, else 0.</summary>
    public static int RunInLevel(string? style) => style is null ? 0 : LevelOf(style, RunInPrefix);

    private static int LevelOf(string style, string prefix) =>
        style.Length == prefix.Length + 1 && style.StartsWith(prefix, StringComparison.Ordinal)
        && style[^1] - '0' is >= 1 and <= HeadingLevel.Deepest and var level ? level : 0;

    /// <summary>Whether a package's styles are Wengao's: every style of the tables, each as the kind of style it is, under its name.</summary>
    public static bool Carried(DocumentFormat.OpenXml.Packaging.StyleDefinitionsPart? part)
    {
        if (part?.Styles is not { } styles) return false;
        var defined = styles.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null && s.StyleName?.Val?.Value is not null)
            .ToLookup(s => (s.StyleId!.Value!, s.Type?.Value), s => s.StyleName!.Val!.Value);
        return Paragraphs.Where(p => !Optional.Contains(p.Key)).All(p => defined[(p.Key, StyleValues.Paragraph)].Contains(p.Value))
            && Characters.All(c => defined[(c.Key, StyleValues.Character)].Contains(c.Value));
    }

    /// <summary>The style of a line a template names by its role.</summary>
    public static string Of(Pdf.Layout.LineRole role) => role switch
    {
        Pdf.Layout.LineRole.Subtitle => Subtitle,
        Pdf.Layout.LineRole.Salutation => Salutation,
        Pdf.Layout.LineRole.Addressee => Addressee,
        Pdf.Layout.LineRole.Number => Number,
        Pdf.Layout.LineRole.Masthead => Furniture,
        Pdf.Layout.LineRole.Distribution => Distribution,
        _ => Plain,
    };

    /// <summary>The part of a character a full line has to spare: the middle between 28 fitting and 29 fitting.</summary>
    private const double Slack = 0.5;

    /// <param name="body">the body's size (三号)</param>
    /// <param name="pitch">the character grid's pitch, which a first-line indent of two characters is measured in</param>
    /// <param name="line">the line grid's pitch: every line of the body is this high (exact), 22 to a page</param>
    public static Styles Part(WordFonts fonts, double body, double title, double pitch, double line)
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(fonts.Fonts(FontRole.FangSong), new FontSize { Val = HalfPoints(body) },
                new FontSizeComplexScript { Val = HalfPoints(body) }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                WordUnits.Exact(line)))));
        // The grid is kept by measure, not by snapping: every line exactly one grid line high, and characters set
        // tighter (w:spacing) so that 28 and a half fit a line — 28 do with room to spare, 29 do not — and the line is
        // justified to the type area. Snapping to the character grid would not do it in LibreOffice, which gives a glyph
        // wider than its cell (16 pt on a 15.79 pt pitch) two cells. Said in 正文, which every other style is based on.
        var characters = PageGrid.Width / pitch;
        var tracking = (int)Math.Round((PageGrid.Width / (characters + Slack) - body) * 20);
        var indent = 2 * pitch;
        var grid = (fonts, line, tracking);
        styles.Append(
            Paragraph(Body, grid, FontRole.FangSong, body, JustificationValues.Both, indent, isDefault: true),
            Paragraph(Title, grid, FontRole.XiaoBiaoSong, title, JustificationValues.Center, 0, keepNext: true),
            Paragraph(Subtitle, grid, FontRole.KaiTi, body, JustificationValues.Center, 0, keepNext: true),
            Paragraph(Salutation, grid, FontRole.FangSong, body, JustificationValues.Left, 0, keepNext: true),
            Paragraph(Addressee, grid, FontRole.FangSong, body, JustificationValues.Left, 0, keepNext: true),
            Paragraph(Number, grid, FontRole.FangSong, body, JustificationValues.Center, 0, keepNext: true),
            Paragraph(AttachmentNote, grid, FontRole.FangSong, body, JustificationValues.Left, 0, keepNext: true),
            Paragraph(Signature, grid, FontRole.FangSong, body, JustificationValues.Left, 0, keepNext: true),
            Paragraph(SignedDate, grid, FontRole.FangSong, body, JustificationValues.Left, 0),
            Paragraph(Remark, grid, FontRole.FangSong, body, JustificationValues.Left, indent),
            Paragraph(AttachmentLabel, grid, FontRole.HeiTi, body, JustificationValues.Left, 0, keepNext: true),
            Paragraph(AttachmentTitle, grid, FontRole.XiaoBiaoSong, title, JustificationValues.Center, 0, keepNext: true),
            Paragraph(Imprint, grid, FontRole.FangSong, FurnitureRows.ImprintSize, JustificationValues.Left, 0),
            Paragraph(Distribution, grid, FontRole.FangSong, body, JustificationValues.Left, 0),
            Paragraph(TableText, grid, FontRole.FangSong, Pdf.Tables.TableSetter.CellSize, JustificationValues.Both, 0),
            Paragraph(NoteText, grid, FontRole.FangSong, Pdf.Tables.TableSetter.CellSize, JustificationValues.Both, 0),
            Paragraph(Folio, grid, FontRole.SongTi, 14, JustificationValues.Left, 0),
            Paragraph(Furniture, grid, FontRole.FangSong, body, JustificationValues.Left, 0),
            Paragraph(Plain, grid, FontRole.FangSong, body, JustificationValues.Left, 0));
        for (var level = 1; level <= 4; level++)
        {
            var (role, bold) = ManuscriptText.StyleOf(level);
            styles.Append(Paragraph(Heading(level), grid, role, body, JustificationValues.Both, indent, keepNext: true, bold: bold, outline: level - 1));
        }
        // A list item as the PDF sets it: its number or bullet at the item's inset, no first-line indent.
        for (var depth = 1; depth <= Levels.Length; depth++)
            styles.Append(Paragraph(Item(depth), grid, FontRole.FangSong, body, JustificationValues.Both, 0));
        for (var level = 1; level <= 4; level++)
        {
            var (role, bold) = ManuscriptText.StyleOf(level);
            styles.Append(Character(RunIn(level), fonts, role, bold));
        }
        styles.Append(Character(Strong, fonts, FontRole.HeiTi, false), Character(Emphasis, fonts, FontRole.KaiTi, false),
            Character(NoteReference, fonts, null, false));
        return styles;
    }

    private static Style Paragraph(string id, (WordFonts Fonts, double Line, int Tracking) grid, FontRole role, double size, JustificationValues align, double firstLine,
        bool isDefault = false, bool keepNext = false, bool bold = false, int? outline = null)
    {
        var (fonts, line, tracking) = grid;
        var paragraph = new StyleParagraphProperties();
        if (keepNext) paragraph.Append(new KeepNext());
        // No widow and orphan control: a full page holds its 22 lines, as the PDF's does; no punctuation hanging into
        // the margin and no space added between Chinese and Latin text: the PDF does neither. w:overflowPunct is on as
        // LibreOffice reads it for Word's files (its import turns w:overflowPunct="1" into no hanging punctuation; off,
        // a comma at a full line's end stands outside the type area).
        if (isDefault)
            paragraph.Append(new WidowControl { Val = false }, new OverflowPunctuation { Val = true }, new AutoSpaceDE { Val = false },
                new AutoSpaceDN { Val = false }, new SnapToGrid { Val = false });
        // Said in every style, so an application's own style of that name (LibreOffice's Heading 1) adds no space above.
        paragraph.Append(WordUnits.Exact(line));
        paragraph.Append(new Indentation { FirstLine = TwipsText(firstLine), FirstLineChars = firstLine > 0 ? 200 : 0 });
        paragraph.Append(new Justification { Val = align });
        if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
        var run = new StyleRunProperties(fonts.Fonts(role));
        if (bold) run.Append(new Bold(), new BoldComplexScript());
        if (isDefault) run.Append(new Spacing { Val = tracking });
        run.Append(new FontSize { Val = HalfPoints(size) }, new FontSizeComplexScript { Val = HalfPoints(size) });
        var style = new Style(new StyleName { Val = Paragraphs[id] }) { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = true };
        if (isDefault) style.Default = true;
        else style.Append(new BasedOn { Val = Body });
        style.Append(new NextParagraphStyle { Val = Body }, new PrimaryStyle(), paragraph, run);
        return style;
    }

    private static Style Character(string id, WordFonts fonts, FontRole? role, bool bold)
    {
        var run = new StyleRunProperties();
        if (role is { } face) run.Append(fonts.Fonts(face));
        if (bold) run.Append(new Bold(), new BoldComplexScript());
        var style = new Style(new StyleName { Val = Characters[id] }) { Type = StyleValues.Character, StyleId = id, CustomStyle = true };
        style.Append(new PrimaryStyle(), run);
        return style;
    }
}
