using Wengao.Authoring;
using Wengao.Model;

namespace Wengao.Check.Rules;

/// <summary>
/// What a news page or a document site put around a text and a copy kept in it: a photo's caption or credit (图为……。
/// 张三 摄, 新华社记者 张三 摄, （记者 李四/摄）), the agency's or paper's dateline (新华社北京3月5日电, 本报讯（记者 王五）),
/// a newspaper's credit, the page's bars. None is part of the document. They are told as `wengao import` tells them when
/// it leaves them out of a draft (<see cref="SiteChrome.Clutter"/>); a dateline is found also where it opens a paragraph.
/// </summary>
internal sealed class Caption : Rule
{
    /// <summary>How much of a line the message quotes: a caption may run to a sentence.</summary>
    private const int Quoted = 30;

    public override string Id => RuleIds.Caption;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "a photo caption or credit, a news agency's dateline or a web page's bar left inside the text";
    // The lines import leaves out of a draft as the site's, on their own: a text's own sentence is hardly ever one.
    public override Confidence Confidence => Confidence.High;

    public override void Check(CheckedFile file, RuleReport report)
    {
        foreach (var prose in file.Paragraphs)
        {
            if (prose.Kind != ProseKind.Paragraph) continue;
            var lead = prose.Text.Length - prose.Text.TrimStart().Length;
            var text = prose.Text.Trim();
            if (SiteChrome.Clutter(text) is { } what)
                report.Add(prose.OffsetOf(lead), $"{what} left in the text: \"{Quote(text)}\"",
                    what == SiteChrome.Datelined ? DatelineHint : "delete it, or keep it as a caption outside the text (under the photo, not in the document)");
            else if (SiteChrome.DatelineLength(text) is > 0 and var length)
                report.Add(prose.OffsetOf(lead), $"{SiteChrome.Datelined} \"{text[..length]}\" opens the paragraph", DatelineHint);
        }
    }

    private const string DatelineHint = "delete it: the dateline is the news report's, not the document's (keep it, if at all, as a caption outside the text)";

    private static string Quote(string text) => text.Length <= Quoted ? text : text[..Quoted] + "…";
}
