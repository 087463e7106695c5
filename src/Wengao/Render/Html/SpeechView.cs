using System.Collections.Immutable;
using Wengao.Parse;
using Wengao.Render.Pdf.Layout;
using Wengao.Text;

namespace Wengao.Render.Html;

/// <summary>What templates see of a speech (Scriban names the members in snake_case: page.date_text, page.pdf_url).</summary>
public sealed record SpeechView(
    string Title,
    string Speaker,
    string? Occasion,
    string Date,
    string DateText,
    string? Salutation,
    ImmutableArray<string> Tags,
    int Characters,
    int Minutes,
    string Url,
    string PdfUrl,
    string ReadingPdfUrl,
    string BodyHtml,
    bool Draft)
{
    /// <summary>发文字号, 附件说明, signature block, 附注 and attachments (with the body only).</summary>
    public FurnitureView Furniture { get; init; } = FurnitureView.From(Model.Furniture.None, []);

    public static SpeechView From(ParsedSpeech parsed, bool withBody)
    {
        var s = parsed.Speech;
        return new SpeechView(s.Title, s.Speaker, s.Occasion, s.Date.ToString("yyyy-MM-dd"), ChineseText.Date(s.Date),
            s.Salutation, s.Tags, parsed.Characters, parsed.SpeakingMinutes,
            SitePaths.Speech(s.Slug), SitePaths.Pdf(s.Slug), SitePaths.Pdf(s.Slug, PdfTemplates.ReadingSuffix), withBody ? SpeechMarkdown.ToHtml(parsed.Body) : "", s.Draft)
        {
            Furniture = FurnitureView.From(s.Furniture, withBody ? parsed.Attachments : []),
        };
    }
}
