using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordStyles = Wengao.Render.Docx.WordStyles;

namespace Wengao.Authoring;

/// <summary>
/// The styles a .docx exported by Wengao carries (issue 19's contract between the exporter, <see cref="WordStyles"/>, and
/// `wengao import`): each paragraph's and run's role in the source, so an exported file reads back structurally, not by
/// the look of its lines. A .docx is read so when its styles part defines every one of them, under its id and its Chinese
/// name (Word's own Title, Heading1, Strong have these ids too, under English names).
/// </summary>
internal static class ExportedStyles
{
    private static readonly string[] LevelNames = ["一级", "二级", "三级", "四级"];

    // The contract's styles with their names (the ones the exporter adds beyond it, 发文字号 and 报尾, are not asked for).
    private static readonly IReadOnlyDictionary<string, string> Paragraphs = new Dictionary<string, string>
    {
        [WordStyles.Body] = "正文", [WordStyles.Title] = "标题", [WordStyles.Subtitle] = "副标题", [WordStyles.Salutation] = "称呼",
        [WordStyles.Addressee] = "主送机关", [WordStyles.AttachmentNote] = "附件说明", [WordStyles.Signature] = "署名",
        [WordStyles.SignedDate] = "成文日期", [WordStyles.Remark] = "附注", [WordStyles.AttachmentLabel] = "附件标识",
        [WordStyles.AttachmentTitle] = "附件标题", [WordStyles.Imprint] = "版记", [WordStyles.TableText] = "表格文字",
        [WordStyles.NoteText] = "注释", [WordStyles.Folio] = "页码", [WordStyles.Furniture] = "版头", [WordStyles.Plain] = "文本",
    }.Concat(Levels(WordStyles.Heading, "标题")).ToDictionary();

    private static readonly IReadOnlyDictionary<string, string> Characters = new Dictionary<string, string>
    {
        [WordStyles.Strong] = "加粗", [WordStyles.Emphasis] = "强调", [WordStyles.NoteReference] = "注释编号",
    }.Concat(Levels(WordStyles.RunIn, "段首标题")).ToDictionary();

    // Heading1..Heading4 一级标题…四级标题, RunIn1..RunIn4 一级段首标题…: GB/T 9704 §7.3.3's four levels.
    private static IEnumerable<KeyValuePair<string, string>> Levels(Func<int, string> id, string name) =>
        LevelNames.Select((level, i) => KeyValuePair.Create(id(i + 1), level + name));

    /// <summary>The level (1–4) of a paragraph style Heading1..Heading4, else 0.</summary>
    public static int HeadingLevel(string style) => LevelOf(style, WordStyles.Heading);

    /// <summary>The level (1–4) of a character style RunIn1..RunIn4, else 0.</summary>
    public static int RunInLevel(string? style) => style is null ? 0 : LevelOf(style, WordStyles.RunIn);

    private static int LevelOf(string style, Func<int, string> id) =>
        Enumerable.Range(1, Text.HeadingLevel.Deepest).FirstOrDefault(level => id(level) == style);

    /// <summary>Whether the package defines every style of the contract, each as the kind of style it is, under its name.</summary>
    public static bool Carried(StyleDefinitionsPart? part)
    {
        if (part?.Styles is not { } styles) return false;
        var defined = styles.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null && s.StyleName?.Val?.Value is not null)
            .ToLookup(s => (s.StyleId!.Value!, s.Type?.Value), s => s.StyleName!.Val!.Value);
        return Paragraphs.All(p => defined[(p.Key, StyleValues.Paragraph)].Contains(p.Value))
            && Characters.All(c => defined[(c.Key, StyleValues.Character)].Contains(c.Value));
    }
}
