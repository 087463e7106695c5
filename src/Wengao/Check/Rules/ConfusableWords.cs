using System.Text.RegularExpressions;

namespace Wengao.Check.Rules;

/// <summary>Words commonly miswritten in official texts (签定协议, 重情重意), from the shipped and the user's confusables.yml.</summary>
internal sealed class ConfusableWords : Rule
{
    public override string Id => "confusable";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "a word commonly miswritten in official texts (签定协议 → 签订协议), from an extendable dictionary";

    public override void Check(CheckedFile file, RuleReport report)
    {
        var dictionary = file.Context.Confusables;
        if (dictionary.Pattern is not { } pattern) return;
        foreach (var prose in file.Fields.Concat(file.Paragraphs))
            foreach (Match m in pattern.Matches(prose.Text))
            {
                if (dictionary.IsAllowed(prose.Text, m.Index, m.Value)) continue;
                var word = dictionary[m.Value];
                report.Add(prose.OffsetOf(m.Index), $"\"{word.Wrong}\" is miswritten: write \"{word.Right}\"{(word.Why is null ? "" : $" ({word.Why})")}",
                    $"if \"{word.Wrong}\" is right here, add the phrase to `allow:` in content/{Confusables.UserFile}");
            }
    }
}
