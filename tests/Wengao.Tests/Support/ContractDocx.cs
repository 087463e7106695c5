using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Wengao.Tests.Support;

/// <summary>A piece of a paragraph: text in a character style (null: none), or (<see cref="Note"/>) a reference to an endnote.</summary>
public sealed record Piece(string Text, string? Style = null, int Note = 0)
{
    public static implicit operator Piece(string text) => new(text);

    /// <summary>An endnote reference as the contract writes it: the reference with a custom mark, then ［n］ in NoteReference.</summary>
    public static Piece Ref(int note) => new($"［{note}］", "NoteReference", note);
}

/// <summary>
/// Builds a .docx as issue 19's contract (the helpers' docx-contract.md) says Wengao exports one: every paragraph and
/// character style under its id and Chinese name, runs in character styles, tables with header rows, endnotes. The
/// table of styles is copied from the contract here, not taken from the code under test.
/// </summary>
public sealed class ContractDocx
{
    public static readonly (string Id, string Name)[] ParagraphStyles =
    [
        ("Body", "Normal"), ("Title", "标题"), ("Subtitle", "副标题"), ("Heading1", "一级标题"), ("Heading2", "二级标题"),
        ("Heading3", "三级标题"), ("Heading4", "四级标题"), ("Salutation", "称呼"), ("Addressee", "主送机关"),
        ("AttachmentNote", "附件说明"), ("Signature", "署名"), ("SignedDate", "成文日期"), ("Remark", "附注"),
        ("AttachmentLabel", "附件标识"), ("AttachmentTitle", "附件标题"), ("Imprint", "版记"), ("TableText", "表格文字"),
        ("NoteText", "注释"), ("Folio", "页码"), ("Furniture", "版头"), ("Plain", "文本"),
    ];

    public static readonly (string Id, string Name)[] CharacterStyles =
    [
        ("RunIn1", "一级段首标题"), ("RunIn2", "二级段首标题"), ("RunIn3", "三级段首标题"), ("RunIn4", "四级段首标题"),
        ("Strong", "加粗"), ("Emphasis", "强调"), ("NoteReference", "注释编号"),
    ];

    private readonly List<OpenXmlElement> _body = [];
    private readonly List<(int Id, Piece[][] Paragraphs)> _notes = [];
    private bool _styles = true;

    /// <summary>A paragraph in a paragraph style; a "\n" in a piece is a line break (a title's lines).</summary>
    public ContractDocx P(string style, params Piece[] pieces)
    {
        _body.Add(Paragraph(style, pieces));
        return this;
    }

    /// <summary>A paragraph that only breaks the page, as before an attachment.</summary>
    public ContractDocx PageBreak()
    {
        _body.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Body" }), new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    /// <summary>A table of TableText cells; its first <paramref name="headerRows"/> rows repeat as its header.</summary>
    public ContractDocx Table(int headerRows, params Piece[][][] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new TableRow();
            if (r < headerRows) row.Append(new TableRowProperties(new TableHeader()));
            foreach (var cell in rows[r]) row.Append(new TableCell(Paragraph("TableText", cell)));
            table.Append(row);
        }
        _body.Add(table);
        return this;
    }

    /// <summary>An endnote: its paragraphs, the first opening with its ［n］ mark as the contract has it.</summary>
    public ContractDocx Endnote(int id, params Piece[][] paragraphs)
    {
        _notes.Add((id, paragraphs));
        return this;
    }

    /// <summary>The same package without the styles part: a .docx from anywhere else.</summary>
    public ContractDocx WithoutStyles()
    {
        _styles = false;
        return this;
    }

    public string Save(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
        if (_styles)
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                ParagraphStyles.Select(s => Style(s.Id, s.Name, StyleValues.Paragraph, s.Id == "Body"))
                    .Concat(CharacterStyles.Select(s => Style(s.Id, s.Name, StyleValues.Character, false))));
        if (_notes.Count > 0)
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(
                new[] { new Endnote(new Paragraph()) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                        new Endnote(new Paragraph()) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 } }
                .Concat(_notes.Select(n => new Endnote(n.Paragraphs.Select((p, i) =>
                    Paragraph("NoteText", i == 0 ? [new Piece($"［{n.Id}］", "NoteReference"), .. p] : p))) { Id = n.Id })));
        return path;
    }

    private static Style Style(string id, string name, StyleValues type, bool isDefault) =>
        new(new StyleName { Val = name }) { StyleId = id, Type = type, Default = isDefault ? true : null };

    private static Paragraph Paragraph(string style, IEnumerable<Piece> pieces)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        foreach (var piece in pieces)
        {
            var run = new Run();
            if (piece.Style is { } character) run.Append(new RunProperties(new RunStyle { Val = character }));
            if (piece.Note > 0) run.Append(new EndnoteReference { Id = piece.Note, CustomMarkFollows = true });
            var lines = piece.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) run.Append(new Break());
                run.Append(new WordText(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
            paragraph.Append(run);
        }
        return paragraph;
    }
}
