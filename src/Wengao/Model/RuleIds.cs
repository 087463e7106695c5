namespace Wengao.Model;

/// <summary>
/// The proofreading rules by the id that site.yml's `checks:` sets a severity under and each finding carries
/// (docs/checks.md): the names site.yml may use, so the loader can refuse a misspelt one at its line without knowing
/// the rules. Each rule of Wengao.Check takes its id from here; <see cref="All"/> is in the order the checker runs them.
/// </summary>
public static class RuleIds
{
    public const string PunctuationWidth = "punctuation-width";
    public const string ListCount = "list-count";
    public const string Outline = "outline";
    public const string DateStyle = "date-style";
    public const string NumeralStyle = "numeral-style";
    public const string BrokenParagraph = "broken-paragraph";
    public const string Caption = "caption";
    public const string Figures = "figures";
    public const string Confusable = "confusable";
    public const string SpeakingTime = "speaking-time";
    public const string DuplicateTag = "duplicate-tag";

    public static readonly IReadOnlyList<string> All =
        [PunctuationWidth, ListCount, Outline, DateStyle, NumeralStyle, BrokenParagraph, Caption, Figures, Confusable, SpeakingTime, DuplicateTag];
}
