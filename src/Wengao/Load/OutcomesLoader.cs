using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Wengao.Diagnostics;
using Wengao.Model;
using Wengao.Text;

namespace Wengao.Load;

/// <summary>Loads content/outcomes/*.yml and computes derived figures.</summary>
internal static partial class OutcomesLoader
{
    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdPattern();

    /// <summary>The largest figure on its base scale (元, 亩, 1): about a million times China's yearly output in 元 (1.3 × 10¹⁴),
    /// far inside the 7.9 × 10²⁸ of the decimal arithmetic that rounds, formats and compares figures.</summary>
    public const double MaxBaseValue = 1e20;

    /// <summary>How many formulas may depend on one another in a chain (a = b + 1, b = c + 1, …). Each link recurses,
    /// and 10,000 overflowed the stack; a real outcomes file derives a ratio from a sum, two or three links.</summary>
    public const int MaxChain = 100;

    private sealed record Draft(Figure Figure, double? Value, SourceSpan FormulaAt);

    public static OutcomeSet Load(string path)
    {
        var errors = new ErrorList();
        var yaml = YamlDocument.Parse(SourceText.Read(path), path, 1, errors);
        var title = yaml.String("title", required: true) ?? "";
        var source = yaml.String("source");
        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var f in yaml.MappingList("figures", required: true))
            if (ReadFigure(f, errors) is { } draft)
            {
                if (!drafts.TryAdd(draft.Figure.Id, draft))
                    errors.Add(f.SpanOf("id"), $"figure id `{draft.Figure.Id}` is used twice", "give every figure its own id");
            }
        var charts = yaml.MappingList("charts").Select(c => ReadChart(c, drafts, errors)).OfType<OutcomeChart>().ToImmutableArray();
        yaml.Done();
        errors.ThrowIfAny();

        var figures = new Derivation(drafts, errors).Run();
        errors.ThrowIfAny();
        return new OutcomeSet(Path.GetFileNameWithoutExtension(path), path, title, source, figures, charts);
    }

    /// <summary>
    /// A chart compares figures of one kind (元 with 元, 名 with 名), so their bars share a scale: those it lists in
    /// `figures`, or, for `group: NAME`, the figures of that group of the kind of its first (人才交流's 名, not its 天 or 次).
    /// </summary>
    private static OutcomeChart? ReadChart(YamlFields c, Dictionary<string, Draft> drafts, ErrorList errors)
    {
        var id = c.String("id", required: true);
        var title = c.String("title", required: true);
        var ids = c.StringList("figures");
        var group = c.String("group");
        var labels = c.StringList("labels");
        c.Done();
        if (group is not null)
        {
            if (ids.Length > 0) errors.Add(c.SpanOf("group"), "a chart has `figures` or `group`, not both", "list the figures to compare, or name their group");
            var members = drafts.Values.Where(d => d.Figure.Group == group).Select(d => d.Figure).ToList();
            if (members.Count == 0)
                errors.Add(c.SpanOf("group"), $"no figure is in the group `{group}`",
                    $"groups here: {string.Join(", ", drafts.Values.Select(d => d.Figure.Group).OfType<string>().Distinct())}");
            var kind = members.Select(f => Units.Find(f.Unit)?.Base).FirstOrDefault();
            ids = [.. members.Where(f => Units.Find(f.Unit)?.Base == kind).Select(f => f.Id)];
        }
        if (labels.Length > 0 && labels.Length != ids.Length)
            errors.Add(c.SpanOf("labels"), $"the chart has {ids.Length} figures but {labels.Length} labels", "give one label per figure, in the same order, or none");
        if (ids.Length == 0 && group is null)
            errors.Add(c.Where, "a chart needs `figures` or `group`", "list the ids of the figures to compare, e.g. figures: [funds_planned, funds_arrived], or name their group: group: 资金");
        var missing = ids.Where(f => !drafts.ContainsKey(f)).ToList();
        foreach (var f in missing)
            errors.Add(c.SpanOf("figures"), $"the chart names `{f}`, which is not a figure in this file", $"figure ids here: {string.Join(", ", drafts.Keys)}");
        var bases = ids.Where(drafts.ContainsKey).Select(f => Units.Find(drafts[f].Figure.Unit)?.Base).Distinct().ToList();
        if (bases.Count > 1)
            errors.Add(c.SpanOf("figures"), $"the chart mixes figures of different kinds ({string.Join(", ", bases)})",
                "a chart's bars share one scale: compare amounts with amounts, people with people");
        return id is null || title is null || missing.Count > 0 ? null : new OutcomeChart(id, title, ids, labels);
    }

    private static Draft? ReadFigure(YamlFields f, ErrorList errors)
    {
        var id = f.String("id", required: true);
        var label = f.String("label", required: true);
        var unit = f.String("unit", required: true);
        var value = f.Number("value");
        var formula = f.String("formula");
        var qualifier = f.String("qualifier");
        var figure = new Figure(id ?? "", f.String("group"), label ?? "", 0, unit ?? "", qualifier,
            f.String("measure"), f.Integer("decimals"), formula, f.String("period"), f.String("source"), f.String("note"), f.Where)
        {
            NotePublic = f.Boolean("note_public") ?? false,
        };
        f.Done();
        if (unit is not null && Units.Find(unit) is null)
            errors.Add(f.SpanOf("unit"), $"unknown unit `{unit}`", Units.Hint(unit));
        if (id is not null && !IdPattern().IsMatch(id))
            errors.Add(f.SpanOf("id"), $"figure id `{id}` is not a valid id", "use lower-case letters, digits and _ starting with a letter, e.g. funds_arrived");
        if (f.Has("value") == f.Has("formula"))
            errors.Add(f.Where, f.Has("value") ? "a figure has either `value` or `formula`, not both" : "a figure needs `value` or `formula`",
                "write the number as `value: 5388`, or derive it with `formula: a / b`");
        foreach (var blank in ((string[])["value", "formula"]).Where(f.IsBlank))
            errors.Add(f.SpanOf(blank), $"`{blank}` is empty", "write the number, e.g. `value: 5388`, or derive it with `formula: a / b`");
        if (value is { } v && Units.Find(unit ?? "") is { } u && Math.Abs(v * (double)u.Scale) > MaxBaseValue)
            errors.Add(f.SpanOf("value"), $"`value` {v} is too large for a figure", $"figures are at most {MaxBaseValue:0e0} {u.Base}: check the number and its unit");
        if (figure.Decimals is < 0 or > ArabicNumbers.MaxDecimals)
            errors.Add(f.SpanOf("decimals"), $"`decimals` must be from 0 to {ArabicNumbers.MaxDecimals}, not {figure.Decimals}",
                "the number of decimals the figure is written with, e.g. `decimals: 1` for 41.5%");
        if (qualifier is not null && !Figure.NumberQualifiers.Contains(qualifier) && !Figure.UnitQualifiers.Contains(qualifier))
            errors.Add(f.SpanOf("qualifier"), $"unknown qualifier `{qualifier}`",
                $"use one of {string.Join(" ", Figure.NumberQualifiers.Concat(Figure.UnitQualifiers))}");
        return id is null || label is null || unit is null ? null : new Draft(figure, value, f.SpanOf("formula"));
    }

    /// <summary>Computes formulas in dependency order, reporting missing ids and cycles where they are written.</summary>
    private sealed class Derivation(Dictionary<string, Draft> drafts, ErrorList errors)
    {
        // Values on the base scale of the units table (元, 亩, 1), the scale formulas work on.
        private readonly Dictionary<string, double> _base = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public ImmutableArray<Figure> Run()
        {
            var figures = ImmutableArray.CreateBuilder<Figure>();
            foreach (var (id, draft) in drafts)
            {
                double? derived = null;
                if (draft.Value is null)
                    try { derived = errors.Catch(() => (object)Base(id, draft.FormulaAt)) as double?; }
                    catch (AlreadyReported) { }
                var value = draft.Value ?? (derived is { } b ? b / (double)Units.Get(draft.Figure.Unit).Scale : 0);
                figures.Add(FigureNumbers.Written(draft.Figure with { Value = value }));
            }
            return figures.ToImmutable();
        }

        // Figures whose formula failed (reported once, where it failed): a figure computed from one fails quietly.
        private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

        /// <summary>A formula failed on a figure it depends on, whose error is already in the list.</summary>
        private sealed class AlreadyReported : Exception;

        private double Base(string id, SourceSpan usedAt)
        {
            if (_base.TryGetValue(id, out var known)) return known;
            if (_failed.Contains(id)) throw new AlreadyReported();
            if (!drafts.TryGetValue(id, out var draft))
                throw new BuildFailedException(new SourceError(usedAt, $"the formula names `{id}`, which is not a figure in this file",
                    $"figure ids here: {string.Join(", ", drafts.Keys)}"));
            var figure = draft.Figure;
            if (draft.Value is { } plain) return _base[id] = plain * (double)Units.Get(figure.Unit).Scale;
            if (!_visiting.Add(id))
                throw new BuildFailedException(new SourceError(draft.FormulaAt, $"the formula of `{id}` depends on itself",
                    "break the cycle: a derived figure cannot be computed from its own result"));
            try
            {
                if (_visiting.Count > MaxChain)
                    throw new BuildFailedException(new SourceError(draft.FormulaAt, $"more than {MaxChain} formulas depend on one another in a chain",
                        "compute the figures in fewer steps: a formula can combine many figures, e.g. (a + b + c) / d"));
                var value = new FormulaEvaluator(Base).Evaluate(figure.Formula!, draft.FormulaAt);
                if (Math.Abs(value) > MaxBaseValue)
                    throw new BuildFailedException(new SourceError(draft.FormulaAt, $"the formula of `{id}` gives {value:0.##e0}, too large for a figure",
                        $"figures are at most {MaxBaseValue:0e0} on their base scale: check the formula and the units of the figures it names"));
                return _base[id] = value;
            }
            catch (Exception e) when (e is BuildFailedException or AlreadyReported)
            {
                _failed.Add(id);
                throw;
            }
            finally
            {
                _visiting.Remove(id);
            }
        }
    }
}
