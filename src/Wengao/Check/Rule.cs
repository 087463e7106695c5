using Wengao.Model;

namespace Wengao.Check;

/// <summary>One proofreading rule: small, stateless, linear in the text it reads.</summary>
internal abstract class Rule
{
    /// <summary>The id findings carry and site.yml's `checks:` names.</summary>
    public abstract string Id { get; }
    public abstract Severity DefaultSeverity { get; }
    /// <summary>One line saying what the rule catches, for SARIF and the docs.</summary>
    public abstract string Summary { get; }

    public abstract void Check(CheckedFile file, RuleReport report);
}

/// <summary>Where a rule files its findings for one file, at the severity site.yml gives it.</summary>
/// <param name="findings">where the findings go; null to only count them (<see cref="Counted"/>)</param>
internal sealed class RuleReport(Rule rule, Severity severity, CheckedFile file, List<Finding>? findings)
{
    public int Counted { get; private set; }

    /// <summary>Whether findings are only counted: a rule that finds thousands can skip composing their messages.</summary>
    public bool CountsOnly => findings is null;

    public void Count() => Counted++;

    public void Add(int offset, string message, string? hint = null, TextEdit? fix = null)
    {
        if (findings is null)
        {
            Count();
            return;
        }
        var (where, line) = file.Place(offset);
        findings.Add(new Finding(rule.Id, severity, where, message, hint, file.InFile(fix), line, file.Unit));
    }
}
