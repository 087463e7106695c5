using Wengao.Model;
using Wengao.Parse;

namespace Wengao.Check.Rules;

/// <summary>The speech reads longer than the `duration` (minutes) its front matter allots, at site.yml's speaking rate.</summary>
internal sealed class SpeakingTime : Rule
{
    public override string Id => RuleIds.SpeakingTime;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "the speech reads longer than the minutes allotted by `duration` in its front matter";
    // A count of characters at the site's rate: a speaker may read faster, the text is still long for its time.
    public override Confidence Confidence => Confidence.High;

    /// <summary>The field a kind allots minutes in (the speech's).</summary>
    private const string Duration = "duration";

    public override void Check(CheckedFile file, RuleReport report)
    {
        if (file.Document.Integer(Duration) is not { } allotted) return;
        // The build's own count, so the check agrees with the speaking time the site shows.
        var parsed = DocumentParser.Parse(file.Document, file.Context.Corpus);
        if (parsed.SpeakingMinutes <= allotted) return;
        var line = file.Text.IndexOf("\nduration:", StringComparison.Ordinal);
        report.Add(line < 0 ? 0 : line + 1,
            $"the speech reads in about {parsed.SpeakingMinutes} minutes ({parsed.Characters} characters at {file.Context.Corpus.Site.SpeakingRate} a minute), over the {allotted} allotted",
            "shorten the speech, or allot more time in `duration`");
    }
}
