using System.Text.RegularExpressions;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Load;

/// <summary>
/// Reads a document's furniture from its front matter — `number:` (发文字号), `signature:` (one issuer, or a list for a
/// joint document), `signed:` (成文日期), `attachments:` (the 附件说明's titles), `note:` (附注), and the 版记's
/// `copies_to:` (抄送机关), `printed_by:` (印发机关) and `printed:` (印发日期), and `printed_document:` (the title of the
/// document a notice 印发s) — each bad value an error at its line.
/// Any kind of source may carry them.
/// </summary>
internal static partial class FurnitureFields
{
    // What a 发文字号 typed by hand often has instead of 〔〕: square, round or lenticular brackets.
    [GeneratedRegex(@"[\[［(（【]\d{4}[\]］)）】]")]
    private static partial Regex WrongBrackets();

    // §7.3.4: 附件名称后不加标点符号.
    private const string Punctuation = "。，、；：！？.,;:!?";

    /// <summary>The text fields a placeholder (待填) may be left in, which then make the source a draft.</summary>
    public static readonly string[] TextKeys = ["number", "signature", "attachments", "note", "copies_to", "printed_by", "printed_document"];

    /// <summary>What each furniture key is called in GB/T 9704, for messages.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["number"] = "发文字号", ["signature"] = "发文机关署名", ["signed"] = "成文日期", ["attachments"] = "附件说明", ["note"] = "附注",
        ["copies_to"] = "抄送机关", ["printed_by"] = "印发机关", ["printed"] = "印发日期", ["printed_document"] = "印发的文件",
    };

    /// <summary>Every furniture key: any kind of document may carry them.</summary>
    public static readonly string[] Keys = [.. TextKeys, "signed", "printed"];

    public static Furniture Read(YamlFields yaml, ErrorList errors)
    {
        var number = yaml.String("number");
        if (number is not null && !Placeholder.Is(number) && !DocumentNumber.IsWellFormed(number))
            errors.Add(yaml.SpanOf("number"), $"`number` `{number}` is not a 发文字号 as GB/T 9704 §7.2.5 writes it",
                WrongBrackets().IsMatch(number) ? "put the year in 六角括号〔〕, e.g. number: 国办发〔2019〕4号"
                : "write the issuer's code, the year in full in 〔〕, and the number without 第 or leading zeros, then 号: 国办发〔2019〕4号");
        var signature = yaml.StringList("signature");
        var signed = yaml.Date("signed");
        if (signed is not null && signature.Length == 0)
            errors.Add(yaml.SpanOf("signed"), "`signed` (成文日期) is given without `signature` (发文机关署名)",
                "add `signature: 某县人民政府办公室` (a list for several issuers), or delete `signed`");
        var attachments = yaml.StringList("attachments");
        foreach (var title in attachments.Where(t => Punctuation.Contains(t[^1])))
            errors.Add(yaml.SpanOf("attachments"), $"the attachment title `{title}` ends with punctuation",
                "GB/T 9704 §7.3.4 puts no punctuation after an attachment's name: delete the final mark");
        var (printedBy, printed) = (yaml.String("printed_by"), yaml.Date("printed"));
        if (printed is not null && printedBy is null)
            errors.Add(yaml.SpanOf("printed"), "`printed` (印发日期) is given without `printed_by` (印发机关)",
                "add `printed_by: 某县人民政府办公室`, or delete `printed`");
        var printedDocument = yaml.String("printed_document");
        if (printedDocument is not null && Punctuation.Contains(printedDocument[^1]))
            errors.Add(yaml.SpanOf("printed_document"), $"the printed document's title `{printedDocument}` ends with punctuation",
                "a title ends without punctuation (GB/T 9704 §7.3.1): delete the final mark");
        return new Furniture(number, signature, signed, attachments, yaml.String("note"), yaml.String("copies_to"), printedBy, printed, printedDocument);
    }
}
