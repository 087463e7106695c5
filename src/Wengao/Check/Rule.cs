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
    /// <summary>How sure the rule usually is of a finding; a finding may say otherwise (<see cref="RuleReport.Add"/>).</summary>
    public virtual Confidence Confidence => Confidence.Medium;

    public abstract void Check(CheckedFile file, RuleReport report);
}

/// <summary>Where a rule files its findings for one file, at the severity site.yml gives it.</summary>
/// <param name="findings">where the findings go; null to only count them (<see cref="Counted"/>)</param>
/// <param name="least">the confidence a warning needs to be filed or counted; those below are only counted in <see cref="Unsure"/></param>
internal sealed class RuleReport(Rule rule, Severity severity, CheckedFile file, List<Finding>? findings, Confidence least)
{
    public int Counted { get; private set; }

    /// <summary>The warnings left out for being less sure than the least confidence asked for.</summary>
    public int Unsure { get; private set; }

    /// <summary>Whether findings are only counted: a rule that finds thousands can skip composing their messages.</summary>
    public bool CountsOnly => findings is null;

    /// <param name="confidence">how sure this finding is; the rule's <see cref="Rule.Confidence"/> when not given</param>
    public void Count(Confidence? confidence = null)
    {
        if (Confident(confidence)) Counted++;
    }

    /// <param name="confidence">how sure this finding is; the rule's <see cref="Rule.Confidence"/> when not given</param>
    public void Add(int offset, string message, string? hint = null, TextEdit? fix = null, Confidence? confidence = null)
    {
        if (!Confident(confidence)) return;
        if (findings is null)
        {
            Counted++;
            return;
        }
        var (where, line) = file.Place(offset);
        findings.Add(new Finding(rule.Id, severity, confidence ?? rule.Confidence, where, message, hint, file.InFile(fix), line, file.Unit));
    }

    // An error fails the build however sure its rule is: the confidence only sorts what is shown as a warning.
    private bool Confident(Confidence? confidence)
    {
        if (severity == Severity.Error || (confidence ?? rule.Confidence) >= least) return true;
        Unsure++;
        return false;
    }
}
