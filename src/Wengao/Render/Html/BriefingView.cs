using Wengao.Parse;
using Wengao.Render.Charts;
using Wengao.Text;

namespace Wengao.Render.Html;

/// <summary>What templates see of a briefing (page.name, page.issue, page.distribution, page.charts …).</summary>
public sealed record BriefingView(
    string Title,
    string Name,
    int Issue,
    string Issuer,
    string Date,
    string DateText,
    IReadOnlyList<DistributionLine> Distribution,
    int? Copies,
    string Url,
    string PdfUrl,
    string BodyHtml,
    IReadOnlyList<string> Charts,
    bool Draft)
{
    /// <summary>附件说明, attachments, signature block, 附注 (with the body only).</summary>
    public FurnitureView Furniture { get; init; } = FurnitureView.From(Model.Furniture.None, []);

    public static BriefingView From(ParsedBriefing parsed, bool withBody)
    {
        var b = parsed.Briefing;
        return new BriefingView(b.Title, b.Name, b.Issue, b.Issuer, b.Date.ToString("yyyy-MM-dd"), ChineseText.Date(b.Date),
            b.Distribution.Select(d => new DistributionLine(d.Verb, string.Join("，", d.To))).ToList(), b.Copies,
            SitePaths.Briefing(b.Slug), SitePaths.Pdf(b.Slug),
            withBody ? SpeechMarkdown.ToHtml(parsed.Body) : "",
            withBody ? ChartData.Of(parsed).Select(c => SvgChart.Render(c)).ToList() : [], b.Draft)
        {
            Furniture = FurnitureView.From(b.Furniture, withBody ? parsed.Attachments : []),
        };
    }
}

/// <summary>One line of a briefing's foot: 报 / 送 / 发 and to whom.</summary>
public sealed record DistributionLine(string Verb, string To);
