using System.Globalization;

namespace Wengao.Check;

/// <summary>
/// How sure a rule is that a finding is a defect a proofreader would mark, from 0 to 1, set by the rule for each finding
/// (docs/checks.md, "Confidence"). JSON writes it as is, SARIF as the result's `rank` (0–100); `wengao check
/// --min-confidence` and the build's warnings keep the findings at or above a level.
/// </summary>
public readonly record struct Confidence : IComparable<Confidence>
{
    /// <summary>Wrong whatever the text means: an ASCII comma between Chinese characters, a word listed as miswritten.</summary>
    public static readonly Confidence Certain = new(0.95);
    /// <summary>Wrong in the texts the rule was measured on, with rare exceptions: the level "high" keeps these and the certain ones.</summary>
    public static readonly Confidence High = new(0.8);
    /// <summary>Right more often than not; an idiomatic form may read as the defect. The level a build warns from.</summary>
    public static readonly Confidence Medium = new(0.5);
    /// <summary>Worth a look: the rule found a pattern that is a defect only in some texts.</summary>
    public static readonly Confidence Low = new(0.2);
    /// <summary>Every finding: what `wengao check` shows when no --min-confidence is given.</summary>
    public static readonly Confidence Any = new(0);

    private static readonly Dictionary<string, Confidence> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["high"] = High, ["medium"] = Medium, ["low"] = Low,
    };

    public double Value { get; }

    private Confidence(double value) => Value = value;

    /// <summary>SARIF 2.1.0 §3.27.24: a result's rank, 0.0 (least relevant) to 100.0.</summary>
    public int Rank => (int)Math.Round(Value * 100);

    /// <summary>high, medium or low: the named level a finding reaches.</summary>
    public string Level => this >= High ? "high" : this >= Medium ? "medium" : "low";

    /// <summary>high, medium, low, or a number from 0 to 1 (0.7); null for anything else.</summary>
    public static Confidence? Parse(string text) =>
        Levels.TryGetValue(text.Trim(), out var level) ? level
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1 ? new Confidence(value)
        : null;

    /// <summary>What <see cref="Parse"/> accepts, for a usage error.</summary>
    public const string Accepted = "high, medium, low or a number from 0 to 1";

    public int CompareTo(Confidence other) => Value.CompareTo(other.Value);
    public static bool operator <(Confidence a, Confidence b) => a.Value < b.Value;
    public static bool operator >(Confidence a, Confidence b) => a.Value > b.Value;
    public static bool operator <=(Confidence a, Confidence b) => a.Value <= b.Value;
    public static bool operator >=(Confidence a, Confidence b) => a.Value >= b.Value;

    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture);
}
