using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Wengao.Authoring;

/// <summary>
/// The styles a .docx exported by Wengao carries (issue 19's contract between the exporter and `wengao import`): each
/// paragraph's and run's role in the source, so an exported file reads back structurally, not by the look of its lines.
/// A .docx is read so when its styles part defines every one of them, under its id and its Chinese name.
/// </summary>
internal static class WordStyles
{
    public const string Body = "Body", Title = "Title", Subtitle = "Subtitle", Salutation = "Salutation", Addressee = "Addressee",
        AttachmentNote = "AttachmentNote", Signature = "Signature", SignedDate = "SignedDate", Remark = "Remark",
        AttachmentLabel = "AttachmentLabel", AttachmentTitle = "AttachmentTitle", Imprint = "Imprint", TableText = "TableText",
        NoteText = "NoteText", Folio = "Folio", Furniture = "Furniture", Plain = "Plain";

    /// <summary>Written by the exporter beyond the contract: the 发文字号's line and the briefing's 报尾 (its 报、送、发 lines).</summary>
    public const string Number = "Number", Distribution = "Distribution";

    public const string Strong = "Strong", Emphasis = "Emphasis", NoteReference = "NoteReference";

    private const string HeadingPrefix = "Heading", RunInPrefix = "RunIn";

    private static readonly string[] LevelNames = ["一级", "二级", "三级", "四级"];

    public static readonly IReadOnlyDictionary<string, string> Paragraphs = new Dictionary<string, string>
    {
        [Body] = "正文", [Title] = "标题", [Subtitle] = "副标题", [Salutation] = "称呼", [Addressee] = "主送机关",
        [AttachmentNote] = "附件说明", [Signature] = "署名", [SignedDate] = "成文日期", [Remark] = "附注",
        [AttachmentLabel] = "附件标识", [AttachmentTitle] = "附件标题", [Imprint] = "版记", [TableText] = "表格文字",
        [NoteText] = "注释", [Folio] = "页码", [Furniture] = "版头", [Plain] = "文本",
    }.Concat(Levels(HeadingPrefix, "标题")).ToDictionary();

    public static readonly IReadOnlyDictionary<string, string> Characters = new Dictionary<string, string>
    {
        [Strong] = "加粗", [Emphasis] = "强调", [NoteReference] = "注释编号",
    }.Concat(Levels(RunInPrefix, "段首标题")).ToDictionary();

    // Heading1..Heading4 一级标题…四级标题, RunIn1..RunIn4 一级段首标题…: GB/T 9704 §7.3.3's four levels.
    private static IEnumerable<KeyValuePair<string, string>> Levels(string prefix, string name) =>
        LevelNames.Select((level, i) => KeyValuePair.Create($"{prefix}{i + 1}", level + name));

    /// <summary>The level (1–4) of a paragraph style Heading1..Heading4, else 0.</summary>
    public static int HeadingLevel(string style) => LevelOf(style, HeadingPrefix);

    /// <summary>The level (1–4) of a character style RunIn1..RunIn4, else 0.</summary>
    public static int RunInLevel(string? style) => style is null ? 0 : LevelOf(style, RunInPrefix);

    private static int LevelOf(string style, string prefix) =>
        style.Length == prefix.Length + 1 && style.StartsWith(prefix, StringComparison.Ordinal)
        && style[^1] - '0' is >= 1 and <= Text.HeadingLevel.Deepest and var level ? level : 0;

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
