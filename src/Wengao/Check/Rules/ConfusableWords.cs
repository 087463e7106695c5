using Wengao.Model;

namespace Wengao.Check.Rules;

/// <summary>Words commonly miswritten in official texts (签定协议, 重情重意), from the shipped and the user's confusables.yml.</summary>
internal sealed class ConfusableWords : Rule
{
    public override string Id => RuleIds.Confusable;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "a word commonly miswritten in official texts (签定协议 → 签订协议), from an extendable dictionary";
    // The dictionary holds only words wrong in every context (docs/checks.md).
    public override Confidence Confidence => Confidence.Certain;

    public override void Check(CheckedFile file, RuleReport report)
    {
        var dictionary = file.Context.Confusables;
        foreach (var prose in file.Fields.Concat(file.Paragraphs))
            foreach (var (index, wrong) in dictionary.Matches(prose.Text))
            {
                if (dictionary.IsAllowed(prose.Text, index, wrong)) continue;
                var word = dictionary[wrong];
                report.Add(prose.OffsetOf(index), $"\"{word.Wrong}\" is miswritten: write \"{word.Right}\"{(word.Why is null ? "" : $" ({word.Why})")}",
                    $"if \"{word.Wrong}\" is right here, add the phrase to `allow:` in content/{Confusables.UserFile}");
            }
    }
}
