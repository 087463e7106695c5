using Wengao.Model;
using Wengao.Parse;
using Wengao.Render.Pdf.Compose;
using Wengao.Text;

namespace Wengao.Render.Pdf;

/// <summary>
/// A speech as a manuscript (讲话稿, GB/T 9704 grid) or reading copy (大字版): title in 小标宋, speaker and date
/// in 楷体 under it, the salutation flush left, then the body with its heading hierarchy.
/// </summary>
public static class SpeechPdf
{
    public static PdfFile Render(DocumentSetter setter, ParsedDocument parsed, PageLayout layout) =>
        setter.Guarded(parsed.Document.SourcePath, () => Set(setter, parsed, layout));

    private static PdfFile Set(DocumentSetter setter, ParsedDocument parsed, PageLayout layout)
    {
        var speech = parsed.Document;
        var content = new PageContent(setter, layout);
        content.Title(speech.Title, layout.TitleSize);
        FurnitureRows.Number(content, speech.Furniture);
        content.Blank();
        // A speech names its speaker and day under the title; a signed document (a 通知, a 报告) says who and when in its
        // signature block after the text (GB/T 9704 §7.3.5), and its 主送机关 follows the title after one blank line (§7.3.2).
        if (!speech.Furniture.Signs)
        {
            content.Line(speech.Author ?? "", FontRole.KaiTi, LineAlign.Center);
            content.Line(DateLine(speech), FontRole.KaiTi, LineAlign.Center);
            content.Blank();
        }
        if (speech.Text("salutation") is { } salutation) content.Line(salutation, FontRole.FangSong, LineAlign.Left);
        content.Body(ManuscriptText.Blocks(parsed.Body));
        FurnitureRows.After(content, setter, layout, speech.Furniture, parsed.Attachments);
        return setter.Set(content.Groups, layout, new FontCache(setter.Fonts), document => PdfMetadata.Describe(document,
            speech.Title, speech.Author ?? "", speech.Occasion, speech.Tags, speech.Date), speech.Draft);
    }

    /// <summary>
    /// （2024年4月9日）, or where the title does not name the occasion, （2024年1月20日在某市第十六届人民代表大会第四次会议上）
    /// as a work report or a speech printed in the papers says when and where it was given.
    /// </summary>
    private static string DateLine(Document speech) =>
        speech.Occasion is { Length: > 0 } occasion && !speech.Title.Contains(occasion, StringComparison.Ordinal)
            ? $"（{ChineseText.Date(speech.Date)}在{occasion}上）"
            : $"（{ChineseText.Date(speech.Date)}）";
}
